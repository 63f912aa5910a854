/**
 * `npm run search:algolia`: builds the search records of every language in DocSearch's shape and
 * replaces the Algolia index with them.
 * Usage: tsx scripts/search-algolia.ts [--dry-run] [--root <folder>]
 * Reads ALGOLIA_APP_ID, ALGOLIA_ADMIN_KEY, ALGOLIA_INDEX_NAME (default worker-coop-library) and
 * SITE_URL and BASE_PATH (default https://worker-coop-library.github.io, see src/core/site-url.ts). With --dry-run, or when the application
 * ID or the admin key is missing, it only shows what it would send. The admin key is never printed.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ALGOLIA_INDEX_SETTINGS, recordBytes, toAlgoliaRecords, type AlgoliaRecord } from '../src/core/search/algolia-records';
import { siteUrlFromEnvironment } from '../src/core/site-url';
import { describePush, pushToAlgolia } from './algolia/push';
import { collectSearchRecords, describeRecords, sortByObjectId } from './search-records';

export const DEFAULT_INDEX_NAME = 'worker-coop-library';

export interface Output {
  log: (line: string) => void;
  error: (line: string) => void;
}

type Env = Readonly<Record<string, string | undefined>>;

function option(argv: readonly string[], name: string): string | undefined {
  const index = argv.indexOf(name);
  return index === -1 ? undefined : argv[index + 1];
}

/** The Algolia records of the library under `root`, in objectID order. */
export function buildAlgoliaRecords(root: string, siteUrl: string): AlgoliaRecord[] {
  return sortByObjectId(toAlgoliaRecords(collectSearchRecords(root), { siteUrl }));
}

function describe(records: readonly AlgoliaRecord[]): string[] {
  const rows = records.map((record) => ({ objectID: record.objectID, language: record.language, type: record.record_type[0] ?? 'unknown' }));
  const sizes = records.map(recordBytes);
  return describeRecords(rows, (index) => sizes[index]!);
}

function printDryRun(records: readonly AlgoliaRecord[], indexName: string, siteUrl: string, missing: readonly string[], output: Output): void {
  output.log(`Index: ${indexName}`);
  output.log(`Site: ${siteUrl}`);
  for (const line of describe(records)) output.log(line);
  output.log('Settings:');
  output.log(JSON.stringify(ALGOLIA_INDEX_SETTINGS, null, 2));
  if (records[0]) {
    output.log('First record:');
    output.log(JSON.stringify(records[0], null, 2));
  }
  const reason = missing.length > 0 ? `${missing.join(' and ')} ${missing.length > 1 ? 'are' : 'is'} not set` : 'this is a dry run (--dry-run)';
  output.log(
    `Nothing was sent to Algolia: ${reason}. To send the records, set ALGOLIA_APP_ID and ALGOLIA_ADMIN_KEY (optionally ALGOLIA_INDEX_NAME and SITE_URL) and run without --dry-run.`,
  );
}

/** Hides the admin key, should any message ever quote it. */
function withoutSecret(text: string, secret: string | undefined): string {
  return secret ? text.split(secret).join('*****') : text;
}

export async function main(argv: readonly string[], env: Env = process.env, output: Output = console): Promise<number> {
  const appId = env.ALGOLIA_APP_ID?.trim() || undefined;
  const adminKey = env.ALGOLIA_ADMIN_KEY?.trim() || undefined;
  const indexName = env.ALGOLIA_INDEX_NAME?.trim() || DEFAULT_INDEX_NAME;
  const siteUrl = siteUrlFromEnvironment(env);
  const root = path.resolve(option(argv, '--root') ?? process.cwd());
  try {
    const records = buildAlgoliaRecords(root, siteUrl);
    const missing = [appId ? '' : 'ALGOLIA_APP_ID', adminKey ? '' : 'ALGOLIA_ADMIN_KEY'].filter(Boolean);
    if (argv.includes('--dry-run') || !appId || !adminKey) {
      printDryRun(records, indexName, siteUrl, missing, output);
      return 0;
    }
    const summary = await pushToAlgolia({ appId, adminKey, indexName, records, log: output.log });
    for (const line of describePush(summary)) output.log(line);
    return 0;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    output.error(withoutSecret(`✖ Could not update the Algolia index "${indexName}": ${message}`, adminKey));
    return 1;
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
