import { parse } from 'csv-parse/sync';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { decisionMatrixDocx } from './decision-matrix-docx';
import { readinessRecommendations, scoreReadiness, type ReadinessState } from './readiness';
import { PRINT_SHOP } from './readiness-example';
import { readinessCsv, readinessDocxIntro, readinessDocxRows, readinessNextStepLines, type ReadinessReportLabels } from './readiness-report';
import { readinessData } from './readiness-questions';

const EN = readinessData('en');
const ES = readinessData('es');

const LABELS: ReadinessReportLabels = {
  title: 'Conversion readiness report',
  overallHeading: 'Overall picture',
  overall: { start: 'Start', 'not-yet': 'Not ready yet', 'find-out': 'Find out more', 'getting-ready': 'Getting ready', ready: 'A strong start' },
  bands: { strength: 'Strength', gap: 'Gap to close', barrier: 'Serious barrier', unknown: 'Needs more answers' },
  columns: {
    factor: 'Factor',
    result: 'Result',
    points: 'Points',
    outOf: 'Out of',
    questions: 'Questions',
    answered: 'Answered',
    unsure: 'Not sure',
    question: 'Question',
    answer: 'Answer',
    nextStep: 'Next step',
    standards: 'Standards',
    lessons: 'Lessons',
  },
  pointsOf: (points, outOf) => `${points} of ${outOf}`,
  noAnswer: '(no answer)',
  nextStepsHeading: 'Next steps',
  notAdvice: 'Not legal advice.',
};
const lessonTitle = (id: string) => `Lesson ${id.split('/').at(-1)}`;
const state: ReadinessState = { business: 'Print shop', date: '2026-03-02', answers: PRINT_SHOP };
const result = scoreReadiness(EN, PRINT_SHOP);

describe('readinessCsv', () => {
  const csv = readinessCsv(state, result, EN, LABELS, lessonTitle);
  const rows: string[][] = parse(csv.slice(1), { relaxColumnCount: true });

  it('is UTF-8 with a byte-order mark and CRLF line ends', () => {
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toContain('\r\n');
  });

  it('starts with the title, the overall picture and one row per factor with its points', () => {
    expect(rows[0]).toEqual(['Conversion readiness report', 'Print shop', '2026-03-02']);
    expect(rows[1]).toEqual(['Overall picture', 'Not ready yet']);
    expect(rows[2]).toEqual(['']);
    expect(rows[3]).toEqual(['Factor', 'Result', 'Points', 'Out of', 'Questions', 'Answered', 'Not sure', 'Lessons']);
    expect(rows.slice(4, 9).map((row) => row.slice(1, 7))).toEqual([
      ['Gap to close', '9', '15', '5', '5', '0'],
      ['Strength', '10', '15', '5', '5', '0'],
      ['Serious barrier', '2', '15', '5', '5', '0'],
      ['Needs more answers', '4', '6', '5', '5', '3'],
      ['Gap to close', '7', '12', '4', '4', '0'],
    ]);
    expect(rows[4]![0]).toBe("The owner's timeline and goals");
    expect(rows[5]![7]).toBe('Lesson readiness-and-valuation; Lesson financing-and-section-1042');
  });

  it('then lists every answer, with the next step and standards only for a low or "not sure" answer', () => {
    expect(rows[9]).toEqual(['']);
    expect(rows[10]).toEqual(['Factor', 'Question', 'Answer', 'Points', 'Next step', 'Standards']);
    expect(rows).toHaveLength(11 + 24);
    const timeline = rows.find((row) => row[1] === 'How long until the owner wants to step away?')!;
    expect(timeline).toEqual(["The owner's timeline and goals", 'How long until the owner wants to step away?', '1 to 2 years', '2', '', '']);
    const interest = rows.find((row) => row[1] === 'Workers have shown interest in owning the business.')!;
    expect(interest.slice(2, 4)).toEqual(['Not sure', '']);
    expect(interest[4]).toMatch(/^Offer co-op education to all workers/);
    expect(interest[5]).toBe('CONV-05 FORM-03');
  });

  it('writes the questions and choices in Spanish for the Spanish page', () => {
    const spanish: string[][] = parse(readinessCsv(state, result, ES, LABELS, lessonTitle).slice(1), { relaxColumnCount: true });
    const timeline = spanish.find((row) => row[1] === '¿Cuánto falta para que el dueño quiera retirarse?')!;
    expect(timeline[2]).toBe('De 1 a 2 años');
    expect(spanish.some((row) => row[2] === 'No lo sé')).toBe(true);
  });

  it('marks unanswered questions', () => {
    const empty: string[][] = parse(readinessCsv({ business: '', date: '', answers: {} }, scoreReadiness(EN, {}), EN, LABELS, lessonTitle).slice(1), { relaxColumnCount: true });
    expect(empty[0]).toEqual(['Conversion readiness report']);
    expect(empty[4]!.slice(1, 4)).toEqual(['Needs more answers', '', '']);
    expect(empty.slice(11).every((row) => row[2] === '(no answer)')).toBe(true);
  });
});

describe('the DOCX report', () => {
  it('holds the overall picture, the factor table and the next steps, in order', async () => {
    const lines = readinessNextStepLines(readinessRecommendations(EN, result, PRINT_SHOP), EN, LABELS, lessonTitle);
    expect(lines[0]).toBe('Next steps');
    expect(lines[1]).toBe('Management depth: Serious barrier');
    expect(lines[2]).toBe('• Map every task the owner does. For each one, name who will learn it, how and by when. (CONV-06, FORM-07)');
    expect(lines.at(-1)).toBe('Not legal advice.');
    const file = await decisionMatrixDocx(readinessDocxRows(result, EN, LABELS), LABELS.title, {
      dateLine: readinessDocxIntro(state, result, LABELS),
      after: lines,
      page: 'Page',
      of: 'of',
    });
    const buffer = Buffer.isBuffer(file) ? file : Buffer.from(await file.arrayBuffer());
    const [{ value: raw }, { value: html }] = await Promise.all([mammoth.extractRawText({ buffer }), mammoth.convertToHtml({ buffer })]);
    expect(raw).toContain('Print shop · 2026-03-02 · Overall picture: Not ready yet');
    expect(html.match(/<tr>/g)).toHaveLength(6);
    expect(html).toContain('2 of 15');
    expect(raw.indexOf('Management depth: Serious barrier')).toBeGreaterThan(raw.indexOf('2 of 15'));
  });
});
