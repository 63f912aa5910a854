import { afterEach, describe, expect, it, vi } from 'vitest';
import { IDLE_BUDGET_MS, withIdlePrefetch } from './idle-prefetch';

// The browser's idle callbacks, run by hand: each with the time left it gives each time it is asked.
const idle: Array<(deadline: IdleDeadline) => void> = [];
const runIdle = (left: number[], didTimeout = false) => idle.shift()!({ timeRemaining: () => left.shift() ?? 0, didTimeout });

function client() {
  return { prefetch: vi.fn<(path: string) => unknown>(), preload: vi.fn<(path: string) => unknown>() };
}

describe('withIdlePrefetch', () => {
  vi.stubGlobal('requestIdleCallback', (work: (deadline: IdleDeadline) => void) => idle.push(work));
  afterEach(() => void idle.splice(0));

  it('fetches nothing ahead until the browser is idle, then as many as its idle time allows, in order', () => {
    const docusaurus = client();
    const deferred = withIdlePrefetch(docusaurus);
    for (const path of ['/a', '/b', '/c']) deferred.prefetch(path);
    expect(docusaurus.prefetch).not.toHaveBeenCalled();
    expect(idle).toHaveLength(1);
    runIdle([30, 4]);
    expect(docusaurus.prefetch.mock.calls).toEqual([['/a'], ['/b']]);
    runIdle([2]);
    expect(docusaurus.prefetch.mock.calls).toEqual([['/a'], ['/b'], ['/c']]);
    expect(idle).toHaveLength(0);
  });

  it('runs one at a time when the browser had to call before it was idle', () => {
    const docusaurus = client();
    const deferred = withIdlePrefetch(docusaurus);
    deferred.prefetch('/a');
    deferred.prefetch('/b');
    runIdle([40, 40], true);
    expect(docusaurus.prefetch).toHaveBeenCalledTimes(1);
    expect(idle).toHaveLength(1);
  });

  it('stops after its few milliseconds even when the browser offers more idle time', () => {
    let now = 1000;
    vi.spyOn(performance, 'now').mockImplementation(() => now);
    const docusaurus = client();
    // Each fetch ahead costs 2 ms of the page's time here.
    docusaurus.prefetch.mockImplementation(() => void (now += 2));
    const deferred = withIdlePrefetch(docusaurus);
    for (const path of ['/a', '/b', '/c', '/d', '/e', '/f']) deferred.prefetch(path);
    runIdle(Array(10).fill(49));
    expect(docusaurus.prefetch).toHaveBeenCalledTimes(IDLE_BUDGET_MS / 2);
    expect(idle).toHaveLength(1);
    runIdle(Array(10).fill(49));
    expect(docusaurus.prefetch).toHaveBeenCalledTimes(6);
    vi.restoreAllMocks();
  });

  it('loads a page the reader points at at once', () => {
    const docusaurus = client();
    withIdlePrefetch(docusaurus).preload('/now');
    expect(docusaurus.preload).toHaveBeenCalledWith('/now');
    expect(idle).toHaveLength(0);
  });
});
