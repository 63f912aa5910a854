/**
 * `npm run validate`: checks every content file against its schema and the cross-file rules, and
 * prints each problem as `file:line:column  field: what is wrong (how to fix)`.
 */
import { describeErrorCount, formatContentError } from '../src/core/errors';
import { loadLibrary } from '../src/core/load';
import { projectTreeCache } from '../src/core/page-cache';

function main(): number {
  const started = performance.now();
  const root = process.argv[2] ?? process.cwd();
  const { library, errors, warnings, fileCount } = loadLibrary(root, { treeCache: projectTreeCache(process.cwd()) });
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  for (const warning of warnings) console.warn(formatContentError(warning));
  if (warnings.length > 0) console.warn(`\n! ${describeErrorCount(warnings, 'warning')}: the pages still build, with a notice.\n`);
  if (!library) {
    for (const error of errors) console.error(formatContentError(error));
    console.error(`\n✖ ${describeErrorCount(errors)}. Fix them and run "npm run validate" again.`);
    return 1;
  }
  const translations = Object.values(library.translations).reduce((sum, byId) => sum + (byId?.size ?? 0), 0);
  console.log(
    `✔ The library is valid: ${library.standards.length} standards in ${library.domains.length} domains, ` +
      `${translations} translations, ${library.glossary.length} glossary terms, ${library.lessons.length} lessons, ` +
      `${library.tools.length} tools, ${library.cases.length} case studies, ${library.organizations.length} organizations, ${library.figures.length} figures ` +
      `(${fileCount} files checked in ${seconds} s).`,
  );
  return 0;
}

process.exitCode = main();
