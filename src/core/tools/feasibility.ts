/**
 * The model of the feasibility go/no-go worksheet: the group's rating of each criterion, the
 * break-even check, and the record of its decision. It holds the rules that turn the ratings into an
 * overall result, and the form read back from a shared link.
 *
 * Nothing here knows about React or about the page's language: the page passes the words it shows.
 */
import { CRITERION_KEYS, type CriterionKey, type FeasibilityData } from './feasibility-criteria';

/** How ready the group is on one criterion. `unrated` until the group rates it. */
export const RATINGS = ['unrated', 'ready', 'needs-work', 'not-ready'] as const;
export type Rating = (typeof RATINGS)[number];

/** The group's decision: none recorded yet, go ahead, do not go ahead, or decide again by a date. */
export const CHOICES = ['none', 'go', 'no-go', 'revisit'] as const;
export type Choice = (typeof CHOICES)[number];

export interface CriterionEntry {
  rating: Rating;
  /** True when a "not ready" on this criterion alone means "not yet". */
  mustHave: boolean;
  /** What must be true to go ahead, agreed before the results came in. */
  bar: string;
  /** What the study found: the evidence behind the rating. */
  evidence: string;
}

/** The break-even inputs as typed: dollars for money, a whole number for units. */
export interface BreakEvenForm {
  /** What one unit is, in the group's words, like "hour of cleaning". */
  unit: string;
  fixedCosts: string;
  price: string;
  variableCost: string;
  expectedUnits: string;
}

export interface DecisionForm {
  choice: Choice;
  /** yyyy-mm-dd or empty. */
  meetingDate: string;
  /** yyyy-mm-dd or empty; needed when the choice is `revisit`. */
  revisitDate: string;
  /** The people present, one per line. */
  present: string;
  votesFor: string;
  votesAgainst: string;
  votesAbstain: string;
  /** Conditions of the decision and next steps, with names and dates. */
  conditions: string;
}

/** Everything the worksheet holds; this is also what the page address keeps. */
export interface FeasibilityForm {
  /** The name of the group or the co-op; empty for the page's default title. */
  title: string;
  criteria: Record<CriterionKey, CriterionEntry>;
  breakEven: BreakEvenForm;
  decision: DecisionForm;
}

/** Limits that keep a shared link short. */
export const MAX_TITLE_LENGTH = 120;
export const MAX_SHORT_TEXT = 80;
export const MAX_NOTE_LENGTH = 800;
export const MAX_PRESENT_LENGTH = 1500;

/** A blank worksheet: nothing rated, the usual must-haves marked, no decision. */
export function defaultFeasibilityForm(data: FeasibilityData): FeasibilityForm {
  const criteria = Object.fromEntries(
    data.criteria.map((criterion) => [criterion.key, { rating: 'unrated', mustHave: criterion.mustHaveByDefault, bar: '', evidence: '' }]),
  ) as Record<CriterionKey, CriterionEntry>;
  return {
    title: '',
    criteria,
    breakEven: { unit: '', fixedCosts: '', price: '', variableCost: '', expectedUnits: '' },
    decision: { choice: 'none', meetingDate: '', revisitDate: '', present: '', votesFor: '', votesAgainst: '', votesAbstain: '', conditions: '' },
  };
}

/**
 * The overall result of the ratings. `not-yet`: do not go ahead now. `incomplete`: some criteria are
 * not rated. `with-conditions`: go ahead only with a written plan for each gap. `ready`: every
 * criterion is ready.
 */
export type Outcome = 'not-yet' | 'incomplete' | 'with-conditions' | 'ready';

export interface OverallResult {
  outcome: Outcome;
  /** The criteria behind the outcome, in worksheet order. */
  mustHaveNotReady: CriterionKey[];
  notReady: CriterionKey[];
  needsWork: CriterionKey[];
  unrated: CriterionKey[];
}

/** How many criteria rated "not ready" mean "not yet", even when none is a must-have. */
export const NOT_READY_LIMIT = 2;

