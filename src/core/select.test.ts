import { describe, expect, it } from 'vitest';
import type { Standard } from './generated/content-types';
import { selectStandardsForProfile } from './select';

function standard(id: string, overrides: Partial<Standard> = {}): Standard {
  return {
    id,
    title: id,
    domain: 'finance',
    statement: 'A statement that is long enough.',
    rationale: 'r',
    guidance: 'g',
    evidence: ['e'],
    level: 'core',
    stages: ['plan'],
    pathways: ['startup'],
    audiences: ['lender'],
    related: [],
    sources: [{ title: 't', publisher: 'p', year: 2020, checked: '2026-11-26' }],
    status: 'active',
    introduced: '1.0.0',
    ...overrides,
  };
}

const STANDARDS = [
  standard('FIN-01'),
  standard('FIN-02', { level: 'advanced' }),
  standard('GOV-01', { domain: 'governance', audiences: ['worker-owner'] }),
  standard('GOV-02', { domain: 'governance', status: 'retired', successors: [{ id: 'GOV-01', relation: 'covered' }] }),
];
const ids = (list: Standard[]) => list.map((item) => item.id);

describe('selectStandardsForProfile', () => {
  it('selects the standards that match every filter', () => {
    expect(ids(selectStandardsForProfile({ audiences: ['lender'], levels: ['core'] }, STANDARDS))).toEqual(['FIN-01']);
  });

  it('adds the standards named in include', () => {
    expect(ids(selectStandardsForProfile({ levels: ['advanced'], include: ['GOV-01'] }, STANDARDS))).toEqual(['FIN-02', 'GOV-01']);
  });

  it('lets exclude win over include and filters', () => {
    expect(ids(selectStandardsForProfile({ domains: ['finance'], include: ['GOV-01'], exclude: ['GOV-01', 'FIN-02'] }, STANDARDS))).toEqual(['FIN-01']);
  });

  it('never selects a retired standard', () => {
    expect(ids(selectStandardsForProfile({ domains: ['governance'], include: ['GOV-02'] }, STANDARDS))).toEqual(['GOV-01']);
  });

  it('selects nothing from include alone when it is empty', () => {
    expect(selectStandardsForProfile({ include: [] }, STANDARDS)).toEqual([]);
  });
});
