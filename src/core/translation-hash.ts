/**
 * A translation records a fingerprint of the English text it was made from. When the English changes,
 * the fingerprint no longer matches and the translation is reported as stale.
 */
import { createHash } from 'node:crypto';
import type { Domain, Standard } from './generated/content-types';

/** The fields of a standard that are translated, in a fixed order. */
export const TRANSLATED_STANDARD_FIELDS = ['title', 'statement', 'rationale', 'guidance', 'evidence'] as const;
/** The fields of a domain that are translated, in a fixed order. */
export const TRANSLATED_DOMAIN_FIELDS = ['title', 'purpose', 'scope'] as const;

/**
 * The facts of `dated_facts` are translated too. They count only when a standard has them, so that the
 * fingerprints of standards without dated facts stay as they were.
 */
export function standardSourceHash(standard: Pick<Standard, (typeof TRANSLATED_STANDARD_FIELDS)[number] | 'dated_facts'>): string {
  const values: unknown[] = TRANSLATED_STANDARD_FIELDS.map((field) => standard[field]);
  if (standard.dated_facts) values.push(standard.dated_facts.map((dated) => dated.fact));
  return fingerprint(values);
}

export function domainSourceHash(domain: Pick<Domain, (typeof TRANSLATED_DOMAIN_FIELDS)[number]>): string {
  return fingerprint(TRANSLATED_DOMAIN_FIELDS.map((field) => domain[field]));
}

/** Spacing and line wrapping do not count: rewrapping a paragraph does not make a translation stale. */
function fingerprint(values: unknown[]): string {
  const normalized = JSON.stringify(values, (_key, value: unknown) => (typeof value === 'string' ? value.replace(/\s+/g, ' ').trim() : value));
  return createHash('sha256').update(normalized).digest('hex').slice(0, 12);
}

/**
 * The fingerprint of an English page (a lesson, tool, guide or audience page): its whole file, front
 * matter and body, so that any change to what a reader sees makes its translations stale.
 */
export function pageSourceHash(text: string): string {
  return fingerprint([text]);
}
