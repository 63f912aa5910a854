import { useHistory, useLocation } from '@docusaurus/router';
import useIsBrowser from '@docusaurus/useIsBrowser';
import { emptySelection, parseSelection, serializeSelection, toggleValue, type Selection } from '@site/src/core/public/selection';

/**
 * The filters of a list, kept in the page address so that a filtered view can be shared. The server
 * renders the whole list; the address's filters apply once the page runs in the browser.
 */
export function useSelection<F extends string>(allowed: Readonly<Record<F, readonly string[]>>) {
  const location = useLocation();
  const history = useHistory();
  const isBrowser = useIsBrowser();
  const facets = Object.keys(allowed) as F[];
  const selection = isBrowser ? parseSelection(location.search, allowed) : emptySelection(facets);
  const set = (next: Selection<F>) => history.replace({ ...location, search: serializeSelection(next, facets) });
  return {
    selection,
    toggle: (facet: F, value: string) => set(toggleValue(selection, facet, value, allowed[facet])),
    /** Sets one facet to these values (or none). */
    choose: (facet: F, values: string[]) => set({ ...selection, [facet]: values }),
    clear: () => set(emptySelection(facets)),
  };
}
