import { describe, expect, it } from 'vitest';
import { AlgoliaKeyError, checkAlgoliaBuildKeys } from './algolia-keys';

const APP_ID = 'TESTAPP123';
const SEARCH_KEY = 'search0only0key0f00d';
const ADMIN_KEY = 'admin0secret0key0beef';

/** The error the check throws for `env`, or a failure when it throws none. */
function errorFor(env: Record<string, string | undefined>): AlgoliaKeyError {
  try {
    checkAlgoliaBuildKeys(env);
  } catch (error) {
    expect(error).toBeInstanceOf(AlgoliaKeyError);
    return error as AlgoliaKeyError;
  }
  throw new Error('expected checkAlgoliaBuildKeys to throw');
}

describe('checkAlgoliaBuildKeys', () => {
  describe('lets the build go on', () => {
    it('when no Algolia variable is set, so the site uses its local index', () => {
      expect(() => checkAlgoliaBuildKeys({})).not.toThrow();
    });

    it('when the variables are empty, as CI passes a secret that does not exist', () => {
      expect(() => checkAlgoliaBuildKeys({ ALGOLIA_APP_ID: '', ALGOLIA_SEARCH_KEY: '', ALGOLIA_ADMIN_KEY: '' })).not.toThrow();
    });

    it('with an application ID and a search key', () => {
      expect(() => checkAlgoliaBuildKeys({ ALGOLIA_APP_ID: APP_ID, ALGOLIA_SEARCH_KEY: SEARCH_KEY })).not.toThrow();
    });

    it('with an index name alongside them', () => {
      expect(() => checkAlgoliaBuildKeys({ ALGOLIA_APP_ID: APP_ID, ALGOLIA_SEARCH_KEY: SEARCH_KEY, ALGOLIA_INDEX_NAME: 'coops' })).not.toThrow();
    });

    it('when an admin key is around but differs from the search key', () => {
      expect(() => checkAlgoliaBuildKeys({ ALGOLIA_APP_ID: APP_ID, ALGOLIA_SEARCH_KEY: SEARCH_KEY, ALGOLIA_ADMIN_KEY: ADMIN_KEY })).not.toThrow();
    });

    it('when only the admin key is set, since nothing of Algolia goes into the site', () => {
      expect(() => checkAlgoliaBuildKeys({ ALGOLIA_ADMIN_KEY: ADMIN_KEY })).not.toThrow();
    });
  });

  describe('stops the build when the search key is the admin key', () => {
    const env = { ALGOLIA_APP_ID: APP_ID, ALGOLIA_SEARCH_KEY: ADMIN_KEY, ALGOLIA_ADMIN_KEY: ADMIN_KEY };

    it('names both variables and says which key to use instead', () => {
      const { message } = errorFor(env);
      expect(message).toContain('ALGOLIA_SEARCH_KEY is the same as ALGOLIA_ADMIN_KEY');
      expect(message).toContain('Search-Only API Key');
      expect(message).toContain('npm run search:algolia');
    });

    it('never shows the key, in the message or in the stack', () => {
      const error = errorFor(env);
      expect(error.message).not.toContain(ADMIN_KEY);
      expect(String(error.stack)).not.toContain(ADMIN_KEY);
      expect(String(error)).not.toContain(ADMIN_KEY);
    });

    it('even when spaces or a line end around one of them hide that they are equal', () => {
      const error = errorFor({ ALGOLIA_APP_ID: APP_ID, ALGOLIA_SEARCH_KEY: `${ADMIN_KEY}\n`, ALGOLIA_ADMIN_KEY: ` ${ADMIN_KEY}` });
      expect(error.message).toContain('the same as ALGOLIA_ADMIN_KEY');
      expect(error.message).not.toContain(ADMIN_KEY);
    });

    it('before it complains about a missing application ID', () => {
      expect(errorFor({ ALGOLIA_SEARCH_KEY: ADMIN_KEY, ALGOLIA_ADMIN_KEY: ADMIN_KEY }).message).toContain('the same as ALGOLIA_ADMIN_KEY');
    });
  });

  describe('stops the build when only half of the Algolia settings is given', () => {
    it('names the missing search key when only the application ID is set', () => {
      const { message } = errorFor({ ALGOLIA_APP_ID: APP_ID });
      expect(message).toContain('ALGOLIA_SEARCH_KEY is missing');
      expect(message).toContain('unset ALGOLIA_APP_ID');
    });

    it('names the missing application ID when only the search key is set, without showing the key', () => {
      const { message } = errorFor({ ALGOLIA_SEARCH_KEY: SEARCH_KEY, ALGOLIA_ADMIN_KEY: ADMIN_KEY });
      expect(message).toContain('ALGOLIA_APP_ID is missing');
      expect(message).toContain('unset ALGOLIA_SEARCH_KEY');
      expect(message).not.toContain(SEARCH_KEY);
      expect(message).not.toContain(ADMIN_KEY);
    });

    it('treats a search key of only spaces as missing', () => {
      expect(errorFor({ ALGOLIA_APP_ID: APP_ID, ALGOLIA_SEARCH_KEY: '   ' }).message).toContain('ALGOLIA_SEARCH_KEY is missing');
    });
  });
});
