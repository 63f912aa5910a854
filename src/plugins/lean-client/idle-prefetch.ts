/**
 * Docusaurus fetches ahead the code of each page that a link in view leads to. To find that code it
 * scans the whole route table once per link, and it does so for all the links in view in one go, as
 * the page comes to life: on a lesson, with its sidebar, that blocked the main thread for about 0.4 s
 * on a slow phone. This start-up module makes each such fetch wait for a moment when the browser is
 * idle, a few at a time, so that the page answers the reader first. A link the reader points at or
 * touches still loads at once (`preload` is left as it is).
 *
 * Each idle moment does at most a few milliseconds of this work, even when the browser offers more:
 * a phone four times slower than a laptop turns 40 ms of work into a task long enough to hold up a
 * tap.
 */
interface DocusaurusClient {
  prefetch(routePath: string): unknown;
  preload(routePath: string): unknown;
}

/** The most time, in milliseconds, that one idle moment spends fetching ahead. */
export const IDLE_BUDGET_MS = 6;

/** Runs `work` when the browser is idle, or soon on a browser that cannot say when it is. */
function whenIdle(work: (deadline?: IdleDeadline) => void): void {
  if ('requestIdleCallback' in globalThis) globalThis.requestIdleCallback(work, { timeout: 3000 });
  else setTimeout(work, 50);
}

/** The same client, whose prefetch waits its turn for an idle moment. */
export function withIdlePrefetch(client: DocusaurusClient): DocusaurusClient {
  const waiting: string[] = [];
  let scheduled = false;
  const run = (deadline?: IdleDeadline) => {
    const started = performance.now();
    const timeLeft = () => deadline !== undefined && !deadline.didTimeout && deadline.timeRemaining() > 10 && performance.now() - started < IDLE_BUDGET_MS;
    do {
      const routePath = waiting.shift();
      if (routePath !== undefined) client.prefetch(routePath);
    } while (waiting.length > 0 && timeLeft());
    scheduled = waiting.length > 0;
    if (scheduled) whenIdle(run);
  };
  return Object.freeze({
    ...client,
    prefetch(routePath: string) {
      waiting.push(routePath);
      if (!scheduled) {
        scheduled = true;
        whenIdle(run);
      }
      return true;
    },
  });
}

// Docusaurus puts its client on window.docusaurus as the app starts; this takes it as it is put there.
if (typeof window !== 'undefined') {
  const holder = window as unknown as { docusaurus?: DocusaurusClient };
  let client = holder.docusaurus && withIdlePrefetch(holder.docusaurus);
  Object.defineProperty(window, 'docusaurus', {
    configurable: true,
    get: () => client,
    set: (value: DocusaurusClient | undefined) => {
      client = value && withIdlePrefetch(value);
    },
  });
}
