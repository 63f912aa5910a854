/** Rules of identity: every ID matches its file name, lives in the right folder, and is unique. */
import { baseName, errorAt, type Rule } from './context';

export const fileNamesMatchIds: Rule = (context) => {
  const records = [
    ...context.standards.map((record) => ({ record, id: record.data.id, field: 'id' })),
    ...context.domains.map((record) => ({ record, id: record.data.id, field: 'id' })),
    ...context.translations.map((record) => ({ record, id: record.data.id, field: 'id' })),
    ...context.checklists.map((record) => ({ record, id: record.data.id, field: 'id' })),
    ...context.releases.map((record) => ({ record, id: record.data.version, field: 'version' })),
  ];
  return records
    .filter(({ record, id }) => baseName(record.file.file) !== id)
    .map(({ record, id, field }) =>
      errorAt(
        record,
        [field],
        `"${id}" does not match the file name "${baseName(record.file.file)}"`,
        `rename the file to ${id}.yaml, or set ${field}: ${baseName(record.file.file)}`,
      ),
    );
};

export const standardsSitInTheirDomain: Rule = (context) => {
  const domains = new Map(context.domains.map((record) => [record.data.id, record.data]));
  const known = [...domains.keys()].join(', ') || 'none yet';
  return context.standards.flatMap((record) => {
    const { domain, id } = record.data;
    if (domain !== record.file.folder) {
      return [
        errorAt(record, ['domain'], `"${domain}" does not match the folder "${record.file.folder}"`, `move the file to standards/${domain}/, or set domain: ${record.file.folder}`),
      ];
    }
    const found = domains.get(domain);
    if (!found) {
      return [errorAt(record, ['domain'], `"${domain}" is not a domain of the library`, `use one of: ${known}; or add standards/domains/${domain}.yaml`)];
    }
    if (!id.startsWith(`${found.prefix}-`)) {
      return [errorAt(record, ['id'], `"${id}" does not start with the prefix of its domain, ${found.prefix}`, `use an ID like ${found.prefix}-01`)];
    }
    return [];
  });
};

export const standardIdsAreUnique: Rule = (context) => {
  const firstFile = new Map<string, string>();
  return context.standards.flatMap((record) => {
    const earlier = firstFile.get(record.data.id);
    if (earlier === undefined) {
      firstFile.set(record.data.id, record.file.file);
      return [];
    }
    return [errorAt(record, ['id'], `"${record.data.id}" is already used by ${earlier}`, 'give this standard the next free ID of its domain')];
  });
};

export const domainPrefixesAreUnique: Rule = (context) => {
  const firstDomain = new Map<string, string>();
  return context.domains.flatMap((record) => {
    const earlier = firstDomain.get(record.data.prefix);
    if (earlier === undefined) {
      firstDomain.set(record.data.prefix, record.data.id);
      return [];
    }
    return [errorAt(record, ['prefix'], `"${record.data.prefix}" is already the prefix of the domain "${earlier}"`, 'choose another prefix')];
  });
};

export const libraryListsEveryDomain: Rule = (context) => {
  const library = context.library;
  if (!library) return [];
  const listed = library.data.domains;
  const files = new Set(context.domains.map((record) => record.data.id));
  const missingFiles = listed.flatMap((id, index) =>
    files.has(id) ? [] : [errorAt(library, ['domains', index], `"${id}" has no file standards/domains/${id}.yaml`, 'add the domain file, or remove it from this list')],
  );
  const unlisted = context.domains
    .filter((record) => !listed.includes(record.data.id))
    .map((record) => errorAt(record, ['id'], `"${record.data.id}" is not listed in standards/library.yaml`, 'add it to the domains list of standards/library.yaml'));
  return [...missingFiles, ...unlisted];
};
