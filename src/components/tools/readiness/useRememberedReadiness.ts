/**
 * The answers of the readiness self-assessment: kept in the page address like every tool's inputs (so
 * the link shares them), and also remembered in this browser, so a reader who comes back to the page
 * finds their answers. Answers in the address win over the remembered ones. "Start over" forgets both.
 */
import { useLocation } from '@docusaurus/router';
import useIsBrowser from '@docusaurus/useIsBrowser';
import { acceptReadiness, EMPTY_READINESS, type ReadinessState } from '@site/src/core/tools/readiness';
import { READINESS_DATA } from './data';
import { decodeToolState, TOOL_STATE_PARAM } from '@site/src/core/tools/state-codec';
import { useEffect, useState } from 'react';
import { useToolState } from '../useToolState';

export const READINESS_STORAGE_KEY = 'wcl.tools.readiness';

/** Answers read from a link or from storage, checked against this page's questions. */
const acceptReadinessData = (raw: unknown) => acceptReadiness(READINESS_DATA, raw);

function readRemembered(): ReadinessState | undefined {
  try {
    const stored = window.localStorage.getItem(READINESS_STORAGE_KEY);
    return stored ? acceptReadinessData(JSON.parse(stored)) : undefined;
  } catch {
    return undefined;
  }
}

const isEmpty = (state: ReadinessState) => Object.keys(state.answers).length === 0 && state.business.trim() === '' && state.date === '';

export interface RememberedReadiness {
  state: ReadinessState;
  setState: (next: ReadinessState) => void;
  /** Clears every answer, here and in this browser's memory. */
  startOver: () => void;
  /** The address held answers that could not be read (a damaged or cut-off link). */
  damagedLink: boolean;
}

export function useRememberedReadiness(): RememberedReadiness {
  const [state, setState] = useToolState<ReadinessState>(EMPTY_READINESS, acceptReadinessData);
  const isBrowser = useIsBrowser();
  const location = useLocation();
  const [restored, setRestored] = useState(false);
  const [damagedLink, setDamagedLink] = useState(false);

  // Runs after useToolState has read the address: when the address holds no answers, bring back the remembered ones.
  // Once only: `restored` keeps later changes of the address from bringing them back again.
  useEffect(() => {
    if (!isBrowser || restored) return;
    if (decodeToolState(location.search, acceptReadinessData) === undefined) {
      if (new URLSearchParams(location.search).has(TOOL_STATE_PARAM)) setDamagedLink(true);
      const remembered = readRemembered();
      if (remembered) setState(remembered);
    }
    setRestored(true);
  }, [isBrowser, restored, location.search, setState]);

  // Remember every change. An empty state is never written over remembered answers: only "start over" forgets them.
  useEffect(() => {
    if (!restored || isEmpty(state)) return;
    try {
      window.localStorage.setItem(READINESS_STORAGE_KEY, JSON.stringify(state));
    } catch {
      // Storage can be full or turned off; the answers still live in the address.
    }
  }, [state, restored]);

  const startOver = () => {
    try {
      window.localStorage.removeItem(READINESS_STORAGE_KEY);
    } catch {
      // Nothing was remembered.
    }
    setDamagedLink(false);
    setState(EMPTY_READINESS);
  };

  return { state, setState, startOver, damagedLink };
}
