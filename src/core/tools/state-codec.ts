/**
 * The inputs of a tool in its page address, so that a filled-in tool can be shared as a link:
 * `?s=1.<compressed JSON>`. The leading number is the format's version; a damaged or foreign value
 * gives `undefined`, and the tool starts from its defaults.
 */
import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';

export const TOOL_STATE_PARAM = 's';
const VERSION = '1';

export function encodeToolState(state: unknown): string {
  return `${VERSION}.${compressToEncodedURIComponent(JSON.stringify(state))}`;
}

/** The state in a page's query string, checked by `accept`, or undefined. */
export function decodeToolState<T>(search: string, accept: (raw: unknown) => T | undefined): T | undefined {
  const value = new URLSearchParams(search).get(TOOL_STATE_PARAM);
  if (!value?.startsWith(`${VERSION}.`)) return undefined;
  try {
    const json = decompressFromEncodedURIComponent(value.slice(VERSION.length + 1));
    return json ? accept(JSON.parse(json)) : undefined;
  } catch {
    return undefined;
  }
}

/** A finite number from a value, or the fallback; clamped to [min, max]. */
export function numberIn(value: unknown, fallback: number, min = Number.NEGATIVE_INFINITY, max = Number.POSITIVE_INFINITY): number {
  const number = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : Number.NaN;
  return Number.isFinite(number) ? Math.min(max, Math.max(min, number)) : fallback;
}
