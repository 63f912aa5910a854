/**
 * Runs a search whenever the request changes and keeps the latest answer; an answer that arrives after
 * a newer request started is dropped. After the first answer, the rest of the index is fetched for
 * offline use. No query, no search.
 */
import { useEffect, useState } from 'react';
import type { SearchClient, SearchRequest, SearchResponse } from './types';
import { useSearchClient } from './useSearchClient';

export interface SearchResults {
  /** The answer and the query it answers (it may be older than the query being typed). */
  found?: { query: string; response: SearchResponse };
  failed: boolean;
  client: SearchClient;
}

export function useSearchResults(request: SearchRequest): SearchResults {
  const client = useSearchClient();
  const [found, setFound] = useState<SearchResults['found']>();
  const [failed, setFailed] = useState(false);
  const key = JSON.stringify(request);
  useEffect(() => {
    if (!request.query.trim()) {
      setFound(undefined);
      return undefined;
    }
    let current = true;
    client
      .search(request)
      .then((response) => {
        if (!current) return;
        setFailed(false);
        setFound({ query: request.query, response });
        client.keepForOffline(request.languages);
      })
      .catch(() => current && setFailed(true));
    return () => {
      current = false;
    };
  }, [client, key]);
  return { found, failed, client };
}
