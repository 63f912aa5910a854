/**
 * What the feasibility worksheet's downloads hold, in the page's words: the table of criteria, then
 * short sections of label-and-value pairs (the overall result, the break-even check, the decision).
 * The CSV writes them one after the other; the DOCX writes them as tables under headings.
 */
import { toCsv } from '../csv';
import type { Choice, FeasibilityForm, Outcome, Rating } from './feasibility';
import { overallResult } from './feasibility';
import type { CriterionKey, FeasibilityData } from './feasibility-criteria';
import { presentNames, readBreakEven, readDecision } from './feasibility-form';
import { centsToDecimal, parseDollars } from './money';

export interface FeasibilityLabels {
  columns: { criterion: string; standards: string; mustHave: string; rating: string; bar: string; evidence: string };
  criteria: Record<CriterionKey, string>;
  ratings: Record<Rating, string>;
  outcomes: Record<Outcome, string>;
  choices: Record<Choice, string>;
  yes: string;
  no: string;
  sections: { result: string; breakEven: string; decision: string };
  result: { outcome: string; mustHaveNotReady: string; notReady: string; needsWork: string; unrated: string };
  breakEven: {
    unit: string;
    fixedCosts: string;
    price: string;
    variableCost: string;
    margin: string;
    units: string;
    sales: string;
    expectedUnits: string;
    share: string;
    resultAtExpected: string;
    noMargin: string;
  };
  decision: { choice: string; meetingDate: string; revisitDate: string; present: string; votesFor: string; votesAgainst: string; votesAbstain: string; conditions: string };
}

/** A section of the downloads: a heading and its label-and-value rows. */
export interface FeasibilitySection {
  heading: string;
  rows: Array<[string, string]>;
}

/** The criteria table: a header row, then one row per criterion in worksheet order. */
export function feasibilityCriteriaRows(data: FeasibilityData, form: FeasibilityForm, labels: FeasibilityLabels): string[][] {
  const { columns } = labels;
  const header = [columns.criterion, columns.standards, columns.mustHave, columns.rating, columns.bar, columns.evidence];
  const body = data.criteria.map(({ key, standards }) => {
    const entry = form.criteria[key];
    return [labels.criteria[key], standards.join(', '), entry.mustHave ? labels.yes : labels.no, labels.ratings[entry.rating], entry.bar.trim(), entry.evidence.trim()];
  });
  return [header, ...body];
}

function resultSection(form: FeasibilityForm, labels: FeasibilityLabels): FeasibilitySection {
  const result = overallResult(form);
  const names = (keys: CriterionKey[]) => keys.map((key) => labels.criteria[key]).join('; ');
  const rows: Array<[string, string]> = [[labels.result.outcome, labels.outcomes[result.outcome]]];
  const lists: Array<[string, CriterionKey[]]> = [
    [labels.result.mustHaveNotReady, result.mustHaveNotReady],
    [labels.result.notReady, result.notReady],
    [labels.result.needsWork, result.needsWork],
    [labels.result.unrated, result.unrated],
  ];
  for (const [label, keys] of lists) if (keys.length > 0) rows.push([label, names(keys)]);
  return { heading: labels.sections.result, rows };
}

/** The break-even section, or undefined when its fields are empty or wrong. */
function breakEvenSection(form: FeasibilityForm, labels: FeasibilityLabels): FeasibilitySection | undefined {
  const words = labels.breakEven;
  const reading = readBreakEven(form.breakEven);
  if (reading.empty || Object.keys(reading.errors).length > 0) return undefined;
  const typed = form.breakEven;
  const rows: Array<[string, string]> = [];
  if (typed.unit.trim()) rows.push([words.unit, typed.unit.trim()]);
  // The fields were checked above; write the amounts as plain decimals that every spreadsheet reads.
  const amount = (value: string) => centsToDecimal(parseDollars(value) ?? 0);
  rows.push([words.fixedCosts, amount(typed.fixedCosts)], [words.price, amount(typed.price)], [words.variableCost, amount(typed.variableCost)]);
  if (typed.expectedUnits.trim()) rows.push([words.expectedUnits, typed.expectedUnits.trim()]);
  const { result } = reading;
  if (!result) return { heading: labels.sections.breakEven, rows: [...rows, [words.units, words.noMargin]] };
  rows.push([words.margin, centsToDecimal(result.marginCents)], [words.units, String(result.units)], [words.sales, centsToDecimal(result.salesCents)]);
  if (result.shareOfExpected !== undefined) rows.push([words.share, (Math.round(result.shareOfExpected * 1000) / 10).toFixed(1)]);
  if (result.resultAtExpectedCents !== undefined) rows.push([words.resultAtExpected, centsToDecimal(result.resultAtExpectedCents)]);
  return { heading: labels.sections.breakEven, rows };
}

function decisionSection(form: FeasibilityForm, labels: FeasibilityLabels): FeasibilitySection {
  const words = labels.decision;
  const typed = form.decision;
  const votes = readDecision(typed, overallResult(form).outcome).votes;
  const rows: Array<[string, string]> = [[words.choice, labels.choices[typed.choice]]];
  if (typed.meetingDate.trim()) rows.push([words.meetingDate, typed.meetingDate.trim()]);
  if (typed.choice === 'revisit' && typed.revisitDate.trim()) rows.push([words.revisitDate, typed.revisitDate.trim()]);
  const present = presentNames(typed.present);
  if (present.length > 0) rows.push([words.present, present.join('; ')]);
  if (votes && votes.for + votes.against + votes.abstain > 0) {
    rows.push([words.votesFor, String(votes.for)], [words.votesAgainst, String(votes.against)], [words.votesAbstain, String(votes.abstain)]);
  }
  if (typed.conditions.trim()) rows.push([words.conditions, typed.conditions.trim()]);
  return { heading: labels.sections.decision, rows };
}

/** The sections under the criteria table, in order; the break-even check only when it has a result. */
export function feasibilitySections(form: FeasibilityForm, labels: FeasibilityLabels): FeasibilitySection[] {
  const breakEven = breakEvenSection(form, labels);
  return [resultSection(form, labels), ...(breakEven ? [breakEven] : []), decisionSection(form, labels)];
}

/**
 * The CSV (RFC 4180, UTF-8 with a byte-order mark, CRLF): the title, the criteria table, then each
 * section as a heading row followed by its label-and-value rows, with an empty row between parts.
 */
export function feasibilityCsv(data: FeasibilityData, form: FeasibilityForm, title: string, labels: FeasibilityLabels): string {
  const rows: string[][] = [[title], [], ...feasibilityCriteriaRows(data, form, labels)];
  for (const section of feasibilitySections(form, labels)) rows.push([], [section.heading], ...section.rows);
  return toCsv(rows);
}
