/**
 * Rules of plain language: every statement reads at grade 10 or below (Flesch-Kincaid), and its Spanish
 * is not "very hard"; nor is any section of a Spanish lesson.
 */
import { readingGrade, STATEMENT_GRADE_LIMIT } from '../readability';
import { spanishPerspicuity, STATEMENT_PERSPICUITY_LIMIT } from '../readability-es';
import { splitSections } from '../search/sections';
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

/** The same rule for the Spanish of each standard: no statement reads "very hard" on the INFLESZ scale. */
export const spanishStatementsReadPlainly: Rule = (context) =>
  context.translations.flatMap((record) => {
    if (record.file.language !== 'es' || !record.data.statement) return [];
    const score = spanishPerspicuity(record.data.statement);
    if (score >= STATEMENT_PERSPICUITY_LIMIT) return [];
    return [
      errorAt(
        record,
        ['statement'],
        `scores ${score.toFixed(1)} on the INFLESZ scale, below the limit of ${STATEMENT_PERSPICUITY_LIMIT} ("very hard")`,
        'use shorter sentences and everyday words, and aim for 55 or more; explain a needed term in the glossary',
      ),
    ];
  });

/** No section of a Spanish lesson reads "very hard" on the INFLESZ scale: the same limit as statements, at the section's heading. */
export const spanishLessonsReadPlainly: Rule = (context) =>
  context.lessons.flatMap((record) => {
    if (record.file.language !== 'es' || !record.page?.tree) return [];
    return splitSections(record.page.tree).flatMap((section) => {
      const score = spanishPerspicuity(section.text);
      if (score >= STATEMENT_PERSPICUITY_LIMIT) return [];
      const name = section.headings.at(-1) ?? '(opening)';
      return [
        {
          file: record.file.file,
          position: { line: section.line ?? 1, column: 1 },
          field: `section "${name}"`,
          message: `scores ${score.toFixed(1)} on the INFLESZ scale, below the limit of ${STATEMENT_PERSPICUITY_LIMIT} ("very hard")`,
          fix: 'use shorter sentences and everyday words, and aim for 55 or more; explain a needed term in the glossary',
        },
      ];
    });
  });
