import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { VOCABULARY } from './filters';
import { packLabels } from './releases/pack/labels';
import { RECORD_TYPES } from './search/facets';
import { allLabels, LABELS, labelOf, PUBLISHED_PACK_WORDING, vocabularyIn } from './vocabulary';

const ROOT = path.resolve(__dirname, '../..');

/**
 * Interface text that says the same as a vocabulary label on purpose, with why. Everything else that
 * repeats a label must read it from src/core/vocabulary.ts instead.
 */
const SAME_WORDS_OTHER_MEANING: Record<string, string> = {
  'tools.entityComparison.sources.title': 'the sources of a legal comparison, not of a standard; tool copy is kept with the tools',
  'tools.entityComparison.column.sources': 'the same: a column of the legal comparison',
};

/** How two labels are compared: without case, surrounding space or a closing colon ("Etapas:"). */
const normal = (text: string) => text.trim().replace(/:$/, '').toLocaleLowerCase('es');

/** Every `translate({ id, message })` and `<Translate id>message</Translate>` in the site's code, with its English. */
function defaultMessages(): Array<{ id: string; message: string; file: string }> {
  const found: Array<{ id: string; message: string; file: string }> = [];
  const walk = (folder: string): string[] =>
    fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
      const full = path.join(folder, entry.name);
      return entry.isDirectory() ? walk(full) : /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
    });
  for (const file of walk(path.join(ROOT, 'src'))) {
    const text = fs.readFileSync(file, 'utf8');
    for (const match of text.matchAll(/translate\(\s*\{\s*id:\s*'([^']+)',\s*message:\s*'([^']*)'/g)) found.push({ id: match[1]!, message: match[2]!, file });
    for (const match of text.matchAll(/<Translate\s+id="([^"]+)"[^>]*>([^<{]+)<\/Translate>/g)) found.push({ id: match[1]!, message: match[2]!, file });
  }
  return found;
}

describe('the vocabulary', () => {
  it('names every value of the schema, and no other', () => {
    for (const facet of ['level', 'stage', 'pathway', 'audience'] as const) expect(Object.keys(LABELS[facet])).toEqual(VOCABULARY[facet]);
    expect(Object.keys(LABELS.recordType)).toEqual([...RECORD_TYPES]);
  });

  it('has words in every language for every label', () => {
    for (const { key, words } of allLabels()) {
      expect(words.en.trim(), key).not.toBe('');
      expect(words.es.trim(), key).not.toBe('');
    }
  });

  it('uses the Spanish terms of the content style guide', () => {
    const es = vocabularyIn('es');
    expect(es.audience.developer).toBe('Desarrolladores de cooperativas');
    expect(es.audience.trainer).toBe('Capacitadores');
    expect(es.audience['worker-owner']).toBe('Trabajadores-dueños');
    expect(es.audience.lender).toBe('Prestamistas');
    expect(es.recordType.standard).toBe('Estándar');
    expect(es.recordType.curriculum).toBe('Plan de estudios');
    expect(es.facet.domain).toBe('Área');
    expect(es.recordType.domain).toBe('Área');
  });

  it('names each form of a value on its own, so a sentence form and a short name can differ on purpose', () => {
    expect(vocabularyIn('en').relation.moved).toBe('moved to');
    expect(vocabularyIn('en').relationName.moved).toBe('moved');
    expect(vocabularyIn('es').change.moved).toBe('Trasladado a un nuevo ID');
    expect(vocabularyIn('es').changeAfterId.moved).toBe('se trasladó');
  });

  it('gives a value without a label back as it is', () => {
    expect(labelOf(vocabularyIn('es'), 'field', 'introduced')).toBe('introduced');
    expect(labelOf(vocabularyIn('es'), 'field', 'level')).toBe('Nivel');
    expect(labelOf(vocabularyIn('es'), 'field', 'toString')).toBe('toString');
  });
});

describe('the interface text beside the vocabulary', () => {
  it('holds no Spanish message in i18n/es/code.json that repeats a vocabulary label', () => {
    const labels = new Map(allLabels().map(({ key, words }) => [normal(words.es), key]));
    const code = JSON.parse(fs.readFileSync(path.join(ROOT, 'i18n/es/code.json'), 'utf8')) as Record<string, { message: string }>;
    const repeated = Object.entries(code)
      .filter(([id, { message }]) => labels.has(normal(message)) && !(id in SAME_WORDS_OTHER_MEANING))
      .map(([id, { message }]) => `${id}: "${message}" is the vocabulary's ${labels.get(normal(message))}; read it from src/core/vocabulary.ts and remove the entry`);
    expect(repeated).toEqual([]);
  });

  it('has no English default message in the code that repeats a vocabulary label', () => {
    const labels = new Map(allLabels().map(({ key, words }) => [normal(words.en), key]));
    const repeated = defaultMessages()
      .filter(({ id, message }) => labels.has(normal(message)) && !(id in SAME_WORDS_OTHER_MEANING))
      .map(({ id, message, file }) => `${path.relative(ROOT, file)}: ${id} "${message}" is the vocabulary's ${labels.get(normal(message))}; read it from src/core/vocabulary.ts`);
    expect(repeated).toEqual([]);
  });

  it('lists as exceptions only entries that exist', () => {
    const code = JSON.parse(fs.readFileSync(path.join(ROOT, 'i18n/es/code.json'), 'utf8')) as Record<string, unknown>;
    const ids = new Set([...Object.keys(code), ...defaultMessages().map(({ id }) => id)]);
    expect(Object.keys(SAME_WORDS_OTHER_MEANING).filter((id) => !ids.has(id))).toEqual([]);
  });
});

describe('the words of a published release pack', () => {
  it('keep the wording each published pack used, and name real labels', () => {
    for (const { key } of PUBLISHED_PACK_WORDING) {
      const [group, value] = key.split('.') as [keyof typeof LABELS, string];
      expect(Object.keys(LABELS[group]), key).toContain(value);
    }
    expect(packLabels('es', '1.1.0').level.core).toBe('Esencial');
    expect(packLabels('es', '1.1.0').columns.introduced).toBe('Incluido desde la versión');
  });
});
