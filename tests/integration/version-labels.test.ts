import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { labelDocsVersion, wrongVersionLabels } from '../../scripts/release/version-labels';

const PROJECT_ROOT = path.resolve(__dirname, '..', '..');
const versions = JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'versions.json'), 'utf8')) as string[];

describe('the label of each frozen docs version', () => {
  it('is its number in every language, never "current" or "next" in words', () => {
    expect(versions.length).toBeGreaterThan(0);
    expect(wrongVersionLabels(PROJECT_ROOT, versions)).toEqual([]);
  });

  it('is set by the cut over the label that docs:version copied from the current docs', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'version-labels-'));
    const folder = path.join(root, 'i18n/es/docusaurus-plugin-content-docs');
    fs.mkdirSync(folder, { recursive: true });
    const copied = { 'version.label': { message: 'Próxima', description: 'The label for version current' }, 'sidebar.x': { message: 'Guías' } };
    fs.writeFileSync(path.join(folder, 'version-2.0.0.json'), JSON.stringify(copied));
    expect(wrongVersionLabels(root, ['2.0.0'])).toEqual(['i18n/es/docusaurus-plugin-content-docs/version-2.0.0.json: "Próxima"']);

    expect(labelDocsVersion(root, '2.0.0')).toEqual(['i18n/es/docusaurus-plugin-content-docs/version-2.0.0.json']);
    expect(wrongVersionLabels(root, ['2.0.0'])).toEqual([]);
    const labels = JSON.parse(fs.readFileSync(path.join(folder, 'version-2.0.0.json'), 'utf8'));
    expect(labels['sidebar.x']).toEqual({ message: 'Guías' });
  });
});
