/**
 * `npm run new -- <kind> ...`: creates a new content file from a template, with the next free ID or
 * number, and says what to fill in. The kinds it can make, and how, are in the registry (src/core/registry).
 *   npm run new -- standard --domain governance
 *   npm run new -- lesson --curriculum worker-owner-foundations --title "Reading the bylaws"
 *   npm run new -- tool --title "Pay ratio calculator"
 *   npm run new -- checklist --title "Bank loan review"
 *   npm run new -- organization --name "Bay Area Co-op Help"
 *   npm run new -- case --name "Sunrise Bakery"
 */
import fs from 'node:fs';
import path from 'node:path';
import { scaffoldedTypes } from '../src/core/registry';
import { nextStandardId } from '../src/core/registry/scaffolds';

export { nextStandardId };

/** The value of `--name`, if given. */
function option(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? process.argv[index + 1] : undefined;
}

function main(): string {
  const root = path.resolve(option('root') ?? process.cwd());
  const command = process.argv[2];
  const types = scaffoldedTypes();
  const type = types.find((entry) => entry.scaffold?.command === command);
  if (!type?.scaffold) {
    const usage = types.map((entry) => `  npm run new -- ${entry.scaffold!.command} ${entry.scaffold!.usage}`).join('\n');
    throw new Error(`Say what to create:\n${usage}`);
  }
  // Every `--name value` pair after the command, e.g. --domain, --curriculum, --title, --name.
  const options = Object.fromEntries(
    process.argv.slice(3).flatMap((word, index, words) => (word.startsWith('--') && words[index + 1] !== undefined ? [[word.slice(2), words[index + 1]]] : [])),
  );
  const { file, content, fillIn } = type.scaffold.create(root, options);
  const target = path.join(root, file);
  if (fs.existsSync(target)) throw new Error(`${file} already exists; choose another name.`);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.writeFileSync(target, content);
  return `Created ${file}.\nFill in: ${fillIn}.\nThen run: npm run validate`;
}

try {
  console.log(main());
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 1;
}
