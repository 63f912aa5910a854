/** The addresses of the pages the standards plugin makes, from the language's base URL (`/` or `/es/`). */

/** `/standards/GOV-03`, or `/standards/1.0.0/GOV-03` for the text as a release froze it. */
export function standardPermalink(baseUrl: string, id: string, version?: string): string {
  return version ? `${baseUrl}standards/${version}/${id}` : `${baseUrl}standards/${id}`;
}

/** `/standards/domains/governance`, or, in a past release, that domain's section of the release's standards (`/standards/1.0.0#governance`). */
export function domainPermalink(baseUrl: string, id: string, version?: string): string {
  return version ? `${baseUrl}standards/${version}#${id}` : `${baseUrl}standards/domains/${id}`;
}
