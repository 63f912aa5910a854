/**
 * `npm run release:cut -- <version>`: freezes the standards and the docs together as a release.
 * See scripts/release/cut.ts for the checks it makes first.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { siteUrlFromEnvironment } from '../src/core/site-url';
import { cutRelease } from './release/cut';
import { labelDocsVersion } from './release/version-labels';

async function main(): Promise<number> {
  const version = process.argv[2];
  if (!version) {
    console.error('Usage: npm run release:cut -- <version>   (for example 1.1.0)');
    return 2;
  }
  const root = process.cwd();
  const result = await cutRelease(root, version, {
    siteUrl: siteUrlFromEnvironment(),
    onStep: (step, steps, what) => console.log(`[${step}/${steps}] ${what}...`),
    versionDocs: async (name) => {
      const docusaurus = path.join(root, 'node_modules/@docusaurus/core/bin/docusaurus.mjs');
      const run = spawnSync(process.execPath, [docusaurus, 'docs:version', name], { stdio: 'inherit' });
      if (run.status !== 0) throw new Error(`docusaurus docs:version ${name} exited with ${run.status}`);
      labelDocsVersion(root, name);
    },
  });
  if (!result.ok) {
    for (const problem of result.problems) console.error(problem);
    console.error(`\n✖ Release ${version} was not cut.`);
    return 1;
  }
  console.log(`✔ Release ${version} is cut. Review and commit:\n${result.written.map((file) => `  ${file}`).join('\n')}`);
  console.log(`Next, keep its pages as plain pages, so that it costs the site no route: npm run release:pages -- ${version}`);
  return 0;
}

main().then((code) => (process.exitCode = code));
