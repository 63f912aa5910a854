/** What `npm run check:sources` prints and keeps: one line per place of each address that needs a look. */
import type { SourceAddress } from './addresses';
import type { Verdict, Visit } from './visit';

export interface Problem {
  readonly place: SourceAddress;
  readonly visit: Visit;
}

/** A broken address or one that never answered fails the check; a move or a slow answer is a warning. */
export const FAILS: ReadonlySet<Verdict> = new Set(['broken', 'no-answer']);

function describe(visit: Visit): { message: string; fix: string } {
  switch (visit.verdict) {
    case 'broken':
      return {
        message: `is broken (${visit.status === undefined ? (visit.error ?? 'no response') : `HTTP ${visit.status}`})`,
        fix: 'find the page again, or a copy in a web archive, and write its address; or remove the source and what rests on it',
      };
    case 'no-answer':
      return {
        message: `gave no answer in ${visit.tries} ${visit.tries === 1 ? 'try' : 'tries'}`,
        fix: 'open it in a browser; if the site is gone, find the page elsewhere or remove the source',
      };
    case 'moved':
      return { message: `has moved for good to ${visit.location}`, fix: 'check that the new page says the same, then write its address' };
    case 'slow':
      return { message: `answered in ${(visit.ms / 1000).toFixed(1)} s`, fix: 'nothing to do unless it keeps happening' };
    default:
      return { message: 'answers', fix: '' };
  }
}

/** The problems, in the order of their files and lines. */
export function problemsOf(places: readonly SourceAddress[], visits: ReadonlyMap<string, Visit>): Problem[] {
  return places
    .flatMap((place) => {
      const visit = visits.get(place.url);
      return visit && visit.verdict !== 'ok' ? [{ place, visit }] : [];
    })
    .sort((a, b) => a.place.file.localeCompare(b.place.file) || a.place.line - b.place.line);
}

export function problemLine({ place, visit }: Problem): string {
  const { message, fix } = describe(visit);
  const label = FAILS.has(visit.verdict) ? '' : 'warning: ';
  return `${place.file}:${place.line}:${place.column}  ${label}sources: ${place.url} ${message} (${fix})`;
}

/** Counts of the addresses by verdict, e.g. "531 addresses: 520 answer, 4 moved, 3 broken, 2 slow, 2 gave no answer". */
export function summaryLine(visits: ReadonlyMap<string, Visit>): string {
  const count = (verdict: Verdict) => [...visits.values()].filter((visit) => visit.verdict === verdict).length;
  return `${visits.size} addresses: ${count('ok')} answer, ${count('moved')} moved, ${count('broken')} broken, ${count('slow')} slow, ${count('no-answer')} gave no answer`;
}

/** The report kept by the weekly workflow: the summary, then a table of every problem. */
export function markdownReport(problems: readonly Problem[], visits: ReadonlyMap<string, Visit>, day: string): string {
  const cell = (text: string) => text.replaceAll('|', '\\|');
  const rows = problems.map(({ place, visit }) => `| ${visit.verdict} | \`${place.file}:${place.line}\` | ${cell(place.url)} | ${cell(describe(visit).message)} |`);
  return [
    `# Source check, ${day}`,
    '',
    summaryLine(visits),
    '',
    ...(rows.length === 0 ? ['Every address answers.'] : ['| What | Where | Address | Found |', '| --- | --- | --- | --- |', ...rows]),
    '',
  ].join('\n');
}
