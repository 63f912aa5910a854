/**
 * What changed in the standards between two releases: each standard added, changed (with the fields
 * that differ), moved (retired in favour of a new ID with the same meaning) or retired.
 */
import { diffWordsWithSpace } from 'diff';
import type { StandardRecord, Successor } from '../model';
import { compareStandardIds } from '../model';

/** The kinds of change a release file lists, in the order pages show them. */
export const CHANGE_KINDS = ['added', 'changed', 'moved', 'retired'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

/** The fields of a standard whose text is compared word by word, in the order pages show them. */
export const TEXT_FIELDS = ['title', 'statement', 'rationale', 'guidance', 'evidence'] as const;
export type TextField = (typeof TEXT_FIELDS)[number];

export interface StandardChange {
  readonly id: string;
  readonly change: ChangeKind;
  /** For `changed`: every field whose value differs, in the order of the standard's schema. */
  readonly fields: readonly string[];
  /** The standard in the older release; absent when it was added. */
  readonly before?: StandardRecord;
  /** The standard in the newer release. */
  readonly after: StandardRecord;
  /** For `moved` and `retired`: where its meaning went. */
  readonly successors: readonly Successor[];
}

/** A change that cannot happen between releases: a standard whose file was removed, or a retired ID used again. */
export interface ForbiddenChange {
  readonly id: string;
  readonly problem: 'removed' | 'revived';
}

export interface StandardsDiff {
  readonly changes: readonly StandardChange[];
  readonly forbidden: readonly ForbiddenChange[];
}

/** A piece of a word diff: text kept, added or removed. */
export interface DiffPart {
  readonly kind: 'same' | 'added' | 'removed';
  readonly text: string;
}

// The order fields are reported in: the schema's order. `file` is where a record was read from, not data.
const COMPARED_FIELDS = [
  'title',
  'domain',
  'statement',
  'rationale',
  'guidance',
  'evidence',
  'level',
  'stages',
  'pathways',
  'audiences',
  'related',
  'sources',
  'dated_facts',
  'status',
  'introduced',
  'successors',
] as const;

/**
 * Compares the standards of two releases. `before` is empty for the first release, in which every
 * standard is added. Changes are sorted by ID.
 */
export function diffStandards(before: readonly StandardRecord[], after: readonly StandardRecord[]): StandardsDiff {
  const old = new Map(before.map((standard) => [standard.id, standard]));
  const now = new Map(after.map((standard) => [standard.id, standard]));
  const changes: StandardChange[] = [];
  const forbidden: ForbiddenChange[] = [];
  const ids = [...new Set([...old.keys(), ...now.keys()])].sort(compareStandardIds);
  for (const id of ids) {
    const earlier = old.get(id);
    const later = now.get(id);
    if (!later) {
      forbidden.push({ id, problem: 'removed' });
      continue;
    }
    if (!earlier) {
      changes.push({ id, change: 'added', fields: [], after: later, successors: later.successors ?? [] });
      continue;
    }
    const wasRetired = earlier.status === 'retired';
    const isRetired = later.status === 'retired';
    if (wasRetired && !isRetired) {
      forbidden.push({ id, problem: 'revived' });
      continue;
    }
    const successors = later.successors ?? [];
    if (!wasRetired && isRetired) {
      const change = successors.some((successor) => successor.relation === 'moved') ? 'moved' : 'retired';
      changes.push({ id, change, fields: changedFields(earlier, later), before: earlier, after: later, successors });
      continue;
    }
    const fields = changedFields(earlier, later);
    if (fields.length > 0) changes.push({ id, change: 'changed', fields, before: earlier, after: later, successors });
  }
  return { changes, forbidden };
}

/**
 * The fields whose values differ between two versions of a standard. When a source was last checked,
 * and when a dated fact is due for review, are upkeep, not text: checking a source again changes
 * neither what the standard says nor what a release published.
 */
export function changedFields(before: StandardRecord, after: StandardRecord): string[] {
  return COMPARED_FIELDS.filter((field) => comparable(field, before[field]) !== comparable(field, after[field]));
}

const UPKEEP_KEYS: Partial<Record<(typeof COMPARED_FIELDS)[number], string>> = { sources: 'checked', dated_facts: 'review_by' };

function comparable(field: (typeof COMPARED_FIELDS)[number], value: unknown): string {
  const upkeep = UPKEEP_KEYS[field];
  if (!upkeep || !Array.isArray(value)) return JSON.stringify(value ?? null);
  return JSON.stringify(value.map((item: Record<string, unknown>) => Object.fromEntries(Object.entries(item).filter(([key]) => key !== upkeep))));
}

/** A field's text for comparing: lists become one item per line. */
export function fieldText(standard: StandardRecord | undefined, field: TextField): string {
  if (!standard) return '';
  const value = standard[field];
  return Array.isArray(value) ? value.join('\n') : String(value);
}

/**
 * A word-level diff of two texts. Spaces and line breaks are kept, so that joining the `same` and
 * `removed` parts gives the old text back, and the `same` and `added` parts the new one.
 */
export function diffText(before: string, after: string): DiffPart[] {
  return diffWordsWithSpace(before, after).map((part) => ({
    kind: part.added ? 'added' : part.removed ? 'removed' : 'same',
    text: part.value,
  }));
}

/** A line of a word diff that changed, or a run of lines that did not. */
export type DiffBlock = { readonly kind: 'changed'; readonly parts: readonly DiffPart[] } | { readonly kind: 'unchanged'; readonly lines: number };

/**
 * A word diff of two texts of one block per line, cut into lines: each changed line with its parts,
 * and each run of unchanged lines as a count, so that a long text shows only what changed.
 */
export function diffByLine(before: string, after: string): DiffBlock[] {
  const lines: DiffPart[][] = [[]];
  for (const part of diffText(before, after)) {
    part.text.split('\n').forEach((piece, index) => {
      if (index > 0) lines.push([]);
      if (piece) lines.at(-1)!.push({ kind: part.kind, text: piece });
    });
  }
  const blocks: DiffBlock[] = [];
  for (const line of lines.filter((parts) => parts.length > 0)) {
    const changed = line.some((part) => part.kind !== 'same');
    const last = blocks.at(-1);
    if (changed) blocks.push({ kind: 'changed', parts: line });
    else if (last?.kind === 'unchanged') blocks[blocks.length - 1] = { kind: 'unchanged', lines: last.lines + 1 };
    else blocks.push({ kind: 'unchanged', lines: 1 });
  }
  return blocks;
}
