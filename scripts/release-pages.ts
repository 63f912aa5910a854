/**
 * `npm run release:pages -- <version> [--built]`: builds the site (unless --built says build/ is fresh)
 * and keeps the release's pages in versioned_pages/<version>/. See scripts/release/pages.ts.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { archiveReleasePages } from './release/pages';

function main(): number {
  const version = process.argv[2];
  if (!version || version.startsWith('-')) {
    console.error('Usage: npm run release:pages -- <version> [--built]   (for example 1.2.0)');
    return 2;
  }
  const root = process.cwd();
  if (!process.argv.includes('--built')) {
    const build = spawnSync(process.execPath, [path.join(root, 'node_modules/tsx/dist/cli.mjs'), 'scripts/build.ts'], { stdio: 'inherit' });
    if (build.status !== 0) {
      console.error(`\n✖ The build failed, so the pages of ${version} were not archived.`);
      return 1;
    }
  }
  const { languages } = parse(fs.readFileSync(path.join(root, 'standards/library.yaml'), 'utf8')) as { languages: string[] };
  const result = archiveReleasePages(root, version, { buildDir: path.join(root, 'build'), languages });
  if (!result.ok) {
    for (const problem of result.problems) console.error(problem);
    console.error(`\n✖ The pages of ${version} were not archived.`);
    return 1;
  }
  console.log(`✔ ${result.pages} pages of ${version} are archived. Review and commit:\n${result.written.map((file) => `  ${file}`).join('\n')}`);
  console.log('The next build copies them and no longer builds the release as routes of the site.');
  return 0;
}

process.exitCode = main();
