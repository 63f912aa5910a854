/** The search engine of this site, and the plugin's data about it. */
import { usePluginData } from '@docusaurus/useGlobalData';
import type { SearchGlobalData } from '@site/src/plugins/search';
import { useMemo } from 'react';
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
    const { algolia, indexes } = data;
    // The engine's code (stemmers, index reader or Algolia client) loads only when search is used,
    // so it adds nothing to the first load of a page.
    client = algolia
      ? lazyClient('algolia', () => import('./algolia-client').then(({ createAlgoliaClient }) => createAlgoliaClient(algolia)))
      : lazyClient('local', () => import('./local-client').then(({ createLocalClient }) => createLocalClient(indexes)));
    clients.set(key, client);
  }
  return client;
}

export function useSearchClient(): SearchClient {
  const data = useSearchData();
  return useMemo(() => chooseSearchClient(data), [data]);
}

/** A client whose code is fetched the first time it is asked for anything. */
function lazyClient(engine: SearchClient['engine'], load: () => Promise<SearchClient>): SearchClient {
  let loaded: Promise<SearchClient> | undefined;
  const get = () => {
    loaded ??= load();
    loaded.catch(() => (loaded = undefined));
    return loaded;
  };
  return {
    engine,
    prepare: (languages) =>
      void get().then(
        (client) => client.prepare(languages),
        () => undefined,
      ),
    keepForOffline: (languages) =>
      void get().then(
        (client) => client.keepForOffline(languages),
        () => undefined,
      ),
    search: async (request) => (await get()).search(request),
  };
}
