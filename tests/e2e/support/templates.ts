/** One page of each template of the site, by name, for tests that visit them all in both languages. */
import { library } from './library';

const first = library.snapshots[0]!.version;
const newest = library.snapshots.at(-1)!.version;
const previous = library.snapshots.at(-2)?.version;
const retired = library.standards.find((standard) => standard.status === 'retired');

/** The ID of the first standard, for templates that show one. */
export const FIRST_STANDARD = library.standards[0]!.id;

export const PAGE_TEMPLATES: Readonly<Record<string, string>> = {
  home: '/',
  'standards index': '/standards',
  'filtered standards index': '/standards?level=core',
  standard: `/standards/${FIRST_STANDARD}`,
  domain: `/standards/domains/${library.domains[0]!.id}`,
  glossary: '/glossary',
  'docs page': '/guides/using-the-standards',
  releases: '/releases',
  release: `/releases/${newest}`,
  // Each release has a built page comparing it with the one before it; other pairs are compared in the browser.
  'release comparison': previous ? `/releases/compare/${previous}/${newest}` : `/releases/${first}`,
  'comparison of any two releases': `/releases/compare?from=${first}&to=${newest}`,
  ...(retired ? { 'retired standard': `/standards/${retired.id}` } : {}),
};

/** Pages of a past release: archived pages without script once `npm run release:pages` has kept them. */
export const RELEASE_PAGE_TEMPLATES: Readonly<Record<string, string>> = {
  'standards of a past release': `/standards/${first}`,
  'standard in a past release': `/standards/${first}/${FIRST_STANDARD}`,
  'docs page of a past release': `/${first}/guides/using-the-standards`,
};
