/**
 * `npm run check:sources`: visits every source address in the data and reports the broken, moved, slow
 * and silent ones, each at its file and line. A broken or silent address fails the check; a move or a
 * slow answer is a warning. It needs the internet, so it is not part of `npm test`: a weekly workflow
 * runs it and keeps the report.
 *
 * Options: --report <file.md> writes the report; --timeout, --slow, --retries, --retry-delay and
 * --host-pause take milliseconds or counts; --hosts sets how many servers are visited at once.
 */
import fs from 'node:fs';
import { findSourceAddresses, groupByUrl } from './sources/addresses';
import { FAILS, markdownReport, problemLine, problemsOf, summaryLine } from './sources/report';
import { visitAll } from './sources/visit';

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  if (index < 0) return fallback;
  const value = Number(process.argv[index + 1]);
  if (!Number.isFinite(value) || value < 0) throw new Error(`--${name} needs a number, e.g. --${name} ${fallback}`);
  return value;
}

async function main(): Promise<number> {
  const root = process.cwd();
  const places = findSourceAddresses(root);
  const groups = groupByUrl(places);
  const urls = [...groups.keys()];
  const hosts = new Set(urls.map((url) => new URL(url).host)).size;
  const options = {
    timeoutMs: option('timeout', 15_000),
    slowMs: option('slow', 5_000),
    retries: option('retries', 2),
    retryDelayMs: option('retry-delay', 2_000),
    hostPauseMs: option('host-pause', 1_000),
    hostsAtOnce: option('hosts', 6),
    userAgent: 'worker-coop-library-source-check (checks that cited sources still answer)',
  };
  console.error(`Checking ${urls.length} addresses on ${hosts} servers, cited in ${places.length} places...`);
  // Progress on standard error: one line that updates in a terminal, a line every tenth elsewhere.
  const step = Math.max(1, Math.ceil(urls.length / 10));
  let failing = 0;
  const visits = await visitAll(urls, options, (visit, done) => {
    if (FAILS.has(visit.verdict)) failing += 1;
    const line = `${done}/${urls.length} checked, ${failing} failing`;
    if (process.stderr.isTTY) process.stderr.write(`\r${line}`);
    else if (done % step === 0 || done === urls.length) console.error(line);
  });
  if (process.stderr.isTTY) process.stderr.write('\n');

  const problems = problemsOf(places, visits);
  for (const problem of problems) console.log(problemLine(problem));
  const reportIndex = process.argv.indexOf('--report');
  if (reportIndex >= 0) {
    const file = process.argv[reportIndex + 1];
    if (!file) throw new Error('--report needs a file name, e.g. --report sources-report.md');
    fs.writeFileSync(file, markdownReport(problems, visits, new Date().toISOString().slice(0, 10)));
  }
  const failed = problems.some((problem) => FAILS.has(problem.visit.verdict));
  console.log(`\n${failed ? '✖' : '✔'} ${summaryLine(visits)}`);
  return failed ? 1 : 0;
}

main().then(
  (code) => (process.exitCode = code),
  (error: Error) => {
    console.error(error.message);
    process.exitCode = 2;
  },
);
