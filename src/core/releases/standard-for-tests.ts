/** A complete, valid standard record for tests of releases, with any field overridden. */
import type { StandardRecord } from '../model';

export function standardForTests(id: string, overrides: Partial<StandardRecord> = {}): StandardRecord {
  return {
    id,
    title: `Title of ${id}`,
    domain: 'governance',
    statement: 'Members meet at least once a year.',
    rationale: 'Why.',
    guidance: 'Hold the meeting.',
    evidence: ['Minutes.'],
    level: 'core',
    stages: ['operate'],
    pathways: ['startup'],
    audiences: ['worker-owner'],
    related: [],
    sources: [{ title: 'Source', publisher: 'Publisher', year: 2020, checked: '2026-11-26' }],
    status: 'active',
    introduced: '1.0.0',
    file: `standards/governance/${id}.yaml`,
    ...overrides,
  };
}
