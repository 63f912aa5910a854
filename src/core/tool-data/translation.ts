/**
 * The translation model of tool data, the same as the standards': a translation has the layout of the
 * English file but holds only the text a reader sees, and records a fingerprint of the English text it
 * was made from (source_hash). When the English text changes, the fingerprint no longer matches and the
 * translation is stale: a warning, and the tool shows the English until the translation is brought up to date.
 */
import { createHash } from 'node:crypto';
import type { ContentError } from '../errors';
import type { PathSegment } from '../yaml-source';
import type { LoadedToolDataFile } from './model';

/** Fields that hold facts, not text: they stay in the English file and are never translated. */
const FACT_FIELDS: ReadonlySet<string> = new Set([
  'id',
  'key',
  'standards',
  'lessons',
  'sources',
  'bears',
  'decides',
  'consulted',
  'vote',
  'reserved',
  'must_have_by_default',
  'revised',
]);
/**
 * Fields a translation may repeat from the English to show which item is which (a readiness question's
 * id, a feasibility criterion's key); they must be equal.
 */
const ANCHOR_FIELDS: ReadonlySet<string> = new Set(['id', 'key']);

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The text of an English file that a translation translates: every string, in place, without the facts. */
export function translatableText(value: unknown): Json | undefined {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map((item) => translatableText(item) ?? null);
  if (isRecord(value)) {
    const entries = Object.entries(value)
      .filter(([key]) => !FACT_FIELDS.has(key))
      .map(([key, item]) => [key, translatableText(item)] as const)
      .filter(([, item]) => item !== undefined);
    return entries.length > 0 ? (Object.fromEntries(entries) as Json) : undefined;
  }
  return undefined;
}

/** The fingerprint of an English tool-data file's text. Spacing and line wrapping do not count. */
export function toolDataSourceHash(english: unknown): string {
  const normalized = JSON.stringify(translatableText(english) ?? null, (_key, value: unknown) => (typeof value === 'string' ? value.replace(/\s+/g, ' ').trim() : value));
  return createHash('sha256').update(normalized).digest('hex').slice(0, 12);
}

/** `factors[0].questions[2].text` */
export function fieldName(path: readonly PathSegment[]): string {
  return path.reduce<string>((name, segment) => (typeof segment === 'number' ? `${name}[${segment}]` : name ? `${name}.${segment}` : segment), '') || '(file)';
}

/**
 * Checks that a translation has the layout of its English file: only fields the English has, text
 * where the English has text, lists of the same length, and IDs (kept to show which item is which)
 * equal to the English ones. Text the translation leaves out is a warning: the tool shows the English there.
 */
export function compareWithEnglish(english: LoadedToolDataFile, translation: LoadedToolDataFile): ContentError[] {
  const problems: ContentError[] = [];
  const at = (path: PathSegment[], message: string, fix: string, target: 'key' | 'value' = 'value', severity?: 'warning'): void => {
    problems.push({ file: translation.file, position: translation.source.locate(path, target), field: fieldName(path), message, fix, ...(severity ? { severity } : {}) });
  };
  const walk = (source: unknown, translated: unknown, path: PathSegment[]): void => {
    if (typeof source === 'string') {
      if (typeof translated !== 'string') at(path, 'should be a text, like the English', `translate the English text of ${english.file} here`);
      return;
    }
    if (Array.isArray(source)) {
      if (!Array.isArray(translated)) return at(path, 'should be a list, like the English', `list the items of ${english.file} in the same order`);
      if (translated.length !== source.length) at(path, `has ${translated.length} items but the English has ${source.length}`, 'translate each item, in the same order');
      translated.forEach((item, index) => index < source.length && walk(source[index], item, [...path, index]));
      return;
    }
    if (!isRecord(source) || !isRecord(translated)) return;
    for (const [key, value] of Object.entries(translated)) {
      if (path.length === 0 && key === 'source_hash') continue;
      if (ANCHOR_FIELDS.has(key) && key in source) {
        if (value !== source[key])
          at([...path, key], `is "${String(value)}" but the English item here is "${String(source[key])}"`, 'keep the items in the order of the English file');
        continue;
      }
      if (!(key in source) || FACT_FIELDS.has(key) || translatableText(source[key]) === undefined) {
        at([...path, key], `is not a text of the English file ${english.file}`, 'remove it: facts such as standards, lessons and sources stay in the English file', 'key');
        continue;
      }
      walk(source[key], value, [...path, key]);
    }
    for (const [key, value] of Object.entries(source)) {
      if (!(key in translated) && !FACT_FIELDS.has(key) && translatableText(value) !== undefined) {
        at([...path, key], `is missing; the page shows the English "${key}" here`, `add the translation of ${fieldName([...path, key])}`, 'key', 'warning');
      }
    }
  };
  walk(english.data, translation.data, []);
  return problems;
}

/** The English data with the translated text put in its place; text the translation lacks stays English. */
export function overlayTranslation<T>(english: T, translated: unknown): T {
  if (typeof english === 'string') return (typeof translated === 'string' ? translated : english) as T;
  if (Array.isArray(english)) return english.map((item, index) => overlayTranslation(item, Array.isArray(translated) ? translated[index] : undefined)) as T;
  if (isRecord(english)) {
    return Object.fromEntries(
      Object.entries(english).map(([key, value]) => [key, FACT_FIELDS.has(key) || !isRecord(translated) ? value : overlayTranslation(value, translated[key])]),
    ) as T;
  }
  return english;
}

/** Every text a reader sees in an English tool-data file, in file order (for the reading-level report). */
export function readerTexts(english: unknown): string[] {
  const texts: string[] = [];
  const walk = (value: Json | undefined): void => {
    if (typeof value === 'string') {
      if (value.trim()) texts.push(value);
    } else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(translatableText(english));
  return texts;
}
