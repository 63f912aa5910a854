/**
 * The contributor's checks, timed as a contributor runs them: `npm run validate` and `npm run check`,
 * each first with its caches emptied (cold) and then again (warm, the usual case: a second run after
 * changing a file or two). The start-up of Node with the TypeScript loader, measured in the same run,
 * is the floor no check can go below.
 */
import fs from 'node:fs';
import path from 'node:path';
import { measureCommand } from './measure';

export const CHECK_GOALS = { validateSeconds: 2, checkSeconds: 10 } as const;

/** The caches the two commands keep between runs (see src/core/page-cache.ts and scripts/check/). */
const CACHES = ['node_modules/.cache/library-pages', 'node_modules/.cache/check'];

export interface CheckTimes {
  floor: number;
  validate: { cold: number; warm: number };
  check: { cold: number; warm: number };
}

async function seconds(root: string, command: string, runs: number): Promise<number> {
  let best = Infinity;
  for (let run = 0; run < runs; run += 1) best = Math.min(best, (await measureCommand('sh', ['-c', command], root)).seconds);
  return best;
}

export async function benchChecks(root: string, runs: number): Promise<CheckTimes> {
  const clear = () => CACHES.forEach((cache) => fs.rmSync(path.join(root, cache), { recursive: true, force: true }));
  const floor = await seconds(root, `"${process.execPath}" --import tsx -e 0`, runs);
  const timeBoth = async (command: string) => {
    clear();
    const cold = await seconds(root, command, 1);
    return { cold, warm: await seconds(root, command, runs) };
  };
  // `|| true`: a check that finds problems still counts; the time is what is measured here.
  const validate = await timeBoth('npm run validate --silent || true');
  const check = await timeBoth('npm run check --silent || true');
  return { floor, validate, check };
}

export function printCheckReport(times: CheckTimes): void {
  const row = (name: string, { cold, warm }: { cold: number; warm: number }, goal: number) =>
    [name, cold.toFixed(2), warm.toFixed(2), `${(warm / times.floor).toFixed(1)}x`, `${warm < goal ? 'met' : 'MISSED'} (goal < ${goal} s)`].join('\t');
  console.log('\nContributor checks (wall seconds, this machine):');
  console.log(['measure', 'cold', 'warm', 'warm / start-up floor', 'warm goal'].join('\t'));
  console.log(row('npm run validate', times.validate, CHECK_GOALS.validateSeconds));
  console.log(row('npm run check', times.check, CHECK_GOALS.checkSeconds));
  console.log(`Start-up floor (node with the TypeScript loader, doing nothing): ${times.floor.toFixed(2)} s\n`);
}
