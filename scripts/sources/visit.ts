/**
 * Visiting one source address the way a careful reader's browser would: a HEAD request first (a GET when
 * a server refuses HEAD), redirects followed by hand so that a permanent move is seen, a time limit, and
 * a few tries with growing pauses when a server is down, busy or silent.
 */

/** What became of an address: it answers; it moved for good; it is broken; it answers slowly; it never answered. */
export type Verdict = 'ok' | 'moved' | 'broken' | 'slow' | 'no-answer';

export interface Visit {
  readonly url: string;
  readonly verdict: Verdict;
  /** The last HTTP status, when there was one. */
  readonly status?: number;
  /** For a move: where the address leads now. */
  readonly location?: string;
  /** For a failure without a status: what went wrong (a name that does not resolve, a refused connection...). */
  readonly error?: string;
  /** How long the last try took, in milliseconds. */
  readonly ms: number;
  readonly tries: number;
}

export interface VisitOptions {
  /** How long to wait for an answer, per request. */
  readonly timeoutMs: number;
  /** An answer slower than this is reported as slow. */
  readonly slowMs: number;
  /** How many more times to try after a failure that may pass (no answer, 429, 5xx, a network error). */
  readonly retries: number;
  /** The pause before the first retry; it doubles each time. */
  readonly retryDelayMs: number;
  readonly userAgent: string;
  readonly maxRedirects?: number;
}

const PERMANENT = new Set([301, 308]);
/** Statuses some servers give to HEAD alone: the address is tried again with GET. */
const HEAD_REFUSED = new Set([400, 403, 405, 501]);

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Answer {
  readonly status?: number;
  readonly location?: string;
  readonly moved: boolean;
  readonly error?: string;
  readonly timedOut: boolean;
  readonly ms: number;
}

async function request(url: string, method: 'HEAD' | 'GET', options: VisitOptions): Promise<Response> {
  const response = await fetch(url, {
    method,
    redirect: 'manual',
    signal: AbortSignal.timeout(options.timeoutMs),
    headers: { 'user-agent': options.userAgent, accept: 'text/html,application/xhtml+xml,application/pdf,*/*;q=0.8' },
  });
  // Only the status matters: the body is left unread.
  await response.body?.cancel().catch(() => undefined);
  return response;
}

/** One try: follows redirects, and notes whether any of them was permanent. */
async function tryOnce(url: string, options: VisitOptions): Promise<Answer> {
  const started = performance.now();
  let current = url;
  let moved = false;
  try {
    for (let hop = 0; hop <= (options.maxRedirects ?? 5); hop++) {
      let response = await request(current, 'HEAD', options);
      if (HEAD_REFUSED.has(response.status)) response = await request(current, 'GET', options);
      const location = response.headers.get('location');
      if (response.status >= 300 && response.status < 400 && location) {
        moved ||= PERMANENT.has(response.status);
        current = new URL(location, current).href;
        continue;
      }
      return { status: response.status, location: current === url ? undefined : current, moved, timedOut: false, ms: performance.now() - started };
    }
    return { error: 'too many redirects', moved, timedOut: false, ms: performance.now() - started };
  } catch (error) {
    const reason = error as Error & { cause?: { code?: string } };
    const timedOut = reason.name === 'TimeoutError' || reason.name === 'AbortError';
    return { error: timedOut ? 'no answer' : (reason.cause?.code ?? reason.message), moved, timedOut, ms: performance.now() - started };
  }
}

const mayPass = (answer: Answer) => answer.timedOut || answer.status === undefined || answer.status === 429 || answer.status >= 500;

function verdictOf(answer: Answer, options: VisitOptions): Verdict {
  if (answer.timedOut) return 'no-answer';
  if (answer.status === undefined || answer.status >= 400) return 'broken';
  if (answer.moved) return 'moved';
  return answer.ms > options.slowMs ? 'slow' : 'ok';
}

export async function visitAddress(url: string, options: VisitOptions): Promise<Visit> {
  let answer = await tryOnce(url, options);
  let tries = 1;
  while (mayPass(answer) && tries <= options.retries) {
    await sleep(options.retryDelayMs * 2 ** (tries - 1));
    answer = await tryOnce(url, options);
    tries += 1;
  }
  const verdict = verdictOf(answer, options);
  return {
    url,
    verdict,
    ...(answer.status === undefined ? {} : { status: answer.status }),
    ...(verdict === 'moved' && answer.location ? { location: answer.location } : {}),
    ...(answer.error && verdict !== 'no-answer' ? { error: answer.error } : {}),
    ms: Math.round(answer.ms),
    tries,
  };
}

/**
 * Visits every address, politely: one request at a time to any one server, with a pause between them,
 * and a few servers at once. `onVisit` hears of each visit as it ends, for a progress line.
 */
export async function visitAll(
  urls: readonly string[],
  options: VisitOptions & { readonly hostsAtOnce: number; readonly hostPauseMs: number },
  onVisit: (visit: Visit, done: number) => void = () => {},
): Promise<Map<string, Visit>> {
  const byHost = new Map<string, string[]>();
  for (const url of urls) {
    const host = new URL(url).host;
    byHost.set(host, [...(byHost.get(host) ?? []), url]);
  }
  const queue = [...byHost.values()];
  const visits = new Map<string, Visit>();
  const worker = async () => {
    for (let host = queue.shift(); host; host = queue.shift()) {
      for (const [index, url] of host.entries()) {
        if (index > 0) await sleep(options.hostPauseMs);
        const visit = await visitAddress(url, options);
        visits.set(url, visit);
        onVisit(visit, visits.size);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, options.hostsAtOnce) }, worker));
  return visits;
}
