/**
 * The inputs of a tool in its page address, so that a filled-in tool can be shared as a link:
 * `?s=1.<compressed JSON>`. The leading number is the format's version; a damaged or foreign value
 * gives `undefined`, and the tool starts from its defaults.
 */
import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';

export const TOOL_STATE_PARAM = 's';
const VERSION = '1';

/**
 * The longest `s` value that is unpacked. lz-string lets a short value unpack to a huge text (about
 * 11,000 characters can hold 16 million), so a link from someone else is measured before it is
 * unpacked. The largest state a person fills in by hand stays far below: a feasibility worksheet with
 * every field full of prose packs into about 9,800 characters, a decision matrix of 60 decisions with
 * everyday names and notes into about 10,900 (state-codec-limits.test.ts measures both).
 */
export const MAX_TOOL_STATE_LENGTH = 16_000;

/**
 * The longest unpacked JSON that is read: about five times that of the largest state any tool accepts
 * (a decision matrix with every field at its limit). lz-string cannot stop part-way, so this is
 * checked after unpacking; it spares the JSON reader, while the cap above bounds the unpacking.
 */
export const MAX_TOOL_STATE_JSON_LENGTH = 250_000;

export function encodeToolState(state: unknown): string {
  return `${VERSION}.${compressToEncodedURIComponent(JSON.stringify(state))}`;
}

/** The state in a page's query string, checked by `accept`, or undefined. */
export function decodeToolState<T>(search: string, accept: (raw: unknown) => T | undefined): T | undefined {
  const value = new URLSearchParams(search).get(TOOL_STATE_PARAM);
  if (!value?.startsWith(`${VERSION}.`) || value.length > MAX_TOOL_STATE_LENGTH) return undefined;
  try {
    const json = decompressFromEncodedURIComponent(value.slice(VERSION.length + 1));
    return json && json.length <= MAX_TOOL_STATE_JSON_LENGTH ? accept(JSON.parse(json)) : undefined;
  } catch {
    return undefined;
  }
}

/** A finite number from a value, or the fallback; clamped to [min, max]. */
export function numberIn(value: unknown, fallback: number, min = Number.NEGATIVE_INFINITY, max = Number.POSITIVE_INFINITY): number {
  const number = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : Number.NaN;
  return Number.isFinite(number) ? Math.min(max, Math.max(min, number)) : fallback;
}
