import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import {
  acceptChoices,
  buildComparison,
  choiceProblems,
  comparisonCsv,
  comparisonRows,
  DEFAULT_CHOICES,
  FORM_IDS,
  PRIORITY_IDS,
  TOPIC_IDS,
  toggleChoice,
  type ComparisonCsvLabels,
} from './entity-comparison';
import { projectToolDataIn } from '../tool-data/project';

// The real data of tool-data/entity-comparison.yaml and its Spanish translation, with each text in both languages side by side.
const DATA = { en: projectToolDataIn('en').entityComparison, es: projectToolDataIn('es').entityComparison };
type Both<T> = T extends string
  ? { en: string; es: string }
  : T extends readonly (infer Item)[]
    ? Both<Item>[]
    : { [Key in keyof T]: Key extends 'sources' | 'bears' | 'id' ? T[Key] : Both<T[Key]> };
function both<T>(en: T, es: T, key = ''): Both<T> {
  if (['sources', 'bears', 'id'].includes(key)) return en as Both<T>;
  if (typeof en === 'string') return { en, es } as unknown as Both<T>;
  if (Array.isArray(en)) return en.map((item, index) => both(item, (es as unknown[])[index])) as Both<T>;
  return Object.fromEntries(Object.entries(en as object).map(([name, value]) => [name, both(value, (es as Record<string, unknown>)[name], name)])) as Both<T>;
}
const LEGAL_FORMS = both(DATA.en.forms, DATA.es.forms);
const TOPIC_NAMES = both(DATA.en.topicNames, DATA.es.topicNames);
const PRIORITY_NAMES = both(DATA.en.priorityNames, DATA.es.priorityNames);
const OTHER_FORMS = both(DATA.en.otherForms, DATA.es.otherForms);
const CAUTION = { en: DATA.en.caution, es: DATA.es.caution };
const ENTITY_SOURCES = DATA.en.sources;

const LANGUAGES = ['en', 'es'] as const;
const LABELS: ComparisonCsvLabels = {
  topic: 'Topic',
  form: 'Legal form',
  summary: 'In short',
  point: 'Point',
  bears: 'Matters for your choices',
  sources: 'Sources',
  caution: 'Note',
};
const allPoints = FORM_IDS.flatMap((form) => TOPIC_IDS.flatMap((topic) => LEGAL_FORMS[form].cells[topic].points.map((point) => ({ form, topic, point }))));
const filled = (text: string) => text.trim().length > 0;

