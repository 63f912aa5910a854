/** Rule of plain language: every statement reads at grade 10 or below (Flesch-Kincaid). */
import { readingGrade, STATEMENT_GRADE_LIMIT } from '../readability';
import { errorAt, type Rule } from './context';

export const statementsReadPlainly: Rule = (context) =>
  context.standards.flatMap((record) => {
    const grade = readingGrade(record.data.statement);
    if (grade <= STATEMENT_GRADE_LIMIT) return [];
    return [
      errorAt(
        record,
        ['statement'],
        `reads at grade ${grade.toFixed(1)}, above the limit of ${STATEMENT_GRADE_LIMIT}`,
        'use shorter sentences and everyday words; explain a needed term in the glossary',
      ),
    ];
  });
