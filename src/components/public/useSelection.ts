import { useHistory, useLocation } from '@docusaurus/router';
import useIsBrowser from '@docusaurus/useIsBrowser';
import { emptySelection, parseSelection, serializeSelection, toggleValue, type Selection } from '@site/src/core/public/selection';
import type { FilterGroup } from './Filters';

/**
 * The filters of a list, kept in the page address so that a filtered view can be shared. The server
 * renders the whole list; the address's filters apply once the page runs in the browser. Gives the
 * selection, and the props that wire the Filters component to it.
 */
export function useSelection<F extends string>(groups: ReadonlyArray<FilterGroup & { facet: F }>) {
  const location = useLocation();
  const history = useHistory();
  const isBrowser = useIsBrowser();
  const allowed = Object.fromEntries(groups.map((group) => [group.facet, group.options.map((option) => option.value)])) as Record<F, string[]>;
  const facets = groups.map((group) => group.facet);
  const selection = isBrowser ? parseSelection(location.search, allowed) : emptySelection(facets);
  const set = (next: Selection<F>) => history.replace({ ...location, search: serializeSelection(next, facets) });
  return {
    selection,
    filters: {
      groups,
      selected: selection,
      onToggle: (facet: string, value: string) => set(toggleValue(selection, facet as F, value, allowed[facet as F])),
      /** Sets one facet to these values (or none). */
      onChoose: (facet: string, values: string[]) => set({ ...selection, [facet]: values }),
      onClear: () => set(emptySelection(facets)),
    },
  };
}
