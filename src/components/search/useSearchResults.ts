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
  // The request is compared by its content, not by its identity: a caller builds a new one on every render, so
  // the effect reads it back from its key.
  const key = JSON.stringify(request);
  useEffect(() => {
    const wanted = JSON.parse(key) as SearchRequest;
    if (!wanted.query.trim()) {
      setFound(undefined);
      return undefined;
    }
    let current = true;
    client
      .search(wanted)
      .then((response) => {
        if (!current) return;
        setFailed(false);
        setFound({ query: wanted.query, response });
        client.keepForOffline(wanted.languages);
      })
      .catch(() => current && setFailed(true));
    return () => {
      current = false;
    };
  }, [client, key]);
  return { found, failed, client };
}
