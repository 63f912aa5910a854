/**
 * Sends the search records to Algolia: saves the index settings, then replaces every record of the
 * index at once. `replaceAllObjects` copies the settings to a temporary index, fills it in batches
 * and moves it over the live index, so readers never search a half-filled index.
 */
import { algoliasearch, type IndexSettings } from 'algoliasearch';
import { ALGOLIA_INDEX_SETTINGS, type AlgoliaRecord } from '../../src/core/search/algolia-records';

type ClientOptions = NonNullable<Parameters<typeof algoliasearch>[2]>;
/** Where the client sends its requests; by default Algolia's own hosts for the application. */
export type AlgoliaHosts = NonNullable<ClientOptions['hosts']>;

export const BATCH_SIZE = 1000;

export interface PushOptions {
  appId: string;
  /** A key allowed to change settings and records. It is sent to Algolia only, never logged. */
  adminKey: string;
  indexName: string;
  records: readonly AlgoliaRecord[];
  settings?: IndexSettings;
  hosts?: AlgoliaHosts;
  log?: (line: string) => void;
}

export interface PushSummary {
  indexName: string;
  recordsSent: number;
  batches: number;
  settingsTaskID: number;
  batchTaskIDs: number[];
  moveTaskID: number;
}

export async function pushToAlgolia({ appId, adminKey, indexName, records, settings = ALGOLIA_INDEX_SETTINGS, hosts, log = () => {} }: PushOptions): Promise<PushSummary> {
  const client = algoliasearch(appId, adminKey, hosts ? { hosts } : undefined);

  log(`Saving the settings of the index "${indexName}"…`);
  const saved = await client.setSettings({ indexName, indexSettings: settings });
  await client.waitForTask({ indexName, taskID: saved.taskID });

  const batchCount = Math.ceil(records.length / BATCH_SIZE);
  log(`Sending ${records.length} records in ${batchCount} batch(es) to a temporary index, then moving it onto "${indexName}"…`);
  const objects = records.map((record) => ({ ...record }));
  const replaced = await client.replaceAllObjects({ indexName, objects, batchSize: BATCH_SIZE });

  return {
    indexName,
    recordsSent: records.length,
    batches: replaced.batchResponses.length,
    settingsTaskID: saved.taskID,
    batchTaskIDs: replaced.batchResponses.map((response) => response.taskID),
    moveTaskID: replaced.moveOperationResponse.taskID,
  };
}

/** The summary in a few plain lines. */
export function describePush(summary: PushSummary): string[] {
  return [
    `✔ Sent ${summary.recordsSent} records to the Algolia index "${summary.indexName}" in ${summary.batches} batch(es).`,
    `  Settings task ${summary.settingsTaskID}; batch tasks ${summary.batchTaskIDs.join(', ') || 'none'}; move task ${summary.moveTaskID}.`,
  ];
}
