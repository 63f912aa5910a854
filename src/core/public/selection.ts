/**
 * The filters of the case list and the directory, and their place in the page address, so that a
 * filtered view can be shared: `/directory?state=NY&service=lending,legal`. Within a facet any value
 * matches; across facets every facet must match.
 */

/** The values chosen for each facet, in the facet's own order. */
export type Selection<F extends string> = Record<F, string[]>;

export function emptySelection<F extends string>(facets: readonly F[]): Selection<F> {
  return Object.fromEntries(facets.map((facet) => [facet, []])) as unknown as Selection<F>;
}

/** Reads a selection from a query string; unknown facets and values outside `allowed` are ignored. */
export function parseSelection<F extends string>(search: string, allowed: Readonly<Record<F, readonly string[]>>): Selection<F> {
  const params = new URLSearchParams(search);
  const facets = Object.keys(allowed) as F[];
  const selection = emptySelection(facets);
  for (const facet of facets) {
    const values = (params.get(facet) ?? '').split(',');
    selection[facet] = allowed[facet].filter((value) => values.includes(value));
  }
  return selection;
}

/** Writes a selection as a query string ("" when nothing is chosen), facets in the order given. */
export function serializeSelection<F extends string>(selection: Selection<F>, facets: readonly F[]): string {
  const parts = facets.filter((facet) => selection[facet].length > 0).map((facet) => `${facet}=${selection[facet].map(encodeURIComponent).join(',')}`);
  return parts.length > 0 ? `?${parts.join('&')}` : '';
}

/** Adds `value` to a facet, or takes it away; `order` keeps the values in a fixed order. */
export function toggleValue<F extends string>(selection: Selection<F>, facet: F, value: string, order: readonly string[]): Selection<F> {
  const current = selection[facet];
  const next = current.includes(value) ? current.filter((item) => item !== value) : [...current, value];
  return { ...selection, [facet]: order.filter((item) => next.includes(item)) };
}

/** Whether an item with these values per facet is in the selection. */
export function matchesSelection<F extends string>(values: Readonly<Record<F, readonly string[]>>, selection: Selection<F>): boolean {
  return (Object.keys(selection) as F[]).every((facet) => selection[facet].length === 0 || selection[facet].some((value) => values[facet].includes(value)));
}

export function isEmptySelection<F extends string>(selection: Selection<F>): boolean {
  return Object.values<string[]>(selection).every((values) => values.length === 0);
}
