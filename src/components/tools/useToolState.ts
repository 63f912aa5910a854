/**
 * A tool's inputs, kept in the page address (see src/core/tools/state-codec.ts) so that the link
 * shares the filled-in tool. The address is read once React runs in the browser and rewritten,
 * without a new history entry, a moment after each change.
 */
import { useHistory, useLocation } from '@docusaurus/router';
import { decodeToolState, encodeToolState, TOOL_STATE_PARAM } from '@site/src/core/tools/state-codec';
import { useEffect, useRef, useState } from 'react';

/**
 * Returns the state, its setter, and whether the address held a state that could not be read (damaged,
 * changed by hand, or longer than a link may be), so that the tool can say it started from its defaults.
 */
export function useToolState<T>(defaults: T, accept: (raw: unknown) => T | undefined): [T, (next: T) => void, boolean] {
  const location = useLocation();
  const history = useHistory();
  const [state, setState] = useState<T>(defaults);
  const [damagedLink, setDamagedLink] = useState(false);
  // The state the address holds now; unset until the address has been read.
  const inAddress = useRef<{ state: T }>(undefined);

  // The address is read once, when React first runs in the browser (effects never run on the server):
  // its later changes (this hook's own rewrites among them) are not read again.
  useEffect(() => {
    if (inAddress.current) return;
    const fromAddress = decodeToolState(location.search, accept);
    inAddress.current = { state: fromAddress ?? state };
    if (fromAddress !== undefined) setState(fromAddress);
    else if (new URLSearchParams(location.search).has(TOOL_STATE_PARAM)) setDamagedLink(true);
  }, [location.search, accept, state]);

  // A state the reader changed is written into the address; the one just read from it is not.
  useEffect(() => {
    if (!inAddress.current || inAddress.current.state === state) return undefined;
    const timer = window.setTimeout(() => {
      inAddress.current = { state };
      const params = new URLSearchParams(window.location.search);
      params.set(TOOL_STATE_PARAM, encodeToolState(state));
      history.replace({ search: `?${params.toString()}`, hash: window.location.hash });
    }, 250);
    return () => window.clearTimeout(timer);
  }, [state, history]);

  return [state, setState, damagedLink];
}
