/**
 * What the directory page receives, in one language: each organization with its summary in that
 * language, and for the map, how many organizations work in each state.
 */
import type { Language, Library, OrganizationRecord, OrganizationService, Source, SpokenLanguage, UsState } from '../model';
import { editUrl } from '../views';
import { US_STATES } from './us-states';

export interface OrganizationView {
  id: string;
  name: string;
  summary: string;
  services: OrganizationService[];
  /** `nationwide`, or the states it serves. */
  serves: 'nationwide' | UsState[];
  languages: SpokenLanguage[];
  /** Where its main office is, when known. */
  basedIn?: { city: string; state: UsState };
  website: string;
  sources: Source[];
  checked: string;
  editUrl: string;
}

export interface DirectoryView {
  organizations: OrganizationView[];
  /** For each state, how many organizations name it among the states they serve (those that work nationwide are counted apart). */
  stateCounts: Record<UsState, number>;
  /** How many organizations work nationwide. */
  nationwide: number;
}

/** Whether an organization's record says it works across the country. */
export function worksNationwide(record: Pick<OrganizationRecord, 'serves'>): boolean {
  return record.serves.includes('nationwide');
}

export function organizationView(library: Library, record: OrganizationRecord, language: Language): OrganizationView {
  return {
    id: record.id,
    name: record.name,
    summary: record.summary[language],
    services: [...record.services],
    serves: worksNationwide(record) ? 'nationwide' : (record.serves.filter((place) => place !== 'nationwide') as UsState[]),
    languages: [...record.languages],
    ...(record.based_in ? { basedIn: { city: record.based_in.city, state: record.based_in.state } } : {}),
    website: record.website,
    sources: record.sources.map((source) => ({ ...source })),
    checked: record.checked,
    editUrl: editUrl(library, record.file),
  };
}

/** Whether an organization works in `state`: it serves the whole country, or names the state. */
export function servesState(organization: Pick<OrganizationView, 'serves'>, state: string): boolean {
  return organization.serves === 'nationwide' || (organization.serves as readonly string[]).includes(state);
}

export function directoryView(library: Library, language: Language): DirectoryView {
  const organizations = library.organizations.map((record) => organizationView(library, record, language));
  const local = organizations.filter((organization) => organization.serves !== 'nationwide');
  const stateCounts = Object.fromEntries(US_STATES.map(({ code }) => [code, local.filter((organization) => servesState(organization, code)).length])) as Record<UsState, number>;
  return { organizations, stateCounts, nationwide: organizations.length - local.length };
}
