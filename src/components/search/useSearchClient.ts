/** The search engine of this site: Algolia when the build was given a public search key, else the local index. */
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

export function useSearchClient(): SearchClient {
  const data = useSearchData();
  return useMemo(() => {
    const key = JSON.stringify(data.algolia ?? data.indexes);
    let client = clients.get(key);
    if (!client) {
      client = data.algolia ? createAlgoliaClient(data.algolia) : createLocalClient(data.indexes);
      clients.set(key, client);
    }
    return client;
  }, [data]);
}
