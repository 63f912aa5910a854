/**
 * Runs a command and measures its wall time and the peak memory of its whole process tree, by sampling
 * /proc (Linux). Needs no tool beyond Node.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';

export interface Measurement {
  seconds: number;
  /** Peak resident memory of the command and all its children together, in MiB. */
  peakMiB: number;
}

export async function measureCommand(command: string, args: string[], cwd: string): Promise<Measurement> {
  const started = performance.now();
  const child = spawn(command, args, { cwd, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, NODE_ENV: 'production' } });
  let peakBytes = 0;
  const timer = setInterval(() => {
    if (child.pid) peakBytes = Math.max(peakBytes, treeResidentBytes(child.pid));
  }, 100);
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  clearInterval(timer);
  if (code !== 0) throw new Error(`${command} ${args.join(' ')} failed with exit code ${code}`);
  return { seconds: (performance.now() - started) / 1000, peakMiB: peakBytes / 1024 / 1024 };
}

/** The resident memory of a process and all its descendants, in bytes. */
function treeResidentBytes(rootPid: number): number {
  const children = new Map<number, number[]>();
  const resident = new Map<number, number>();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      // Fields after the command name, which is in parentheses and may hold spaces.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const pid = Number(entry);
      const parent = Number(fields[1]);
      resident.set(pid, Number(fields[21]) * 4096);
      children.set(parent, [...(children.get(parent) ?? []), pid]);
    } catch {
      // The process ended while we looked.
    }
  }
  let total = 0;
  const queue = [rootPid];
  while (queue.length > 0) {
    const pid = queue.pop()!;
    total += resident.get(pid) ?? 0;
    queue.push(...(children.get(pid) ?? []));
  }
  return total;
}
