/**
 * The Algolia keys that a site build may use. The search key is written into every page, where
 * anyone can read it, so it must be Algolia's search-only key: the admin key can change or delete the
 * index. Only `npm run search:algolia` needs the admin key, and never during a build.
 *
 * Building with only one of ALGOLIA_APP_ID and ALGOLIA_SEARCH_KEY is refused rather than quietly
 * falling back to the local index: whoever set one of them meant to use Algolia, and a site that
 * silently searches something else is harder to notice than a build that stops. To build with the
 * local index, leave both unset (or empty, as CI does when a secret is missing).
 */

type Env = Readonly<Record<string, string | undefined>>;

/** Thrown when the build's Algolia settings are unsafe or incomplete. Its message never holds a key. */
export class AlgoliaKeyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AlgoliaKeyError';
  }
}

/** Blank values count as unset: CI passes an empty string for a secret that does not exist. */
function valueOf(env: Env, name: string): string | undefined {
  return env[name]?.trim() || undefined;
}

/**
 * Returns when the build may go on; throws an AlgoliaKeyError, with what to do, when the search key
 * is the admin key or when only one of the application ID and the search key is set.
 */
export function checkAlgoliaBuildKeys(env: Env): void {
  const appId = valueOf(env, 'ALGOLIA_APP_ID');
  const searchKey = valueOf(env, 'ALGOLIA_SEARCH_KEY');
  const adminKey = valueOf(env, 'ALGOLIA_ADMIN_KEY');

  // Checked first: it is the one mistake that would publish a secret.
  if (searchKey && searchKey === adminKey) {
    throw new AlgoliaKeyError(
      'ALGOLIA_SEARCH_KEY is the same as ALGOLIA_ADMIN_KEY, so the build stopped. The search key is put into every page, ' +
        'where anyone can read it, and the admin key can change or delete the index. In the Algolia dashboard, under API Keys, ' +
        'copy the "Search-Only API Key" into ALGOLIA_SEARCH_KEY. Do not give ALGOLIA_ADMIN_KEY to the build at all: only ' +
        '`npm run search:algolia` needs it. If the admin key was ever published, make a new one in Algolia.',
    );
  }
  if (appId && !searchKey) {
    throw new AlgoliaKeyError(
      'ALGOLIA_APP_ID is set but ALGOLIA_SEARCH_KEY is missing, so the build stopped. To search with Algolia, also set ' +
        'ALGOLIA_SEARCH_KEY to the "Search-Only API Key" from the Algolia dashboard. To use the built-in search instead, unset ALGOLIA_APP_ID.',
    );
  }
  if (searchKey && !appId) {
    throw new AlgoliaKeyError(
      'ALGOLIA_SEARCH_KEY is set but ALGOLIA_APP_ID is missing, so the build stopped. To search with Algolia, also set ' +
        'ALGOLIA_APP_ID to the "Application ID" from the Algolia dashboard. To use the built-in search instead, unset ALGOLIA_SEARCH_KEY.',
    );
  }
}
