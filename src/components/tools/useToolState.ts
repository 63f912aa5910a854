/**
 * A tool's inputs, kept in the page address (see src/core/tools/state-codec.ts) so that the link
 * shares the filled-in tool. The address is read once React runs in the browser and rewritten,
 * without a new history entry, a moment after each change.
 */
import { useHistory, useLocation } from '@docusaurus/router';
import useIsBrowser from '@docusaurus/useIsBrowser';
import { decodeToolState, encodeToolState, TOOL_STATE_PARAM } from '@site/src/core/tools/state-codec';
import { useEffect, useRef, useState } from 'react';

/**
 * Returns the state, its setter, and whether the address held a state that could not be read (damaged,
 * changed by hand, or longer than a link may be), so that the tool can say it started from its defaults.
 */
export function useToolState<T>(defaults: T, accept: (raw: unknown) => T | undefined): [T, (next: T) => void, boolean] {
  const isBrowser = useIsBrowser();
  const location = useLocation();
  const history = useHistory();
  const [state, setState] = useState<T>(defaults);
  const [damagedLink, setDamagedLink] = useState(false);
  const loaded = useRef(false);

  // The address is read once, when React first runs in the browser: `loaded` keeps its later changes
  // (this hook's own rewrites among them) from being read again.
  useEffect(() => {
    if (!isBrowser || loaded.current) return;
    loaded.current = true;
    const fromAddress = decodeToolState(location.search, accept);
    if (fromAddress !== undefined) setState(fromAddress);
    else if (new URLSearchParams(location.search).has(TOOL_STATE_PARAM)) setDamagedLink(true);
  }, [isBrowser, location.search, accept]);

  useEffect(() => {
    if (!loaded.current) return undefined;
    const timer = window.setTimeout(() => {
      const params = new URLSearchParams(window.location.search);
      params.set(TOOL_STATE_PARAM, encodeToolState(state));
      history.replace({ search: `?${params.toString()}`, hash: window.location.hash });
    }, 250);
    return () => window.clearTimeout(timer);
  }, [state, history]);

  return [state, setState, damagedLink];
}
