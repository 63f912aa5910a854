import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { defaultFeasibilityForm, type FeasibilityForm } from './feasibility';
import { feasibilityDocx } from './feasibility-docx';
import { feasibilityCriteriaRows, feasibilityCsv, feasibilitySections, type FeasibilityLabels } from './feasibility-export';
import { projectToolDataIn } from '../tool-data/project';

const FEASIBILITY = projectToolDataIn('en').feasibility;

const LABELS: FeasibilityLabels = {
  columns: { criterion: 'Criterion', standards: 'Standards', mustHave: 'Must-have', rating: 'Rating', bar: 'What must be true', evidence: 'Evidence' },
  criteria: { market: 'Market', commitment: 'Commitment', management: 'Management', capital: 'Capital', pricing: 'Pricing', legal: 'Legal', risks: 'Risks' },
  ratings: { unrated: 'Not rated', ready: 'Ready', 'needs-work': 'Needs work', 'not-ready': 'Not ready' },
  outcomes: { 'not-yet': 'Not yet', incomplete: 'Not finished', 'with-conditions': 'Go with conditions', ready: 'Ready' },
  choices: { none: 'None yet', go: 'Go', 'no-go': 'No-go', revisit: 'Revisit' },
  yes: 'Yes',
  no: 'No',
  sections: { result: 'Result', breakEven: 'Break-even', decision: 'Decision' },
  result: { outcome: 'Outcome', mustHaveNotReady: 'Must-haves not ready', notReady: 'Not ready', needsWork: 'Needs work', unrated: 'Not rated' },
  breakEven: {
    unit: 'Unit',
    fixedCosts: 'Fixed costs',
    price: 'Price',
    variableCost: 'Variable cost',
    margin: 'Margin',
    units: 'Break-even units',
    sales: 'Break-even sales',
    expectedUnits: 'Expected units',
    share: 'Share (%)',
    resultAtExpected: 'Profit or shortfall',
    noMargin: 'None: the price is not above the variable cost',
  },
  decision: {
    choice: 'Decision',
    meetingDate: 'Meeting date',
    revisitDate: 'Decide again by',
    present: 'Present',
    votesFor: 'For',
    votesAgainst: 'Against',
    votesAbstain: 'Abstain',
    conditions: 'Conditions',
  },
};

/** The lesson's cleaning co-op, with two criteria that need work and a decision to revisit. */
function example(): FeasibilityForm {
  const form = defaultFeasibilityForm(FEASIBILITY);
  for (const criterion of Object.values(form.criteria)) criterion.rating = 'ready';
  form.criteria.market = { rating: 'needs-work', mustHave: true, bar: 'Letters of intent for "half" of year one', evidence: '12 letters, 3 paid jobs' };
  form.criteria.legal.rating = 'needs-work';
  form.breakEven = { unit: 'hour of cleaning', fixedCosts: '24,000', price: '48', variableCost: '', expectedUnits: '600' };
  form.decision = {
    choice: 'revisit',
    meetingDate: '2026-03-14',
    revisitDate: '2026-05-02',
    present: 'Ana\nLuis\nMaría',
    votesFor: '3',
    votesAgainst: '0',
    votesAbstain: '',
    conditions: 'Ana: two more letters by April 15.',
  };
  return form;
}

