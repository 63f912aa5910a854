/** The addresses of the pages for partners and the public, in one language (`baseUrl` ends with "/"). */

export const casesPermalink = (baseUrl: string): string => `${baseUrl}cases`;
export const casePermalink = (baseUrl: string, id: string): string => `${baseUrl}cases/${id}`;
export const directoryPermalink = (baseUrl: string): string => `${baseUrl}directory`;
/** An organization has no page of its own: it is an entry of the directory, with its own anchor. */
export const organizationPermalink = (baseUrl: string, id: string): string => `${baseUrl}directory#${id}`;
export const factsPermalink = (baseUrl: string): string => `${baseUrl}facts`;