/**
 * The rules, in order: (1) a must-have criterion rated "not ready" means not yet; (2) so do two or
 * more criteria rated "not ready"; (3) otherwise, a criterion not rated leaves the result open;
 * (4) any "needs work" or one "not ready" means go only with conditions; (5) all ready means ready.
 */
export function overallResult(form: FeasibilityForm): OverallResult {
  const withRating = (rating: Rating) => CRITERION_KEYS.filter((key) => form.criteria[key].rating === rating);
  const notReady = withRating('not-ready');
  const result = {
    mustHaveNotReady: notReady.filter((key) => form.criteria[key].mustHave),
    notReady,
    needsWork: withRating('needs-work'),
    unrated: withRating('unrated'),
  };
  if (result.mustHaveNotReady.length > 0 || notReady.length >= NOT_READY_LIMIT) return { outcome: 'not-yet', ...result };
  if (result.unrated.length > 0) return { outcome: 'incomplete', ...result };
  if (notReady.length > 0 || result.needsWork.length > 0) return { outcome: 'with-conditions', ...result };
  return { outcome: 'ready', ...result };
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isOneOf = <T extends string>(options: readonly T[], value: unknown): value is T => typeof value === 'string' && (options as readonly string[]).includes(value);

/** A text field from a link: a string no longer than `max`, or the fallback. */
function text(value: unknown, max: number, fallback = ''): string {
  return typeof value === 'string' && value.length <= max ? value : fallback;
}

function acceptCriterion(raw: unknown, fallback: CriterionEntry): CriterionEntry {
  if (!isRecord(raw)) return fallback;
  return {
    rating: isOneOf(RATINGS, raw.rating) ? raw.rating : fallback.rating,
    mustHave: typeof raw.mustHave === 'boolean' ? raw.mustHave : fallback.mustHave,
    bar: text(raw.bar, MAX_NOTE_LENGTH),
    evidence: text(raw.evidence, MAX_NOTE_LENGTH),
  };
}

/**
 * A worksheet read back from a shared link, or undefined when it is not one. Each field is checked:
 * an odd or missing field takes its blank value, and extra fields are dropped.
 */
export function acceptFeasibilityForm(data: FeasibilityData, raw: unknown): FeasibilityForm | undefined {
  if (!isRecord(raw) || !isRecord(raw.criteria)) return undefined;
  const blank = defaultFeasibilityForm(data);
  const criteriaRaw = raw.criteria;
  const breakEvenRaw = isRecord(raw.breakEven) ? raw.breakEven : {};
  const decisionRaw = isRecord(raw.decision) ? raw.decision : {};
  const criteria = Object.fromEntries(CRITERION_KEYS.map((key) => [key, acceptCriterion(criteriaRaw[key], blank.criteria[key])])) as Record<CriterionKey, CriterionEntry>;
  const short = (record: Record<string, unknown>, key: string) => text(record[key], MAX_SHORT_TEXT);
  return {
    title: text(raw.title, MAX_TITLE_LENGTH),
    criteria,
    breakEven: {
      unit: short(breakEvenRaw, 'unit'),
      fixedCosts: short(breakEvenRaw, 'fixedCosts'),
      price: short(breakEvenRaw, 'price'),
      variableCost: short(breakEvenRaw, 'variableCost'),
      expectedUnits: short(breakEvenRaw, 'expectedUnits'),
    },
    decision: {
      choice: isOneOf(CHOICES, decisionRaw.choice) ? decisionRaw.choice : 'none',
      meetingDate: short(decisionRaw, 'meetingDate'),
      revisitDate: short(decisionRaw, 'revisitDate'),
      present: text(decisionRaw.present, MAX_PRESENT_LENGTH),
      votesFor: short(decisionRaw, 'votesFor'),
      votesAgainst: short(decisionRaw, 'votesAgainst'),
      votesAbstain: short(decisionRaw, 'votesAbstain'),
      conditions: text(decisionRaw.conditions, MAX_NOTE_LENGTH),
    },
  };
}
