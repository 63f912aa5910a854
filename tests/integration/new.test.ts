import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatContentError } from '../../src/core/errors';
import { loadLibrary } from '../../src/core/load';
import { VALID_LIBRARY } from '../support/fixtures';

const PROJECT_ROOT = path.resolve(__dirname, '..', '..');

function copyOfValidLibrary(): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'new-content-'));
  fs.cpSync(VALID_LIBRARY, root, { recursive: true });
  return root;
}

const run = (root: string, ...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', path.join(PROJECT_ROOT, 'scripts/new.ts'), ...args, '--root', root], { cwd: PROJECT_ROOT, encoding: 'utf8' });

describe('npm run new', () => {
  it('creates a standard with the next free ID of its domain, retired IDs included, and says what to fill in', () => {
    const root = copyOfValidLibrary();
    const result = run(root, 'standard', '--domain', 'governance');
    expect(result.status).toBe(0);
    // GOV-01 is active and GOV-02 is retired: the next ID is GOV-03, never a reused one.
    expect(result.stdout).toContain('Created standards/governance/GOV-03.yaml');
    expect(result.stdout).toContain('Fill in: title, statement');
    const problems = loadLibrary(root).errors.map(formatContentError);
    expect(problems.every((line) => line.startsWith('standards/governance/GOV-03.yaml:'))).toBe(true);
    expect(problems.some((line) => line.includes('statement: is too short'))).toBe(true);
  });

  it('creates a lesson with every part, numbered after the last one', () => {
    const root = copyOfValidLibrary();
    const result = run(root, 'lesson', '--curriculum', 'demo', '--title', 'Reading the bylaws');
    expect(result.stdout).toContain('Created docs/curricula/demo/03-reading-the-bylaws.mdx');
    const problems = loadLibrary(root).errors.map(formatContentError);
    // Only empty fields are left to fill: the structure of the lesson is already right.
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every((line) => /03-reading-the-bylaws\.mdx:\d+:\d+ {2}[\w[\]]+: is too short/.test(line))).toBe(true);
  });

  it('starts an organization of the directory as one file, and only the placeholders are left to fix', () => {
    const root = copyOfValidLibrary();
    const result = run(root, 'organization', '--name', 'Bay Area Co-op Help');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Created standards/organizations/bay-area-co-op-help.yaml');
    const problems = loadLibrary(root).errors.map(formatContentError);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every((line) => line.startsWith('standards/organizations/bay-area-co-op-help.yaml:'))).toBe(true);
    expect(problems.some((line) => line.includes('serves[0]: "XX" is not one of nationwide, AL'))).toBe(true);
    // The same name again would overwrite someone's work: it is refused.
    const again = run(root, 'organization', '--name', 'Bay Area Co-op Help');
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('standards/organizations/bay-area-co-op-help.yaml already exists');
  });

  it('starts a case study whose every fact is still to be sourced', () => {
    const root = copyOfValidLibrary();
    const result = run(root, 'case', '--name', 'Sunrise Bakery');
    expect(result.stdout).toContain('Created standards/case-studies/sunrise-bakery.yaml');
    const problems = loadLibrary(root).errors.map(formatContentError);
    expect(problems.every((line) => line.startsWith('standards/case-studies/sunrise-bakery.yaml:'))).toBe(true);
    expect(problems.some((line) => line.includes('state: "XX" is not one of'))).toBe(true);
  });

  it('says which domains exist when the domain is unknown', () => {
    const result = run(copyOfValidLibrary(), 'standard', '--domain', 'money');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('There is no domain "money". Use one of: finance, governance');
  });
});
