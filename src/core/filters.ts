/**
 * Filters of the standards list and their place in the URL, so that a filtered view can be shared:
 * `/standards?domain=governance&level=core,recommended`. Within a facet any value matches; across
 * facets every facet must match.
 */
import commonSchema from '../../schemas/common.schema.json';
import type { Audience, Level, Pathway, Stage } from './generated/content-types';

export const FACETS = ['domain', 'level', 'stage', 'pathway', 'audience'] as const;
export type Facet = (typeof FACETS)[number];
export type FilterState = Record<Facet, string[]>;

/** The values of each fixed vocabulary, in the order of the schema; their words are in vocabulary.ts. */
export const VOCABULARY = {
  level: commonSchema.$defs.level.enum as Level[],
  stage: commonSchema.$defs.stage.enum as Stage[],
  pathway: commonSchema.$defs.pathway.enum as Pathway[],
  audience: commonSchema.$defs.audience.enum as Audience[],
} as const;

export interface Filterable {
  domain: string;
  level: string;
  stages: readonly string[];
  pathways: readonly string[];
  audiences: readonly string[];
}

export function emptyFilters(): FilterState {
  return { domain: [], level: [], stage: [], pathway: [], audience: [] };
}

/** Reads the filters from a query string; unknown facets and values outside `allowed` are ignored. */
export function parseFilters(search: string, allowed: Readonly<Record<Facet, readonly string[]>>): FilterState {
  const params = new URLSearchParams(search);
  const state = emptyFilters();
  for (const facet of FACETS) {
    const values = (params.get(facet) ?? '').split(',').filter((value) => allowed[facet].includes(value));
    state[facet] = allowed[facet].filter((value) => values.includes(value));
  }
  return state;
}

/** Writes the filters as a query string ("" when none is set), facets and values in a fixed order. */
export function serializeFilters(state: FilterState): string {
  const parts = FACETS.filter((facet) => state[facet].length > 0).map((facet) => `${facet}=${state[facet].map(encodeURIComponent).join(',')}`);
  return parts.length > 0 ? `?${parts.join('&')}` : '';
}

export function toggleFilter(state: FilterState, facet: Facet, value: string, order: readonly string[]): FilterState {
  const current = state[facet];
  const next = current.includes(value) ? current.filter((item) => item !== value) : [...current, value];
  return { ...state, [facet]: order.filter((item) => next.includes(item)) };
}

export function hasFilters(state: FilterState): boolean {
  return FACETS.some((facet) => state[facet].length > 0);
}

export function matchesFilters(item: Filterable, state: FilterState): boolean {
  const any = (wanted: readonly string[], has: readonly string[]) => wanted.length === 0 || wanted.some((value) => has.includes(value));
  return (
    any(state.domain, [item.domain]) && any(state.level, [item.level]) && any(state.stage, item.stages) && any(state.pathway, item.pathways) && any(state.audience, item.audiences)
  );
}
