import { describe, expect, it } from 'vitest';
import { changedFields, diffByLine, diffStandards, diffText } from './diff';
import { standardForTests } from './standard-for-tests';

const standard = standardForTests;

describe('diffStandards', () => {
  it('calls every standard of the first release added', () => {
    const { changes, forbidden } = diffStandards([], [standard('GOV-01'), standard('GOV-02')]);
    expect(changes.map((change) => [change.id, change.change])).toEqual([
      ['GOV-01', 'added'],
      ['GOV-02', 'added'],
    ]);
    expect(forbidden).toEqual([]);
  });

  it('leaves out standards that did not change, and names the fields of those that did', () => {
    const before = [standard('GOV-01'), standard('GOV-02')];
    const after = [standard('GOV-01'), standard('GOV-02', { guidance: 'Hold the meeting and send the numbers a week ahead.', level: 'recommended' })];
    const { changes } = diffStandards(before, after);
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({ id: 'GOV-02', change: 'changed', fields: ['guidance', 'level'] });
  });

  it('tells a move (a successor with relation moved) from a retirement', () => {
    const before = [standard('GOV-01'), standard('GOV-02'), standard('GOV-03')];
    const after = [
      standard('GOV-01', { status: 'retired', successors: [{ id: 'MEM-09', relation: 'moved' }] }),
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
      standard('MEM-09', { domain: 'membership', introduced: '1.1.0' }),
    ];
    const { changes } = diffStandards(before, after);
    expect(changes.map((change) => [change.id, change.change])).toEqual([
      ['GOV-01', 'moved'],
      ['GOV-02', 'retired'],
      ['GOV-04', 'added'],
      ['GOV-05', 'added'],
      ['MEM-09', 'added'],
    ]);
    expect(changes[1]!.successors.map((successor) => successor.id)).toEqual(['GOV-04', 'GOV-05']);
  });

  it('sorts by ID number, not by text', () => {
    const { changes } = diffStandards([], [standard('GOV-10'), standard('GOV-9'), standard('FIN-02')]);
    expect(changes.map((change) => change.id)).toEqual(['FIN-02', 'GOV-9', 'GOV-10']);
  });

  it('reports a removed file and a retired ID used again as forbidden', () => {
    const before = [standard('GOV-01'), standard('GOV-02', { status: 'retired', successors: [{ id: 'GOV-01', relation: 'covered' }] })];
    const after = [standard('GOV-02')];
    expect(diffStandards(before, after).forbidden).toEqual([
      { id: 'GOV-01', problem: 'removed' },
      { id: 'GOV-02', problem: 'revived' },
    ]);
  });

  it('does not count where a record was read from as a change', () => {
    expect(changedFields(standard('GOV-01'), standard('GOV-01', { file: 'elsewhere.yaml' }))).toEqual([]);
  });
});

describe('diffText', () => {
  it('marks the words added and removed, keeping both texts whole', () => {
    const before = 'Send the financial summary before the meeting.';
    const after = 'Send the plain-language financial summary a week before the meeting.';
    const parts = diffText(before, after);
    const text = (kinds: string[]) =>
      parts
        .filter((part) => kinds.includes(part.kind))
        .map((part) => part.text)
        .join('');
    expect(text(['same', 'removed'])).toBe(before);
    expect(text(['same', 'added'])).toBe(after);
    expect(parts.filter((part) => part.kind === 'added').map((part) => part.text.trim())).toEqual(['plain-language', 'a week']);
    expect(parts.some((part) => part.kind === 'removed')).toBe(false);
  });

  it('shows a replaced word as one removal and one addition', () => {
    const parts = diffText('Meet every year.', 'Meet every quarter.');
    expect(parts).toEqual([
      { kind: 'same', text: 'Meet every ' },
      { kind: 'removed', text: 'year' },
      { kind: 'added', text: 'quarter' },
      { kind: 'same', text: '.' },
    ]);
  });
});

describe('diffByLine', () => {
  it('keeps the changed lines whole and counts the unchanged ones', () => {
    const before = 'Hold the meeting.\nSend the agenda.\nKeep minutes.\nShare them.';
    const after = 'Hold the meeting.\nSend the agenda a week ahead.\nKeep minutes.\nShare them.';
    expect(diffByLine(before, after)).toEqual([
      { kind: 'unchanged', lines: 1 },
      {
        kind: 'changed',
        parts: [
          { kind: 'same', text: 'Send the agenda' },
          { kind: 'added', text: ' a week ahead' },
          { kind: 'same', text: '.' },
        ],
      },
      { kind: 'unchanged', lines: 2 },
    ]);
  });

  it('shows a new line as a changed line of added words', () => {
    expect(diffByLine('One.', 'One.\nTwo.')).toEqual([
      { kind: 'unchanged', lines: 1 },
      { kind: 'changed', parts: [{ kind: 'added', text: 'Two.' }] },
    ]);
  });
});
