/**
 * `npm run build`: builds the site into a fresh folder and swaps it in for build/ only once the whole
 * build has succeeded, so a failed build leaves the previous build/ untouched. The content is validated
 * once, by the standards plugin as the build loads it (src/plugins/standards/load-once.ts): any content
 * error stops the build before a page is written. This wrapper only guards the output folder.
 * Usage: tsx scripts/build.ts [--out-dir build] [--content <root>] [--base-path /library/] [-- <more docusaurus build options>]
 * `--content` builds the site over the content of another folder (it sets LIBRARY_CONTENT_ROOT).
 * `--base-path` builds the site to be served under a path (it sets BASE_PATH; see src/core/site-url.ts).
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

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
  const content = process.argv.includes('--content') ? { LIBRARY_CONTENT_ROOT: path.resolve(root, option('--content', '.')) } : {};
  const basePath = process.argv.includes('--base-path') ? { BASE_PATH: option('--base-path', '/') } : {};
  const build = spawn(process.execPath, [docusaurus, 'build', '--out-dir', staging, ...extra], { stdio: 'inherit', env: { ...process.env, ...content, ...basePath } });
  const finished = new Promise<number>((resolve) => build.on('exit', (code) => resolve(code ?? 1)));
  const status = await finished;
  if (status !== 0) {
    fs.rmSync(staging, { recursive: true, force: true });
    console.error(`\n✖ The build failed. Nothing was built; ${shown} is unchanged.`);
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
