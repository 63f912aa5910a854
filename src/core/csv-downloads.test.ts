import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { ChecklistDocument } from './checklists/document';
import { checklistCsv } from './checklists/formats/csv';
import { checklistLabels } from './checklists/labels';
import { loadLibraryOrThrow } from './load';
import { buildEdition } from './releases/pack/edition';
import { standardsCsv } from './releases/pack/standards-csv';
import { decisionMatrixCsv, type DecisionMatrixLabels } from './tools/decision-matrix';
import { defaultFeasibilityForm } from './tools/feasibility';
import { feasibilityCsv, type FeasibilityLabels } from './tools/feasibility-export';
import { allocatePatronage } from './tools/patronage';
import { patronageCsv, type PatronageCsvLabels } from './tools/patronage-csv';
import { scoreReadiness } from './tools/readiness';
import { readinessCsv, type ReadinessReportLabels } from './tools/readiness-report';
import { projectToolDataIn } from './tool-data/project';

// What someone could type as a member's name, or put in a link they send: a formula that opens a site.
const FORMULA = '=HYPERLINK("http://x","y")';

const cells = (csv: string): string[] => (parse(csv, { bom: true, relaxColumnCount: true }) as string[][]).flat();
/** The cells that hold the formula's text; each must be one that a spreadsheet shows as text. */
const formulaCells = (csv: string) => cells(csv).filter((cell) => cell.includes('HYPERLINK'));

// The words of each download matter nothing here, so each label is its own key.
const keys = <K extends string>(...names: K[]) => Object.fromEntries(names.map((name): [K, string] => [name, name])) as Record<K, string>;

describe('every CSV download', () => {
  it('writes a checklist whose standard text starts like a formula as text', () => {
    const item = { id: 'GOV-01', title: FORMULA, statement: `-${FORMULA}`, level: 'Core', stages: 'Plan', url: 'https://example.org/standards/GOV-01' };
    const document: ChecklistDocument = {
      id: 'sample',
      language: 'en',
      title: 'Sample',
      purpose: 'A sample checklist.',
      edition: 'Standards',
      version: '1.0.0',
      url: 'https://example.org/checklists/sample',
      groups: [{ title: '@group', items: [item] }],
      labels: checklistLabels('en'),
    };
    const csv = checklistCsv(document);
    expect(formulaCells(csv)).toEqual([`'${FORMULA}`, `'-${FORMULA}`]);
    expect(cells(csv)).toContain("'@group");
  });

  it("writes the release pack's standards table with a formula-like statement as text", () => {
    const library = loadLibraryOrThrow(path.resolve(__dirname, '../../tests/fixtures/valid'));
    const [first, ...rest] = library.standards;
    const tampered = { ...library, standards: [{ ...first!, statement: FORMULA }, ...rest] };
    const csv = standardsCsv(buildEdition(tampered, 'en', { siteUrl: 'https://example.org', projectRoot: '.' }));
    expect(formulaCells(csv)).toEqual([`'${FORMULA}`]);
  });

  it("writes a patronage member's formula-like name as text, and a loss as a plain negative number", () => {
    const result = allocatePatronage({
      netMargin: -12_000.5,
      reservePercent: 30,
      basis: 'hours',
      hoursWeightPercent: 50,
      cashPercent: 20,
      members: [
        { name: FORMULA, hours: 1000, wages: 40_000 },
        { name: 'Luis', hours: 1000, wages: 40_000 },
      ],
    });
    const labels: PatronageCsvLabels = keys(
      'member',
      'hours',
      'wages',
      'share',
      'allocation',
      'cash',
      'retained',
      'total',
      'netMargin',
      'reserve',
      'allocated',
      'coopTax',
      'year',
      'opening',
      'redeemed',
      'closing',
    );
    const rows = parse(patronageCsv(result, labels), { bom: true, relaxColumnCount: true }) as string[][];
    expect(rows.find((row) => row[0] === 'netMargin')).toEqual(['netMargin', '-12000.50']);
    expect(rows.flat().filter((cell) => cell.includes('HYPERLINK'))).toEqual([`'${FORMULA}`]);
    expect(
      rows
        .find((row) => row[0] === `'${FORMULA}`)!
        .slice(1)
        .every((cell) => Number.isFinite(Number(cell))),
    ).toBe(true);
  });

  it("writes a decision's formula-like name and notes as text", () => {
    const labels: DecisionMatrixLabels = {
      columns: keys('decision', 'decides', 'consulted', 'vote', 'notes', 'reserved'),
      parties: keys('members', 'board', 'managers', 'committee'),
      nobody: 'nobody',
      votes: keys('majority', 'two-thirds', 'consensus', 'none'),
      yes: 'yes',
      unnamed: 'unnamed',
    };
    const decision = { id: 1, name: FORMULA, decides: 'members', consulted: 'none', vote: 'majority', notes: ` +${FORMULA}`, reserved: false } as const;
    const csv = decisionMatrixCsv({ title: '', date: '', decisions: [decision] }, labels);
    expect(formulaCells(csv)).toEqual([`'${FORMULA}`, `'+${FORMULA}`]);
  });

  it('writes a readiness report for a business whose name, read from a link, is a formula, as text', () => {
    const labels: ReadinessReportLabels = {
      ...keys('title', 'overallHeading', 'noAnswer', 'nextStepsHeading', 'notAdvice'),
      overall: keys('start', 'not-yet', 'find-out', 'getting-ready', 'ready'),
      bands: keys('strength', 'gap', 'barrier', 'unknown'),
      columns: keys('factor', 'result', 'points', 'outOf', 'questions', 'answered', 'unsure', 'question', 'answer', 'nextStep', 'standards', 'lessons'),
      pointsOf: (points, outOf) => `${points}/${outOf}`,
    };
    const csv = readinessCsv(
      { business: `@${FORMULA}`, date: '', answers: {} },
      scoreReadiness(projectToolDataIn('en').readiness, {}),
      projectToolDataIn('en').readiness,
      labels,
      (id) => id,
    );
    expect(formulaCells(csv)).toEqual([`'@${FORMULA}`]);
  });

  it("writes a feasibility worksheet's formula-like title and notes as text", () => {
    const labels: FeasibilityLabels = {
      columns: keys('criterion', 'standards', 'mustHave', 'rating', 'bar', 'evidence'),
      criteria: keys('market', 'commitment', 'management', 'capital', 'pricing', 'legal', 'risks'),
      ratings: keys('unrated', 'ready', 'needs-work', 'not-ready'),
      outcomes: keys('not-yet', 'incomplete', 'with-conditions', 'ready'),
      choices: keys('none', 'go', 'no-go', 'revisit'),
      ...keys('yes', 'no'),
      sections: keys('result', 'breakEven', 'decision'),
      result: keys('outcome', 'mustHaveNotReady', 'notReady', 'needsWork', 'unrated'),
      breakEven: keys('unit', 'fixedCosts', 'price', 'variableCost', 'margin', 'units', 'sales', 'expectedUnits', 'share', 'resultAtExpected', 'noMargin'),
      decision: keys('choice', 'meetingDate', 'revisitDate', 'present', 'votesFor', 'votesAgainst', 'votesAbstain', 'conditions'),
    };
    const form = defaultFeasibilityForm(projectToolDataIn('en').feasibility);
    form.criteria.market.evidence = `-${FORMULA}`;
    form.decision.conditions = FORMULA;
    const csv = feasibilityCsv(projectToolDataIn('en').feasibility, form, FORMULA, labels);
    expect(formulaCells(csv)).toEqual([`'${FORMULA}`, `'-${FORMULA}`, `'${FORMULA}`]);
  });
});
