/**
 * The label each language gives a frozen docs version. `docusaurus docs:version` copies the labels of
 * the current docs (i18n/<language>/docusaurus-plugin-content-docs/current.json), so a release's
 * Spanish pages would say "Actual" or "Próxima" instead of their version. The cut sets the label to
 * the version's number, as the English pages show it.
 */
import fs from 'node:fs';
import path from 'node:path';

const LABEL = 'version.label';

function labelFiles(root: string, version: string): string[] {
  const i18n = path.join(root, 'i18n');
  if (!fs.existsSync(i18n)) return [];
  return fs
    .readdirSync(i18n)
    .map((language) => path.join(i18n, language, 'docusaurus-plugin-content-docs', `version-${version}.json`))
    .filter((file) => fs.existsSync(file));
}

/** Sets the label of a frozen docs version to its number in every language that has one. */
export function labelDocsVersion(root: string, version: string): string[] {
  return labelFiles(root, version).map((file) => {
    const labels = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, { message: string; description?: string }>;
    labels[LABEL] = { message: version, description: `The label for version ${version}` };
    fs.writeFileSync(file, `${JSON.stringify(labels, null, 2)}\n`);
    return path.relative(root, file).split(path.sep).join('/');
  });
}

/** Each frozen docs version whose label in some language is not its number, as "file: label". */
export function wrongVersionLabels(root: string, versions: readonly string[]): string[] {
  return versions.flatMap((version) =>
    labelFiles(root, version).flatMap((file) => {
      const label = (JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, { message?: string }>)[LABEL]?.message;
      return label === version ? [] : [`${path.relative(root, file).split(path.sep).join('/')}: "${label}"`];
    }),
  );
}
