/** Rules of identity: every ID matches its file name, lives in the right folder, and is unique. */
import { baseName, errorAt, type Loaded, type Rule } from './context';

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

/** Each record after the first one that has the same key, with the file or name of that first one. */
function repeated<T>(records: readonly Loaded<T>[], key: (record: Loaded<T>) => string, owner: (record: Loaded<T>) => string) {
  const first = new Map<string, string>();
  return records.flatMap((record) => {
    const earlier = first.get(key(record));
    if (earlier !== undefined) return [{ record, earlier }];
    first.set(key(record), owner(record));
    return [];
  });
}

export const standardIdsAreUnique: Rule = (context) =>
  repeated(
    context.standards,
    (record) => record.data.id,
    (record) => record.file.file,
  ).map(({ record, earlier }) => errorAt(record, ['id'], `"${record.data.id}" is already used by ${earlier}`, 'give this standard the next free ID of its domain'));

export const domainPrefixesAreUnique: Rule = (context) =>
  repeated(
    context.domains,
    (record) => record.data.prefix,
    (record) => record.data.id,
  ).map(({ record, earlier }) => errorAt(record, ['prefix'], `"${record.data.prefix}" is already the prefix of the domain "${earlier}"`, 'choose another prefix'));

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
