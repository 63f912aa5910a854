/**
 * `npm run build`: validates the content, then builds the site into a fresh folder and only swaps it in
 * for build/ once the whole build has succeeded. A failed build leaves the previous build/ untouched.
 * Usage: tsx scripts/build.ts [--out-dir build] [--content <root>] [-- <more docusaurus build options>]
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describeErrorCount, formatContentError } from '../src/core/errors';
import { loadLibrary } from '../src/core/load';

function option(name: string, fallback: string): string {
  const index = process.argv.indexOf(name);
  return index > 0 ? (process.argv[index + 1] ?? fallback) : fallback;
}

function main(): number {
  const root = process.cwd();
  const outDir = path.resolve(root, option('--out-dir', 'build'));
  const { errors, warnings } = loadLibrary(path.resolve(root, option('--content', '.')));
  for (const warning of warnings) console.warn(formatContentError(warning));
  if (errors.length > 0) {
    for (const error of errors) console.error(formatContentError(error));
    console.error(`\n✖ ${describeErrorCount(errors)}. Nothing was built; ${path.relative(root, outDir) || '.'} is unchanged.`);
    return 1;
  }
  const staging = `${outDir}.next`;
  fs.rmSync(staging, { recursive: true, force: true });
  const extra = process.argv.includes('--') ? process.argv.slice(process.argv.indexOf('--') + 1) : [];
  const docusaurus = path.join(root, 'node_modules/@docusaurus/core/bin/docusaurus.mjs');
  const result = spawnSync(process.execPath, [docusaurus, 'build', '--out-dir', staging, ...extra], { stdio: 'inherit' });
  if (result.status !== 0) {
    fs.rmSync(staging, { recursive: true, force: true });
    console.error(`\n✖ The build failed; ${path.relative(root, outDir)} is unchanged.`);
    return result.status ?? 1;
  }
  const previous = `${outDir}.previous`;
  fs.rmSync(previous, { recursive: true, force: true });
  if (fs.existsSync(outDir)) fs.renameSync(outDir, previous);
  fs.renameSync(staging, outDir);
  fs.rmSync(previous, { recursive: true, force: true });
  return 0;
}

process.exitCode = main();
