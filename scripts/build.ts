/**
 * `npm run build`: builds the site into a fresh folder and swaps it in for build/ only once the whole
 * build has succeeded, so a failed build leaves the previous build/ untouched. The content is validated
 * while the site builds; on the first content error the build is stopped and nothing is written.
 * Usage: tsx scripts/build.ts [--out-dir build] [--content <root>] [-- <more docusaurus build options>]
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describeErrorCount, formatContentError } from '../src/core/errors';
import { loadLibrary } from '../src/core/load';

function option(name: string, fallback: string): string {
  const index = process.argv.indexOf(name);
  return index > 0 ? (process.argv[index + 1] ?? fallback) : fallback;
}

async function main(): Promise<number> {
  const root = process.cwd();
  const outDir = path.resolve(root, option('--out-dir', 'build'));
  const shown = path.relative(root, outDir) || '.';
  const staging = `${outDir}.next`;
  fs.rmSync(staging, { recursive: true, force: true });
  const extra = process.argv.includes('--') ? process.argv.slice(process.argv.indexOf('--') + 1) : [];
  const docusaurus = path.join(root, 'node_modules/@docusaurus/core/bin/docusaurus.mjs');
  // The site build starts at once, in its own process group so that it can be stopped as a whole.
  const build = spawn(process.execPath, [docusaurus, 'build', '--out-dir', staging, ...extra], { stdio: 'inherit', detached: true });
  const finished = new Promise<number>((resolve) => build.on('exit', (code) => resolve(code ?? 1)));

  const { errors, warnings } = loadLibrary(path.resolve(root, option('--content', '.')));
  for (const warning of warnings) console.warn(formatContentError(warning));
  if (errors.length > 0) {
    if (build.pid) process.kill(-build.pid, 'SIGTERM');
    await finished;
    fs.rmSync(staging, { recursive: true, force: true });
    for (const error of errors) console.error(formatContentError(error));
    console.error(`\n✖ ${describeErrorCount(errors)}. Nothing was built; ${shown} is unchanged.`);
    return 1;
  }
  const status = await finished;
  if (status !== 0) {
    fs.rmSync(staging, { recursive: true, force: true });
    console.error(`\n✖ The build failed; ${shown} is unchanged.`);
    return status;
  }
  const previous = `${outDir}.previous`;
  fs.rmSync(previous, { recursive: true, force: true });
  if (fs.existsSync(outDir)) fs.renameSync(outDir, previous);
  fs.renameSync(staging, outDir);
  fs.rmSync(previous, { recursive: true, force: true });
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
