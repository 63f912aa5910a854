/**
 * `npm run release:archive -- <version>`: keeps the pack of a release cut before packs were archived,
 * in versioned_downloads/<version>/. See scripts/release/archive.ts.
 */
import { siteUrlFromEnvironment } from '../src/core/site-url';
import { archiveRelease } from './release/archive';

async function main(): Promise<number> {
  const version = process.argv[2];
  if (!version) {
    console.error('Usage: npm run release:archive -- <version>   (for example 1.0.0)');
    return 2;
  }
  const result = await archiveRelease(process.cwd(), version, siteUrlFromEnvironment());
  if (!result.ok) {
    for (const problem of result.problems) console.error(problem);
    console.error(`\n✖ The pack of ${version} was not archived.`);
    return 1;
  }
  console.log(`✔ The pack of ${version} is archived. Review and commit:\n${result.written.map((file) => `  ${file}`).join('\n')}`);
  return 0;
}

main().then((code) => (process.exitCode = code));
