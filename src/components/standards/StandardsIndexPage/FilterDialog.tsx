import Translate, { translate } from '@docusaurus/Translate';
import { usePluralForm } from '@docusaurus/theme-common';
import type { FacetCounts } from '@site/src/core/facet-counts';
import type { Facet, FilterState } from '@site/src/core/filters';
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import FacetFieldsets from '../FacetFieldsets';
import { ShareHint } from './FilterSidebar';
import styles from './index.module.css';

/** Docusaurus's breakpoint: from this width up the filters are a column beside the list (FilterSidebar). */
const WIDE = '(min-width: 997px)';

interface Props {
  filters: FilterState;
  domains: ReadonlyArray<{ id: string; title: string }>;
  counts: FacetCounts;
  /** How many standards the list shows, for the button that goes back to it. */
  shown: number;
  onToggle: (facet: Facet, value: string) => void;
  onClear: () => void;
}

/**
 * The filters on a phone or a narrow window: a button, "Filters (2)", that opens them in a modal dialog
 * (the browser's own <dialog>: the keyboard stays inside, Escape closes it). Closing it gives the
 * keyboard back to the button. On a wide screen the button is hidden and the filters are beside the list.
 * The checkboxes are only drawn while the dialog is open; the sidebar's, hidden on a narrow screen, are
 * then out of sight and out of a screen reader's reach.
 */
export default function FilterDialog({ filters, domains, counts, shown, onToggle, onClear }: Props): ReactNode {
  const [open, setOpen] = useState(false);
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const { selectMessage } = usePluralForm();
  const active = Object.values(filters).reduce((sum, values) => sum + values.length, 0);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [open]);

  // A window made wide while the dialog is open shows the filters beside the list instead.
  useEffect(() => {
    if (!open) return undefined;
    const wide = window.matchMedia(WIDE);
    const close = () => wide.matches && setOpen(false);
    wide.addEventListener('change', close);
    return () => wide.removeEventListener('change', close);
  }, [open]);

  const label =
    active > 0
      ? translate({ id: 'standards.index.filtersActive', message: 'Filters ({count})' }, { count: active })
      : translate({ id: 'standards.index.filters', message: 'Filters' });
  return (
    <>
      <button ref={opener} type="button" className={styles.filtersButton} aria-haspopup="dialog" aria-expanded={open} onClick={() => setOpen(true)} data-testid="filters-button">
        <svg className={styles.filtersIcon} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <path d="M3 5h18l-7 8v6l-4 2v-8z" />
        </svg>
        {label}
      </button>
      {/* eslint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/no-noninteractive-element-interactions -- a click beside the panel closes it; the keyboard's way is Escape, which <dialog> handles itself */}
      <dialog
        ref={dialog}
        className={styles.dialog}
        aria-labelledby={titleId}
        onClose={() => {
          setOpen(false);
          opener.current?.focus();
        }}
        // A click on the shaded page around the panel lands on the dialog itself, not on its content.
        onClick={(event) => event.target === event.currentTarget && setOpen(false)}
      >
        {open && (
          <div className={styles.dialogInner}>
            <div className={styles.dialogHeader}>
              <h2 id={titleId} className={styles.panelTitle}>
                <Translate id="standards.index.filters">Filters</Translate>
              </h2>
              <button type="button" className={styles.closeButton} onClick={() => setOpen(false)}>
                <Translate id="standards.index.closeFilters">Close</Translate>
              </button>
            </div>
            <div className={styles.dialogBody}>
              <FacetFieldsets className={styles.panelFacets} filters={filters} domains={domains} counts={counts} onToggle={onToggle} />
              <ShareHint />
            </div>
            <div className={styles.dialogFooter}>
              <button type="button" className="button button--secondary" onClick={onClear}>
                <Translate id="standards.index.clearAll">Clear all filters</Translate>
              </button>
              <button type="button" className="button button--primary" onClick={() => setOpen(false)}>
                {selectMessage(
                  shown,
                  translate(
                    { id: 'standards.index.showStandards', message: 'Show {count} standard|Show {count} standards', description: 'Plural forms separated by |' },
                    { count: shown },
                  ),
                )}
              </button>
            </div>
          </div>
        )}
      </dialog>
    </>
  );
}