describe('the feasibility downloads', () => {
  it('list each criterion with its standards, must-have mark, rating and notes', () => {
    const rows = feasibilityCriteriaRows(FEASIBILITY, example(), LABELS);
    expect(rows).toHaveLength(8);
    expect(rows[0]).toEqual(['Criterion', 'Standards', 'Must-have', 'Rating', 'What must be true', 'Evidence']);
    expect(rows[1]).toEqual(['Market', 'FEAS-01, FEAS-03', 'Yes', 'Needs work', 'Letters of intent for "half" of year one', '12 letters, 3 paid jobs']);
    expect(rows[3]).toEqual(['Management', 'FEAS-06, FORM-07', 'No', 'Ready', '', '']);
  });

  it('write the result, the break-even check worked out, and the decision', () => {
    expect(feasibilitySections(example(), LABELS)).toEqual([
      {
        heading: 'Result',
        rows: [
          ['Outcome', 'Go with conditions'],
          ['Needs work', 'Market; Legal'],
        ],
      },
      {
        heading: 'Break-even',
        rows: [
          ['Unit', 'hour of cleaning'],
          ['Fixed costs', '24000.00'],
          ['Price', '48.00'],
          ['Variable cost', '0.00'],
          ['Expected units', '600'],
          ['Margin', '48.00'],
          ['Break-even units', '500'],
          ['Break-even sales', '24000.00'],
          ['Share (%)', '83.3'],
          ['Profit or shortfall', '4800.00'],
        ],
      },
      {
        heading: 'Decision',
        rows: [
          ['Decision', 'Revisit'],
          ['Meeting date', '2026-03-14'],
          ['Decide again by', '2026-05-02'],
          ['Present', 'Ana; Luis; María'],
          ['For', '3'],
          ['Against', '0'],
          ['Abstain', '0'],
          ['Conditions', 'Ana: two more letters by April 15.'],
        ],
      },
    ]);
  });

  it('leave out the break-even check until it has numbers, and say when there is no break-even', () => {
    const blank = defaultFeasibilityForm(FEASIBILITY);
    expect(feasibilitySections(blank, LABELS).map((section) => section.heading)).toEqual(['Result', 'Decision']);
    expect(feasibilitySections(blank, LABELS)[1]!.rows).toEqual([['Decision', 'None yet']]);
    const noMargin = { ...blank, breakEven: { ...blank.breakEven, fixedCosts: '1000', price: '4', variableCost: '5' } };
    expect(feasibilitySections(noMargin, LABELS)[1]!.rows.at(-1)).toEqual(['Break-even units', 'None: the price is not above the variable cost']);
  });

  it('write a CSV with a byte-order mark, CRLF line ends and quotes only where needed', () => {
    const lines = feasibilityCsv(FEASIBILITY, example(), 'Sunrise Cleaning Co-op', LABELS).split('\r\n');
    expect(lines[0]).toBe('\uFEFFSunrise Cleaning Co-op');
    expect(lines[1]).toBe('');
    expect(lines[2]).toBe('Criterion,Standards,Must-have,Rating,What must be true,Evidence');
    expect(lines[3]).toBe('Market,"FEAS-01, FEAS-03",Yes,Needs work,"Letters of intent for ""half"" of year one","12 letters, 3 paid jobs"');
    expect(lines.slice(10, 14)).toEqual(['', 'Result', 'Outcome,Go with conditions', 'Needs work,Market; Legal']);
    expect(lines).toContain('Fixed costs,24000.00');
    expect(lines).toContain('Break-even units,500');
    expect(lines.at(-2)).toBe('Conditions,Ana: two more letters by April 15.');
    expect(lines.at(-1)).toBe('');
  });

  it('write a Word file with the title, the criteria table, each section and the notes', async () => {
    const form = example();
    const file = await feasibilityDocx({
      title: 'Sunrise Cleaning Co-op',
      criteriaRows: feasibilityCriteriaRows(FEASIBILITY, form, LABELS),
      sections: feasibilitySections(form, LABELS),
      after: ['The members decide.'],
      page: 'Page',
      of: 'of',
    });
    const buffer = Buffer.isBuffer(file) ? file : Buffer.from(await file.arrayBuffer());
    expect(buffer.subarray(0, 2).toString()).toBe('PK');
    const [{ value: raw }, { value: html }] = await Promise.all([mammoth.extractRawText({ buffer }), mammoth.convertToHtml({ buffer })]);
    expect(html.match(/<table>/g)).toHaveLength(4);
    expect(html).toContain('<h2>Break-even</h2>');
    expect(html).toContain('Ana: two more letters by April 15.');
    const order = ['Sunrise Cleaning Co-op', 'Letters of intent', 'Go with conditions', 'Break-even units', 'Decide again by', 'The members decide.'];
    const positions = order.map((text) => raw.indexOf(text));
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });
});
