/**
 * `npm run reading`: the Flesch-Kincaid grade of every English statement and rationale, with the range
 * of each. Fails when a statement reads above grade 10; aim for about grade 8.
 */
import { formatContentError } from '../src/core/errors';
import { loadLibrary } from '../src/core/load';
import { readingGrade, STATEMENT_GRADE_LIMIT } from '../src/core/readability';
import { spanishPerspicuity, STATEMENT_PERSPICUITY_LIMIT } from '../src/core/readability-es';
import type { Library } from '../src/core/model';
import { markdownText } from '../src/core/plain-text';
import { splitSections } from '../src/core/search/sections';
import { loadToolData, readerTexts } from '../src/core/tool-data';

function range(grades: number[]): string {
  const sorted = [...grades].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
  return `${sorted[0]?.toFixed(1)} to ${sorted[sorted.length - 1]?.toFixed(1)} (median ${median.toFixed(1)})`;
}

/** The grade of the English text of each tool and template (tool-data/), for information; aim for about 8. */
function reportToolData(root: string): void {
  const { toolData, errors } = loadToolData(root);
  if (errors.length > 0) return;
  console.log('\ntool data\ttexts\tgrade');
  for (const file of Object.values(toolData.english)) {
    const texts = readerTexts(file.data);
    console.log(`${file.file}\t${texts.length}\t${texts.length > 0 ? range(texts.map(readingGrade)) : '-'}`);
  }
}

/** The grade of the English texts written for partners and the public, for information; aim for about 8. */
function reportPublicTexts(library: Library): void {
  const groups: Array<[string, string[]]> = [
    ['case studies (summary, story)', library.cases.flatMap((item) => [item.summary.en, markdownText(item.story.en)])],
    ['organizations (summary)', library.organizations.map((organization) => organization.summary.en)],
    ['facts and figures (explanation, caution)', library.figures.flatMap((figure) => [figure.explanation.en, ...(figure.caution ? [figure.caution.en] : [])])],
    ...library.pages
      .filter((page) => page.kind === 'audience-path' && page.language === 'en')
      .map((page): [string, string[]] => [page.file, splitSections(page.tree).map((section) => section.text)]),
  ];
  console.log('\nfor partners and the public\ttexts\tgrade');
  for (const [name, texts] of groups) console.log(`${name}\t${texts.length}\t${texts.length > 0 ? range(texts.map(readingGrade)) : '-'}`);
}

/**
 * The Spanish texts on the INFLESZ scale (higher is easier; 55-65 is "normal"): statements and each
 * section of a Spanish lesson (below the limit, an error of `npm run validate`), and rationales.
 */
function reportSpanish(library: Library): void {
  const translations = [...(library.translations.es?.values() ?? [])].filter((record) => record.statement);
  const lessons = library.pages.filter((page) => page.kind === 'lesson' && page.language === 'es');
  console.log('\nSpanish (INFLESZ: higher is easier)\ttexts\tscore');
  console.log(`statements (limit ${STATEMENT_PERSPICUITY_LIMIT}, aim 55)\t${translations.length}\t${scale(translations.map((record) => spanishPerspicuity(record.statement!)))}`);
  console.log(`rationales\t${translations.length}\t${scale(translations.map((record) => spanishPerspicuity(record.rationale ?? '')))}`);
  console.log(`lessons, by section (limit ${STATEMENT_PERSPICUITY_LIMIT}, aim 55):`);
  for (const page of lessons) {
    const texts = splitSections(page.tree).map((section) => section.text);
    console.log(`${page.file}\t${texts.length}\t${scale(texts.map(spanishPerspicuity))}`);
  }
}

function scale(scores: number[]): string {
  return scores.length > 0 ? range(scores) : '-';
}

function main(): number {
  const { library, errors } = loadLibrary(process.argv[2] ?? process.cwd());
  if (!library) {
    // The validator already says which statements read too high, with their place.
    for (const error of errors) console.error(formatContentError(error));
    return 1;
  }
  const rows = library.standards
    .filter((standard) => standard.status !== 'retired')
    .map((standard) => ({ id: standard.id, statement: readingGrade(standard.statement), rationale: readingGrade(standard.rationale) }));
  console.log('standard\tstatement\trationale');
  for (const row of rows) {
    const flag = row.statement > STATEMENT_GRADE_LIMIT ? '  <- above the limit' : '';
    console.log(`${row.id}\t${row.statement.toFixed(1)}\t${row.rationale.toFixed(1)}${flag}`);
  }
  console.log(`\nStatements: grade ${range(rows.map((row) => row.statement))}; limit ${STATEMENT_GRADE_LIMIT}.`);
  console.log(`Rationales: grade ${range(rows.map((row) => row.rationale))}; aim for about 8.`);
  reportToolData(process.argv[2] ?? process.cwd());
  reportPublicTexts(library);
  reportSpanish(library);
  const over = rows.filter((row) => row.statement > STATEMENT_GRADE_LIMIT);
  if (over.length > 0) console.error(`\n✖ ${over.length} statement(s) read above grade ${STATEMENT_GRADE_LIMIT}: ${over.map((row) => row.id).join(', ')}`);
  return over.length > 0 ? 1 : 0;
}

process.exitCode = main();
