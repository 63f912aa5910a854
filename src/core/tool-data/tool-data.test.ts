import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { formatContentError } from '../errors';
import { checkToolDataReferences, loadToolData, localizeToolData } from './index';
import { PROJECT_ROOT, projectToolData } from './project';

const copies: string[] = [];
afterEach(() => {
  for (const folder of copies.splice(0)) fs.rmSync(folder, { recursive: true, force: true });
});

/** A copy of the project's tool-data/ in a fresh folder, with `change` applied to the text of one file. */
function withChange(file: string, change: (text: string) => string): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'tool-data-'));
  copies.push(root);
  fs.cpSync(path.join(PROJECT_ROOT, 'tool-data'), path.join(root, 'tool-data'), { recursive: true });
  const target = path.join(root, file);
  fs.writeFileSync(target, change(fs.readFileSync(target, 'utf8')));
  return root;
}

/** Line and column (from 1) of the first `needle` in a file of the project. */
function positionIn(file: string, needle: string, after = ''): { line: number; column: number } {
  const text = fs.readFileSync(path.join(PROJECT_ROOT, file), 'utf8');
  const offset = text.indexOf(needle, after ? text.indexOf(after) : 0);
  const before = text.slice(0, offset);
  return { line: before.split('\n').length, column: offset - before.lastIndexOf('\n') };
}

describe('loadToolData', () => {
  it('reads every tool-data file of the project without an error or a warning', () => {
    const { errors, warnings, files } = loadToolData(PROJECT_ROOT);
    expect(errors.map(formatContentError)).toEqual([]);
    expect(warnings.map(formatContentError)).toEqual([]);
    expect(files).toContain('tool-data/readiness.yaml');
    expect(files).toContain('tool-data/i18n/es/templates/bylaws-outline.yaml');
  });

  it('reports a schema error at the file, line and column of the field, with the fix', () => {
    const root = withChange('tool-data/decision-matrix.yaml', (text) => text.replace('vote: two-thirds', 'vote: most'));
    const { errors } = loadToolData(root);
    const { line, column } = positionIn('tool-data/decision-matrix.yaml', 'two-thirds');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ file: 'tool-data/decision-matrix.yaml', position: { line, column }, field: 'decisions[1].vote' });
    expect(formatContentError(errors[0]!)).toMatch(new RegExp(`^tool-data/decision-matrix\\.yaml:${line}:${column} {2}decisions\\[1\\]\\.vote: `));
  });

  it('reports a fact that names a source the list does not have', () => {
    const root = withChange('tool-data/entity-comparison.yaml', (text) => text.replace('- usc1381\n', '- usc9999\n'));
    const messages = loadToolData(root).errors.map(formatContentError);
    expect(messages[0]).toMatch(/^tool-data\/entity-comparison\.yaml:\d+:\d+ {2}forms\[0\]\.cells\.tax\.points\[0\]\.sources\[0\]: "usc9999" is not a key of the sources list \(/);
  });

  it('warns that a translation is stale when the English text changes, and the page falls back to the English', () => {
    const root = withChange('tool-data/readiness.yaml', (text) => text.replace('Not yet', 'Not at all'));
    const { toolData, errors, warnings } = loadToolData(root);
    expect(errors).toEqual([]);
    expect(warnings.map(formatContentError)).toEqual([
      expect.stringMatching(
        /^tool-data\/i18n\/es\/readiness\.yaml:1:14 {2}warning: source_hash: the English text in tool-data\/readiness\.yaml has changed since this translation was made \(update the translation to match it, then run: npm run i18n:stamp -- tool-data\/i18n\/es\/readiness\.yaml\)$/,
      ),
    ]);
    const spanish = localizeToolData(toolData, 'es');
    expect(spanish.readiness.translation).toEqual({ language: 'es', status: 'stale' });
    expect(spanish.readiness.unsure).toBe('Not sure');
    expect(spanish.readiness.factors.flatMap((factor) => factor.questions).some((question) => question.options[0]!.label === 'Not at all')).toBe(true);
    expect(spanish.entityComparison.translation.status).toBe('translated');
  });

  it('reports a translation that holds a fact the English file keeps', () => {
    const root = withChange('tool-data/i18n/es/readiness.yaml', (text) => text.replace(/^( {6}- id: owner-interest\n)/m, '$1        standards: [GOV-01]\n'));
    expect(loadToolData(root).errors.map(formatContentError)).toEqual([
      expect.stringMatching(
        /^tool-data\/i18n\/es\/readiness\.yaml:\d+:9 {2}factors\[0\]\.questions\[0\]\.standards: is not a text of the English file tool-data\/readiness\.yaml \(remove it/,
      ),
    ]);
  });
});

