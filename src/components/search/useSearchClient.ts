/** The search engine of this site, and the plugin's data about it. */
import { usePluginData } from '@docusaurus/useGlobalData';
import type { SearchGlobalData } from '@site/src/plugins/search';
import { useMemo } from 'react';
import { createAlgoliaClient } from './algolia-client';
import { createLocalClient } from './local-client';
import type { SearchClient } from './types';

const clients = new Map<string, SearchClient>();

export function useSearchData(): SearchGlobalData {
  return usePluginData('search') as SearchGlobalData;
}

/** Algolia when the build was given its public search key, else the local index. */
export function chooseSearchClient(data: Pick<SearchGlobalData, 'algolia' | 'indexes'>): SearchClient {
  const key = JSON.stringify(data.algolia ?? data.indexes);
  let client = clients.get(key);
  if (!client) {
    client = data.algolia ? createAlgoliaClient(data.algolia) : createLocalClient(data.indexes);
    clients.set(key, client);
  }
  return client;
}

export function useSearchClient(): SearchClient {
  const data = useSearchData();
  return useMemo(() => chooseSearchClient(data), [data]);
}
