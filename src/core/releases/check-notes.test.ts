import { describe, expect, it } from 'vitest';
import { formatContentError } from '../errors';
import type { Release } from '../model';
import type { Loaded } from '../rules/context';
import { parseYamlSource } from '../yaml-source';
import { checkReleaseNotes } from './check-notes';
import { diffStandards } from './diff';
import { standardForTests } from './standard-for-tests';

const standard = standardForTests;

function releaseFile(text: string): Loaded<Release> {
  const file = 'standards/releases/1.1.0.yaml';
  const { source } = parseYamlSource(file, text);
  return { file: { file, kind: 'release' }, source: source!, data: source!.data as Release };
}

const BEFORE = [standard('GOV-01'), standard('GOV-02'), standard('GOV-03')];
const AFTER = [
  standard('GOV-01', { guidance: 'Hold the meeting, with interpretation.' }),
  standard('GOV-02', {
    status: 'retired',
    successors: [
      { id: 'GOV-04', relation: 'split' },
      { id: 'GOV-05', relation: 'split' },
    ],
  }),
  standard('GOV-03'),
  standard('GOV-04', { introduced: '1.1.0' }),
  standard('GOV-05', { introduced: '1.1.0' }),
];
const HEADER = 'version: 1.1.0\ndate: 2026-11-26\nsummary: Splits GOV-02.\nchanges:\n';
const check = (changes: string) => checkReleaseNotes(releaseFile(HEADER + changes), diffStandards(BEFORE, AFTER), '1.0.0').map(formatContentError);

describe('checkReleaseNotes', () => {
  it('accepts a release file that lists exactly what changed', () => {
    const complete = [
      '  - { id: GOV-01, change: changed, note: Interpretation. }',
      '  - { id: GOV-02, change: retired, note: Split in two. }',
      '  - { id: GOV-04, change: added, note: First half. }',
      '  - { id: GOV-05, change: added, note: Second half. }',
    ].join('\n');
    expect(check(complete)).toEqual([]);
  });

  it('names each unlisted change, with the fields that differ and the line to add', () => {
    const errors = check('  - { id: GOV-02, change: retired, note: Split in two. }\n  - { id: GOV-04, change: added, note: a }\n');
    expect(errors).toEqual([
      'standards/releases/1.1.0.yaml:4:1  changes: GOV-01 was changed (guidance) after 1.0.0, but the release does not list it (add "- { id: GOV-01, change: changed, note: <why> }" to changes)',
      'standards/releases/1.1.0.yaml:4:1  changes: GOV-05 was added after 1.0.0, but the release does not list it (add "- { id: GOV-05, change: added, note: <why> }" to changes)',
    ]);
  });

  it('refuses a listed change that did not happen, and a wrong kind, at the line of the entry', () => {
    const errors = check(
      [
        '  - { id: GOV-01, change: changed, note: Interpretation. }',
        '  - { id: GOV-02, change: moved, note: Split in two. }',
        '  - { id: GOV-03, change: changed, note: Nothing really. }',
        '  - { id: GOV-04, change: added, note: a }',
        '  - { id: GOV-05, change: added, note: b }',
      ].join('\n'),
    );
    expect(errors).toEqual([
      'standards/releases/1.1.0.yaml:6:27  changes[1].change: GOV-02 is listed as moved, but it was retired after 1.0.0 (write change: retired)',
      "standards/releases/1.1.0.yaml:7:11  changes[2].id: GOV-03 is listed as changed, but it is the same as in 1.0.0 (remove this entry, or make the change in the standard's file)",
    ]);
  });

  it('refuses a standard listed twice', () => {
    const errors = check(
      [
        '  - { id: GOV-01, change: changed, note: a }',
        '  - { id: GOV-01, change: changed, note: b }',
        '  - { id: GOV-02, change: retired, note: c }',
        '  - { id: GOV-04, change: added, note: d }',
        '  - { id: GOV-05, change: added, note: e }',
      ].join('\n'),
    );
    expect(errors).toEqual([
      'standards/releases/1.1.0.yaml:6:11  changes[1].id: GOV-01 is listed twice (first as changes[0]) (list each standard once; put every reason in one note)',
    ]);
  });

  it('requires a new standard to say it was introduced in this release', () => {
    const after = [...BEFORE, standard('GOV-06', { introduced: '1.0.0' })];
    const errors = checkReleaseNotes(releaseFile(`${HEADER}  - { id: GOV-06, change: added, note: New. }\n`), diffStandards(BEFORE, after), '1.0.0').map(formatContentError);
    expect(errors).toEqual([
      'standards/releases/1.1.0.yaml:4:1  changes: GOV-06 is new in 1.1.0 but says introduced: "1.0.0" (set introduced: "1.1.0" in standards/governance/GOV-06.yaml)',
    ]);
  });

  it("refuses a release in which a standard's file was removed", () => {
    const errors = checkReleaseNotes(releaseFile(`${HEADER}  []\n`.replace('changes:\n  []', 'changes: []')), diffStandards(BEFORE, BEFORE.slice(1)), '1.0.0').map(
      formatContentError,
    );
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('GOV-01 was part of 1.0.0 but its file is gone (keep the file with status: retired and successors, so that old links keep working)');
  });
});
