import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { FACTORS, readinessQuestions } from './readiness-model';
import { readinessData } from './readiness-questions';

const READINESS_FACTORS = readinessData('en').factors;
const READINESS_QUESTIONS = readinessQuestions(readinessData('en'));
const SPANISH = readinessQuestions(readinessData('es'));

const root = path.resolve(__dirname, '../../..');

/** The status of a standard from its file, or undefined when there is no such standard. */
function standardStatus(id: string): string | undefined {
  for (const domain of fs.readdirSync(path.join(root, 'standards'))) {
    const file = path.join(root, 'standards', domain, `${id}.yaml`);
    if (fs.existsSync(file)) return (parse(fs.readFileSync(file, 'utf8')) as { status: string }).status;
  }
  return undefined;
}

/** True when a lesson with this doc ID (curricula/<curriculum>/<slug>) has a file, with or without its number. */
function lessonExists(id: string): boolean {
  const [, curriculum, slug] = id.split('/');
  const folder = path.join(root, 'docs', 'curricula', curriculum!);
  return fs.existsSync(folder) && fs.readdirSync(folder).some((file) => file.replace(/^\d+-/, '') === `${slug}.mdx`);
}

describe('the readiness questions', () => {
  it('ask 4 or 5 questions for each of the five factors, in order', () => {
    expect(READINESS_FACTORS.map((factor) => factor.id)).toEqual([...FACTORS]);
    for (const factor of READINESS_FACTORS) {
      expect(factor.questions.length, factor.id).toBeGreaterThanOrEqual(4);
      expect(factor.questions.length, factor.id).toBeLessThanOrEqual(5);
      for (const question of factor.questions) expect(question.factor).toBe(factor.id);
    }
  });

  it('have unique, lasting IDs that start with their factor', () => {
    const ids = READINESS_QUESTIONS.map((question) => question.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const question of READINESS_QUESTIONS) expect(question.id.startsWith(`${question.factor}-`), question.id).toBe(true);
  });

  it('offer four choices from 0 to 3 points, with every text in English and Spanish', () => {
    READINESS_QUESTIONS.forEach((question, index) => {
      const spanish = SPANISH[index]!;
      expect(
        question.options.map((option) => option.points),
        question.id,
      ).toEqual([0, 1, 2, 3]);
      const texts = (q: typeof question) => [q.text, q.help, q.action, ...q.options.map((option) => option.label)];
      const english = texts(question);
      texts(spanish).forEach((text, i) => {
        expect(english[i]!.trim(), question.id).not.toBe('');
        expect(text.trim(), question.id).not.toBe('');
        expect(text, question.id).not.toBe(english[i]);
      });
    });
    expect(readinessData('es').translation.status).toBe('translated');
  });

  it('point at active standards and at lessons that exist', () => {
    for (const question of READINESS_QUESTIONS) {
      expect(question.standards.length, question.id).toBeGreaterThan(0);
      for (const id of question.standards) expect(standardStatus(id), `${question.id}: ${id}`).toBe('active');
    }
    for (const factor of READINESS_FACTORS) {
      expect(factor.lessons.length, factor.id).toBeGreaterThan(0);
      for (const lesson of factor.lessons) expect(lessonExists(lesson), lesson).toBe(true);
    }
  });

  it('have one key question at most per factor, so one answer cannot sink two', () => {
    for (const factor of READINESS_FACTORS) expect(factor.questions.filter((question) => question.key).length, factor.id).toBeLessThanOrEqual(1);
  });
});
