/**
 * When each data file was last changed, from git: one `git log` for the whole standards folder. Outside
 * a git checkout (or without git) there are no dates, and pages simply do not show one.
 */
import { execFileSync } from 'node:child_process';

/** The newest commit date (YYYY-MM-DD) of each file under `folder`, by path relative to `root`. */
export function lastUpdatedDates(root: string, folder: string): Map<string, string> {
  const dates = new Map<string, string>();
  let log: string;
  try {
    log = execFileSync('git', ['log', '--format=%x00%cs', '--name-only', '--', folder], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch {
    return dates;
  }
  // Newest commits come first, so the first date seen for a file is its last change.
  for (const entry of log.split('\0').filter(Boolean)) {
    const [date = '', ...files] = entry.split('\n').filter(Boolean);
    for (const file of files) if (!dates.has(file)) dates.set(file, date);
  }
  return dates;
}
