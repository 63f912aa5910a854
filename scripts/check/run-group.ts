/** Runs one group of `npm run check` in a process of its own, and sends its result to the parent. */
import { failedGroup, isGroupName, runGroup, type GroupResult } from './groups';

async function main(): Promise<void> {
  const name = process.argv[2] ?? '';
  if (!isGroupName(name) || !process.send) throw new Error(`run-group: start it from scripts/check.ts with a group name, not "${name}"`);
  const result: GroupResult = await runGroup(name, process.cwd()).catch((error: unknown) => failedGroup(name, error));
  process.send(result, () => process.disconnect());
}

void main();
