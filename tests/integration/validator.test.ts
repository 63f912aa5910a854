import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatContentError } from '../../src/core/errors';
import { loadLibrary } from '../../src/core/load';
import { buildCaseLibrary, expectedLines, invalidCaseNames, VALID_LIBRARY } from '../support/fixtures';

const PROJECT_ROOT = path.resolve(__dirname, '..', '..');
const ERROR_LINE = /^[\w./-]+\.(ya?ml|mdx?):\d+:\d+ {2}(warning: )?[^\s:][^:]*: .+ \(.+\)$/;

describe('loadLibrary on the valid fixture', () => {
  it('finds no problem and builds the whole model', () => {
    const { library, errors } = loadLibrary(VALID_LIBRARY);
    expect(errors.map(formatContentError)).toEqual([]);
    expect(library?.standards.map((standard) => standard.id)).toEqual(['FIN-01', 'GOV-01', 'GOV-02']);
    expect(library?.domains.map((domain) => domain.id)).toEqual(['governance', 'finance']);
    expect(library?.translations.es?.get('GOV-01')?.title).toBe('Un socio, un voto');
    expect(library?.lessons.map((lesson) => lesson.docId)).toEqual(['curricula/demo/voting', 'curricula/demo/patronage']);
    expect(library?.tools.map((tool) => tool.docId)).toEqual(['tools/buy-in']);
  });

  it('returns a model that cannot be changed by accident', () => {
    const { library } = loadLibrary(VALID_LIBRARY);
    expect(Object.isFrozen(library)).toBe(true);
    expect(Object.isFrozen(library?.standards[0])).toBe(true);
  });
});

describe('loadLibrary on invalid content', () => {
  for (const name of invalidCaseNames()) {
    it(`reports the exact problems of the case "${name}"`, () => {
      const { library, errors, warnings } = loadLibrary(buildCaseLibrary(name));
      const lines = [...errors, ...warnings].map(formatContentError);
      expect(lines).toEqual(expectedLines(name));
      for (const line of lines) expect(line).toMatch(ERROR_LINE);
      // Warnings alone never stop the build; any error does.
      expect(library === undefined).toBe(errors.length > 0);
    });
  }

  it('collects the problems of every file in one run', () => {
    const { errors } = loadLibrary(buildCaseLibrary('many-files'));
    expect(new Set(errors.map((error) => error.file)).size).toBe(3);
  });
});

describe('npm run validate', () => {
  const run = (root: string) => spawnSync(process.execPath, ['--import', 'tsx', path.join(PROJECT_ROOT, 'scripts/validate.ts'), root], { cwd: PROJECT_ROOT, encoding: 'utf8' });

  it('prints every problem with file, line and column, and exits non-zero', () => {
    const result = run(buildCaseLibrary('many-files'));
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(expectedLines('many-files').join('\n'));
    expect(result.stderr).toContain('3 problems in 3 files');
  });

  it('accepts the real content of the library', () => {
    const result = run(PROJECT_ROOT);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/The library is valid: \d+ standards in \d+ domains/);
  });
});

describe('npm run build with invalid content', () => {
  it('stops before building and leaves the previous build untouched', () => {
    const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'previous-build-'));
    fs.writeFileSync(path.join(outDir, 'index.html'), '<p>the previous build</p>');
    const result = spawnSync(process.execPath, ['--import', 'tsx', path.join(PROJECT_ROOT, 'scripts/build.ts'), '--out-dir', outDir, '--content', buildCaseLibrary('many-files')], {
      cwd: PROJECT_ROOT,
      encoding: 'utf8',
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(expectedLines('many-files')[0]);
    expect(result.stderr).toContain('Nothing was built');
    expect(fs.readdirSync(outDir)).toEqual(['index.html']);
    expect(fs.readFileSync(path.join(outDir, 'index.html'), 'utf8')).toBe('<p>the previous build</p>');
    expect(fs.existsSync(`${outDir}.next`)).toBe(false);
  });
});

describe('loadLibrary on the tool data', () => {
  it('checks the standards a tool names as a cross-file rule, at the line and column of the ID', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'tool-data-'));
    for (const folder of ['standards', 'docs', 'i18n', 'versioned_standards', 'versioned_downloads']) fs.symlinkSync(path.join(PROJECT_ROOT, folder), path.join(root, folder));
    fs.cpSync(path.join(PROJECT_ROOT, 'tool-data'), path.join(root, 'tool-data'), { recursive: true });
    const file = path.join(root, 'tool-data', 'readiness.yaml');
    const lines = fs.readFileSync(file, 'utf8').split('\n');
    const index = lines.findIndex((line) => /^\s+- [A-Z]+-\d+$/.test(line));
    lines[index] = lines[index]!.replace(/[A-Z]+-\d+$/, 'GOV-99');
    fs.writeFileSync(file, lines.join('\n'));
    const { library, errors } = loadLibrary(root);
    expect(library).toBeUndefined();
    expect(errors.map(formatContentError)).toEqual([
      `tool-data/readiness.yaml:${index + 1}:${lines[index]!.indexOf('GOV-99') + 1}  ${errors[0]?.field}: "GOV-99" is not the ID of any standard (use the ID of an existing standard, as in standards/<domain>/<ID>.yaml)`,
    ]);
  });

  it('gives the model the tools’ words when they are whole', () => {
    const { library } = loadLibrary(PROJECT_ROOT);
    expect(library?.toolData?.english.readiness.data.factors.length).toBeGreaterThan(0);
  });
});