describe('localizeToolData', () => {
  it('gives the Spanish text where it is translated, and the facts of the English file', () => {
    const english = localizeToolData(projectToolData(), 'en');
    const spanish = localizeToolData(projectToolData(), 'es');
    expect(english.readiness.translation.status).toBe('source');
    expect(spanish.readiness.translation.status).toBe('translated');
    expect(spanish.readiness.unsure).not.toBe(english.readiness.unsure);
    expect(spanish.readiness.factors[0]!.questions[0]!.standards).toEqual(english.readiness.factors[0]!.questions[0]!.standards);
    expect(spanish.entityComparison.sources).toEqual(english.entityComparison.sources);
  });
});

describe('checkToolDataReferences', () => {
  const targets = () => {
    const standardIds = new Set<string>();
    for (const domain of fs.readdirSync(path.join(PROJECT_ROOT, 'standards'), { withFileTypes: true })) {
      if (!domain.isDirectory() || ['i18n', 'checklists', 'releases', 'domains'].includes(domain.name)) continue;
      for (const file of fs.readdirSync(path.join(PROJECT_ROOT, 'standards', domain.name))) standardIds.add(file.replace(/\.yaml$/, ''));
    }
    const lessonDocIds = new Set<string>();
    const curricula = path.join(PROJECT_ROOT, 'docs', 'curricula');
    for (const curriculum of fs.readdirSync(curricula, { withFileTypes: true })) {
      if (!curriculum.isDirectory()) continue;
      for (const file of fs.readdirSync(path.join(curricula, curriculum.name)))
        lessonDocIds.add(`curricula/${curriculum.name}/${file.replace(/^\d+-/, '').replace(/\.mdx?$/, '')}`);
    }
    return { standardIds, lessonDocIds };
  };

  it('finds every standard and lesson the project names', () => {
    expect(checkToolDataReferences(projectToolData(), targets()).map(formatContentError)).toEqual([]);
  });

  it('reports a question that names a standard that does not exist at the line and column of the ID', () => {
    const { standardIds, lessonDocIds } = targets();
    standardIds.delete('CONV-07');
    const errors = checkToolDataReferences(projectToolData(), { standardIds, lessonDocIds });
    const { line, column } = positionIn('tool-data/readiness.yaml', 'CONV-07');
    expect(formatContentError(errors[0]!)).toBe(
      `tool-data/readiness.yaml:${line}:${column}  factors[0].questions[0].standards[1]: "CONV-07" is not the ID of any standard (use the ID of an existing standard, as in standards/<domain>/<ID>.yaml)`,
    );
  });

  it('reports a standard named inside a template note at the place the ID is written', () => {
    const { standardIds, lessonDocIds } = targets();
    standardIds.delete('FORM-01');
    const errors = checkToolDataReferences(projectToolData(), { standardIds, lessonDocIds });
    const { line, column } = positionIn('tool-data/templates/bylaws-outline.yaml', 'FORM-01');
    expect(errors.map(formatContentError)).toContain(
      `tool-data/templates/bylaws-outline.yaml:${line}:${column}  sections[0].blocks[1].note: names "FORM-01", which is not the ID of any standard (use the ID of an existing standard, as in standards/<domain>/<ID>.yaml)`,
    );
  });

  it('reports a lesson that does not exist at its place', () => {
    const { standardIds, lessonDocIds } = targets();
    lessonDocIds.delete('curricula/developer-fundamentals/feasibility');
    const errors = checkToolDataReferences(projectToolData(), { standardIds, lessonDocIds });
    expect(errors.map(formatContentError)[0]).toMatch(
      /^tool-data\/feasibility\.yaml:\d+:\d+ {2}criteria\[0\]\.lessons\[0\]: "curricula\/developer-fundamentals\/feasibility" is not a lesson \(/,
    );
  });
});
