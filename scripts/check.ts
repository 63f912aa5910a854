/**
 * `npm run check`: the fast check before a pull request. Content validation (schemas, cross-file rules,
 * MDX safety, internal links), Markdown style, spelling in English and Spanish, one Spanish word for each
 * concept (the style guide's terms), the code's lint (ESLint) and its layout (Prettier). Prints every problem as `file:line:column  message`, then one summary line.
 *
 * The groups run at the same time: ESLint and Prettier each in a child process, cspell in its own, while
 * this process validates the content and then lints the Markdown. Each keeps a cache in
 * node_modules/.cache, so a second run looks again only at what changed. The report waits for all of
 * them and lists the groups in a fixed order, so it reads the same however the work was shared out.
 */
import { fork } from 'node:child_process';
import path from 'node:path';
import { failedGroup, GROUPS, recallGroup, runGroup, type GroupName, type GroupResult } from './check/groups';

/** The groups that run in a child process each; the rest run here, one after the other. */
const IN_CHILD_PROCESS: ReadonlySet<GroupName> = new Set(['eslint', 'prettier']);

async function main(): Promise<number> {
  const started = performance.now();
  const root = process.cwd();
  const running = new Map<GroupName, Promise<GroupResult>>();
  // Children first, so that they start up while this process loads the content. A group whose inputs did
  // not change since its last run is not started at all: its result is read back.
  for (const name of GROUPS) {
    if (!IN_CHILD_PROCESS.has(name)) continue;
    const known = await recallGroup(name, root);
    running.set(name, known ? Promise.resolve(known) : runInChild(name, root));
  }
  // Spelling is a process of its own already (cspell); started before the content, it runs beside it.
  running.set('spelling', settle('spelling', runGroup('spelling', root)));
  for (const name of GROUPS) {
    if (!running.has(name)) running.set(name, Promise.resolve(await settle(name, runGroup(name, root))));
  }

  const groups: Array<[GroupName, GroupResult]> = [];
  for (const name of GROUPS) groups.push([name, await running.get(name)!]);
  for (const [, { lines }] of groups) for (const line of lines) console.log(line);
  const total = groups.reduce((sum, [, { lines, warnings }]) => sum + lines.length - warnings, 0);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const counts = groups.map(([name, { lines }]) => `${name} ${lines.length}`).join(', ');
  console.log(total === 0 ? `\n✔ check passed in ${seconds} s (${counts})` : `\n✖ ${total} problems (${counts}) in ${seconds} s`);
  return total === 0 ? 0 : 1;
}

function settle(name: GroupName, result: Promise<GroupResult>): Promise<GroupResult> {
  return result.catch((error: unknown) => failedGroup(name, error));
}

/** Runs one group in a child process with the same loader as this one (tsx), and waits for its result. */
function runInChild(name: GroupName, root: string): Promise<GroupResult> {
  return new Promise((resolve) => {
    const child = fork(path.join(__dirname, 'check', 'run-group.ts'), [name], { cwd: root, execArgv: process.execArgv, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    child.on('message', (message) => resolve(message as GroupResult));
    child.on('error', (error) => resolve(failedGroup(name, error)));
    // 'close', not 'exit': 'exit' can come before a message still on its way, 'close' only after the channel is empty.
    child.on('close', (code, signal) => resolve(failedGroup(name, new Error(`its process stopped (${signal ?? `exit code ${code}`}) before it reported`))));
  });
}

void main().then((code) => {
  process.exitCode = code;
});
