/**
 * A release snapshot made ready for comparisons in one language (see compare-view.ts): the build writes
 * one per release and language, for the reader's browser to compare any two releases, and compares each
 * release with the one before it itself.
 */
import { createHash } from 'node:crypto';
import type { Language, ReleaseRecord, StandardRecord, TranslationRecord } from '../model';
import { markdownText } from '../plain-text';
import { compareReleases, type ComparableRelease, type Comparison } from './compare-view';
import { TEXT_FIELDS, type TextField } from './diff';
import type { ReleaseSnapshot } from './snapshot';

// Each release is compared with the release before it and the one after it, and written for the
// browser: it is made ready once per snapshot and language in a process, not once per use.
const made = new WeakMap<ReleaseSnapshot, Map<Language, ComparableRelease>>();

/** The whole release, every standard's texts included, as the build compares it. */
export function comparableRelease(snapshot: ReleaseSnapshot, language: Language): ComparableRelease {
  let languages = made.get(snapshot);
  if (!languages) made.set(snapshot, (languages = new Map()));
  let release = languages.get(language);
  if (!release) languages.set(language, (release = makeComparable(snapshot, language)));
  return release;
}

function makeComparable(snapshot: ReleaseSnapshot, language: Language): ComparableRelease {
  const translations = new Map((snapshot.translations[language] ?? []).map((record) => [record.id, record]));
  const texts: Record<string, Record<TextField, string>> = {};
  for (const standard of snapshot.standards) {
    const translated = translations.get(standard.id);
    texts[standard.id] = Object.fromEntries(TEXT_FIELDS.map((field) => [field, textOf(standard, translated, field)])) as Record<TextField, string>;
  }
  // Which texts changed is judged on the English texts as released; a fingerprint of each tells that, and
  // keeps the file the browser downloads to the texts it shows.
  const standards = snapshot.standards.map((standard): StandardRecord => ({
    ...standard,
    title: fingerprint(standard.title),
    statement: fingerprint(standard.statement),
    rationale: fingerprint(standard.rationale),
    guidance: fingerprint(standard.guidance),
    evidence: [fingerprint(standard.evidence)],
  }));
  const titles = Object.fromEntries(Object.entries(texts).map(([id, text]) => [id, text.title]));
  return { version: snapshot.version, language, standards, titles, texts };
}

/**
 * A release's comparison files in one language, by path relative to their folder: `<version>.json`
 * (every standard with fingerprints of its texts, and its title) and `<version>/<ID>.json` (the texts of
 * one standard), so that the browser reads the texts of the standards that changed and no others.
 */
export function comparisonFiles(snapshot: ReleaseSnapshot, language: Language): Map<string, string> {
  const { texts, ...index } = comparableRelease(snapshot, language);
  const json = (value: unknown) => `${JSON.stringify(value)}\n`;
  const files = new Map([[`${snapshot.version}.json`, json({ ...index, texts: {} })]]);
  for (const [id, text] of Object.entries(texts)) files.set(`${snapshot.version}/${id}.json`, json(text));
  return files;
}

function fingerprint(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 16);
}

/** The comparison of two snapshots, as the pages of adjacent releases show it. */
export function buildComparison(from: ReleaseSnapshot | undefined, to: ReleaseSnapshot, releases: readonly ReleaseRecord[], language: Language, baseUrl: string): Comparison {
  return compareReleases(from && comparableRelease(from, language), comparableRelease(to, language), releases, language, baseUrl);
}

function textOf(standard: StandardRecord, translated: TranslationRecord | undefined, field: TextField): string {
  const value = (translated?.[field as keyof TranslationRecord] as string | string[] | undefined) ?? standard[field];
  if (Array.isArray(value)) return value.join('\n');
  return field === 'rationale' || field === 'guidance' ? markdownText(String(value)) : String(value);
}