describe('the comparison data', () => {
  it('has every topic for every form, with a summary and points in English and Spanish', () => {
    for (const form of FORM_IDS) {
      const data = LEGAL_FORMS[form];
      expect(data.id).toBe(form);
      for (const language of LANGUAGES) {
        expect(filled(data.name[language]), `${form} name ${language}`).toBe(true);
        expect(filled(data.description[language]), `${form} description ${language}`).toBe(true);
      }
      expect(Object.keys(data.cells).sort()).toEqual([...TOPIC_IDS].sort());
      for (const topic of TOPIC_IDS) {
        const cell = data.cells[topic];
        expect(cell.points.length, `${form}/${topic}`).toBeGreaterThan(0);
        for (const language of LANGUAGES) {
          expect(filled(cell.summary[language]), `${form}/${topic} summary ${language}`).toBe(true);
          for (const point of cell.points) expect(filled(point.text[language]), `${form}/${topic}: ${point.text.en}`).toBe(true);
        }
      }
    }
  });

  it('names every topic and priority, and every other form, in both languages', () => {
    for (const language of LANGUAGES) {
      for (const topic of TOPIC_IDS) expect(filled(TOPIC_NAMES[topic][language])).toBe(true);
      for (const priority of PRIORITY_IDS) expect(filled(PRIORITY_NAMES[priority][language])).toBe(true);
      for (const other of OTHER_FORMS) expect(filled(other.name[language]) && filled(other.text[language]), other.id).toBe(true);
      expect(CAUTION[language]).toMatch(language === 'en' ? /lawyer and an accountant who know co-ops/ : /abogado y un contador que conozcan las cooperativas/);
    }
  });

  it('gives every fact at least one source, and every source cited exists', () => {
    const cited = [...allPoints.map(({ point }) => point.sources), ...OTHER_FORMS.map((other) => other.sources)];
    for (const sources of cited) {
      expect(sources.length).toBeGreaterThan(0);
      for (const id of sources) expect(ENTITY_SOURCES[id], id).toBeDefined();
    }
  });

  it('uses every source it lists, and each has a title, a publisher, a year and a note', () => {
    const used = new Set([...allPoints.flatMap(({ point }) => point.sources), ...OTHER_FORMS.flatMap((other) => other.sources)]);
    for (const [id, source] of Object.entries(ENTITY_SOURCES)) {
      expect(used.has(id as keyof typeof ENTITY_SOURCES), `${id} is never cited`).toBe(true);
      expect(filled(source.title) && filled(source.publisher) && filled(source.note ?? ''), id).toBe(true);
      expect(source.year).toBeGreaterThan(1900);
      if (source.url) expect(source.url).toMatch(/^https?:\/\/\S+$/);
    }
  });

  it('says "one state\'s example" for every state law it cites', () => {
    const stateLaws = Object.entries(ENTITY_SOURCES).filter(([, source]) => /^(California|New York|Massachusetts|Delaware|Minnesota) /.test(source.title));
    expect(stateLaws.length).toBeGreaterThan(5);
    for (const [id, source] of stateLaws) expect(source.note, id).toMatch(/One state's example/);
  });

  it('ties every priority to at least one point of every form, so no choice is a dead end', () => {
    for (const priority of PRIORITY_IDS) {
      for (const form of FORM_IDS) {
        expect(
          allPoints.some((entry) => entry.form === form && entry.point.bears.includes(priority)),
          `${priority} in ${form}`,
        ).toBe(true);
      }
    }
  });

  it('states the 20% cash rule and Revenue Ruling 69-184 where they belong', () => {
    const qualified = LEGAL_FORMS.coop.cells.tax.points.find((point) => point.text.en.includes('qualified written notice'));
    expect(qualified?.text.en).toMatch(/At least 20% must be paid in cash/);
    expect(qualified?.text.es).toMatch(/al menos el 20%/);
    expect(qualified?.sources).toEqual(expect.arrayContaining(['usc1388', 'usc1385']));
    const partners = LEGAL_FORMS.llc.cells.workers.points[0]!;
    expect(partners.text.en).toMatch(/Revenue Ruling 69-184/);
    expect(partners.sources).toContain('rr69184');
  });
});

describe('choosing what to compare', () => {
  it('keeps each list in its own order, whatever the order of the clicks', () => {
    expect(toggleChoice(FORM_IDS, ['llc'], 'coop', true)).toEqual(['coop', 'llc']);
    expect(toggleChoice(FORM_IDS, ['coop', 'llc'], 'coop', false)).toEqual(['llc']);
    expect(toggleChoice(PRIORITY_IDS, ['simple'], 'payroll', true)).toEqual(['payroll', 'simple']);
  });

  it('accepts choices from a link, in order, and refuses unknown or repeated IDs', () => {
    expect(acceptChoices({ forms: ['corp', 'coop'], topics: ['cost'], priorities: ['investors'] })).toEqual({
      forms: ['coop', 'corp'],
      topics: ['cost'],
      priorities: ['investors'],
    });
    expect(acceptChoices({ forms: [], topics: [], priorities: [] })).toEqual({ forms: [], topics: [], priorities: [] });
    expect(acceptChoices({ forms: ['esop'], topics: [], priorities: [] })).toBeUndefined();
    expect(acceptChoices({ forms: ['llc', 'llc'], topics: [], priorities: [] })).toBeUndefined();
    expect(acceptChoices({ forms: ['llc'], topics: 'tax', priorities: [] })).toBeUndefined();
    expect(acceptChoices(null)).toBeUndefined();
    expect(acceptChoices(['llc'])).toBeUndefined();
  });

  it('names the problem when no form or no topic is chosen', () => {
    expect(choiceProblems(DEFAULT_CHOICES)).toEqual({});
    expect(choiceProblems({ forms: [], topics: ['tax'], priorities: [] })).toEqual({ forms: 'none' });
    expect(choiceProblems({ forms: ['llc'], topics: [], priorities: [] })).toEqual({ topics: 'none' });
  });
});

describe('the comparison built from the choices', () => {
  it('shows the chosen topics as rows and the chosen forms as columns', () => {
    const comparison = buildComparison({ forms: ['llc', 'corp'], topics: ['workers', 'cost'], priorities: [] }, DATA.en);
    expect(comparison.rows.map((row) => row.topic)).toEqual(['workers', 'cost']);
    expect(comparison.rows[0]!.cells.map((cell) => cell.form)).toEqual(['llc', 'corp']);
    expect(comparison.rows[0]!.cells[0]!.summary).toBe(LEGAL_FORMS.llc.cells.workers.summary.en);
    expect(comparison.highlights).toEqual([]);
  });

  it('numbers each source once, in order of first use, the other forms included', () => {
    const { rows, others, sources } = buildComparison(DEFAULT_CHOICES, DATA.en);
    expect(sources.map((entry) => entry.number)).toEqual(sources.map((_, index) => index + 1));
    expect(new Set(sources.map((entry) => entry.id)).size).toBe(sources.length);
    expect(rows[0]!.cells[0]!.points[0]!.sources).toEqual([1, 2]);
    expect(sources[0]!.id).toBe('usc1381');
    const cited = new Set([...rows.flatMap((row) => row.cells.flatMap((cell) => cell.points.flatMap((point) => point.sources))), ...others.flatMap((other) => other.sources)]);
    expect(cited.size).toBe(sources.length);
  });

  it('marks the points that bear on the chosen priorities, and lists them by priority', () => {
    const comparison = buildComparison({ forms: ['coop', 'llc'], topics: ['workers'], priorities: ['payroll', 'citizenship'] }, DATA.en);
    const coopWorkers = comparison.rows[0]!.cells[0]!.points;
    expect(coopWorkers[0]!.bears).toEqual(['payroll']);
    expect(coopWorkers.at(-1)!.bears).toEqual(['citizenship']);
    expect(comparison.highlights.map((entry) => entry.priority)).toEqual(['payroll', 'citizenship']);
    const payroll = comparison.highlights[0]!.points;
    expect(payroll.some((point) => point.form === 'coop' && /Form W-2/.test(point.text))).toBe(true);
    expect(payroll.some((point) => point.form === 'llc' && /Revenue Ruling 69-184/.test(point.text))).toBe(true);
    expect(payroll.every((point) => point.topic === 'workers')).toBe(true);
  });

  it('gives an empty list for a priority that no shown point bears on', () => {
    const comparison = buildComparison({ forms: ['llc'], topics: ['governance'], priorities: ['conversion'] }, DATA.en);
    expect(comparison.highlights).toEqual([{ priority: 'conversion', points: [] }]);
  });

  it('speaks Spanish when asked', () => {
    const comparison = buildComparison({ forms: ['llc'], topics: ['workers'], priorities: [] }, DATA.es);
    expect(comparison.rows[0]!.cells[0]!.points[0]!.text).toMatch(/Resolución 69-184 del IRS/);
    expect(comparison.others.find((other) => other.id === 'esop')?.name).toMatch(/plan de propiedad de acciones/);
  });
});

describe('the CSV download', () => {
  const choices = { forms: ['coop', 'llc'] as const, topics: ['workers'] as const, priorities: ['payroll'] as const };
  const copy = { forms: [...choices.forms], topics: [...choices.topics], priorities: [...choices.priorities] };

  it('has a header, one row per point, and the caution as the last row', () => {
    const rows = comparisonRows(copy, DATA.en, LABELS);
    const points = LEGAL_FORMS.coop.cells.workers.points.length + LEGAL_FORMS.llc.cells.workers.points.length;
    expect(rows).toHaveLength(points + 2);
    expect(rows[0]).toEqual(['Topic', 'Legal form', 'In short', 'Point', 'Matters for your choices', 'Sources']);
    expect(rows[1]!.slice(0, 3)).toEqual([TOPIC_NAMES.workers.en, LEGAL_FORMS.coop.name.en, LEGAL_FORMS.coop.cells.workers.summary.en]);
    expect(rows[1]![4]).toBe(PRIORITY_NAMES.payroll.en);
    expect(rows[1]![5]).toBe("Publication 15 (Circular E): Employer's Tax Guide. Internal Revenue Service, 2024. https://www.irs.gov/publications/p15");
    expect(rows.at(-1)).toEqual(['Note', '', '', CAUTION.en, '', '']);
    for (const row of rows.slice(1, -1)) expect(row[5]).not.toBe('');
  });

  it('is UTF-8 with a byte-order mark and CRLF line ends, and reads back as the same rows', () => {
    const csv = comparisonCsv(copy, DATA.es, LABELS);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toContain('\r\n');
    const rows: string[][] = parse(csv.slice(1));
    expect(rows).toEqual(comparisonRows(copy, DATA.es, LABELS));
    expect(rows[1]![1]).toBe('Corporación cooperativa (ley estatal de cooperativas)');
  });

  it('holds only the header and the caution when nothing is chosen', () => {
    expect(comparisonRows({ forms: [], topics: [], priorities: [] }, DATA.en, LABELS)).toHaveLength(2);
  });
});
