/**
 * The kinds of content written as YAML data under standards/: the edition, its domains and standards,
 * their translations, the glossary, checklist profiles and release notes.
 */
import { datedFactsAreReviewedInTime, datedFactsNameTheirSources, sourcesAreNotCheckedInTheFuture, translationsTranslateEveryDatedFact } from '../rules/dated-facts';
import { compareRecordIds, compareStandardIds, type Language, type TranslationRecord } from '../model';
import { checklistSelectionsResolve } from '../rules/checklists';
import { domainPrefixesAreUnique, fileNamesMatchIds, libraryListsEveryDomain, standardIdsAreUnique, standardsSitInTheirDomain } from '../rules/identity';
import { spanishStatementsReadPlainly, statementsReadPlainly } from '../rules/readability';
import { glossaryReferencesExist, relatedStandardsExist, successorsBelongToRetiredStandards } from '../rules/references';
import { releasedStandardsStayFrozen, releaseNotesMatchTheData, snapshotsHaveReleaseNotes, translatedNotesNameListedChanges } from '../rules/releases';
import { translationsMatchTheirSource } from '../rules/translations';
import { retiredIdsAreNeverReused, versionsAreNotInTheFuture } from '../rules/versions';
import { domainRecords, glossaryRecords, standardRecords } from '../search/records';
import { checklistScaffold, standardScaffold } from './scaffolds';
import type { ContentType, FilePlace } from './types';

const DATA_FOLDER = 'standards';

/** The folders of standards/ that hold other kinds than standards. */
const NOT_STANDARD_FOLDERS: readonly string[] = ['i18n', 'domains', 'checklists', 'releases', 'case-studies', 'organizations'];

/** The parts of a path below standards/, when it is a YAML file there. */
function partsBelowData(file: string): string[] | undefined {
  if (!file.startsWith(`${DATA_FOLDER}/`) || !file.endsWith('.yaml')) return undefined;
  return file.split('/').slice(1);
}

/** A file directly in a folder of standards/, e.g. standards/domains/<id>.yaml. */
export function inDataFolder(folder: string): (file: string) => FilePlace | undefined {
  return (file) => {
    const parts = partsBelowData(file);
    return parts?.length === 2 && parts[0] === folder ? {} : undefined;
  };
}

/** The one file standards/<name>. */
export function dataFile(name: string): (file: string) => FilePlace | undefined {
  return (file) => (file === `${DATA_FOLDER}/${name}` ? {} : undefined);
}

export const LIBRARY_TYPE: ContentType = {
  kind: 'library',
  label: { en: 'edition metadata', es: 'datos de la edición' },
  format: 'yaml',
  folders: [DATA_FOLDER],
  match: dataFile('library.yaml'),
  identity: 'one file, standards/library.yaml',
  versioned: 'snapshot',
  translated: 'inline',
  rules: [libraryListsEveryDomain, versionsAreNotInTheFuture],
  snapshot: { key: 'meta', freeze: (library, version) => ({ ...library.meta, version }) },
};

export const DOMAIN_TYPE: ContentType = {
  kind: 'domain',
  label: { en: 'domain', es: 'área' },
  format: 'yaml',
  folders: [`${DATA_FOLDER}/domains`],
  match: inDataFolder('domains'),
  identity: '`id`, equal to the file name',
  versioned: 'snapshot',
  translated: 'records',
  rules: [domainPrefixesAreUnique],
  addresses: (library) => library.domains.map((domain) => `/standards/domains/${domain.id}`),
  searchRecords: domainRecords,
  snapshot: { key: 'domains', freeze: (library) => library.domains },
};

export const STANDARD_TYPE: ContentType = {
  kind: 'standard',
  label: { en: 'standard', es: 'estándar' },
  format: 'yaml',
  folders: [DATA_FOLDER],
  match: (file) => {
    const parts = partsBelowData(file);
    return parts?.length === 2 && !NOT_STANDARD_FOLDERS.includes(parts[0]!) ? { folder: parts[0] } : undefined;
  },
  identity: '`id` (e.g. GOV-03), equal to the file name; never reused or renumbered',
  versioned: 'snapshot',
  translated: 'records',
  rules: [
    fileNamesMatchIds,
    standardsSitInTheirDomain,
    standardIdsAreUnique,
    relatedStandardsExist,
    successorsBelongToRetiredStandards,
    retiredIdsAreNeverReused,
    statementsReadPlainly,
    datedFactsNameTheirSources,
    sourcesAreNotCheckedInTheFuture,
    datedFactsAreReviewedInTime,
  ],
  addresses: (library) => [
    '/standards',
    '/standards/coming-changes',
    ...library.standards.map((standard) => `/standards/${standard.id}`),
    ...library.snapshots.flatMap((snapshot) => [`/standards/${snapshot.version}`, ...snapshot.standards.map((standard) => `/standards/${snapshot.version}/${standard.id}`)]),
  ],
  searchRecords: standardRecords,
  snapshot: { key: 'standards', freeze: (library) => library.standards },
  scaffold: standardScaffold,
};

export const TRANSLATION_TYPE: ContentType = {
  kind: 'translation',
  label: { en: 'translation', es: 'traducción' },
  format: 'yaml',
  folders: [`${DATA_FOLDER}/i18n`],
  match: (file) => {
    const [first, language, folder, name] = partsBelowData(file) ?? [];
    if (first !== 'i18n' || (language !== 'es' && language !== 'en') || !folder || !name || file.split('/').length !== 5) return undefined;
    return folder === 'domains' ? { language, translates: 'domain' } : { language, translates: 'standard', folder };
  },
  identity: '`id` of the standard or domain it translates, with `source_hash` of the English it was made from',
  versioned: 'snapshot',
  translated: 'none',
  rules: [translationsMatchTheirSource, translationsTranslateEveryDatedFact, spanishStatementsReadPlainly],
  snapshot: {
    key: 'translations',
    freeze: (library) => {
      const translations: Partial<Record<Language, TranslationRecord[]>> = {};
      for (const language of library.meta.languages) {
        const records = library.translations[language];
        if (records) translations[language] = [...records.values()].sort((a, b) => compareStandardIds(a.id, b.id));
      }
      return translations;
    },
  },
};

export const GLOSSARY_TYPE: ContentType = {
  kind: 'glossary',
  label: { en: 'glossary', es: 'glosario' },
  format: 'yaml',
  folders: [DATA_FOLDER],
  match: dataFile('glossary.yaml'),
  identity: 'one file, standards/glossary.yaml; each term by its `id`',
  versioned: 'snapshot',
  translated: 'inline',
  rules: [glossaryReferencesExist],
  addresses: () => ['/glossary'],
  searchRecords: glossaryRecords,
  snapshot: { key: 'glossary', freeze: (library) => library.glossary },
};

export const CHECKLIST_TYPE: ContentType = {
  kind: 'checklist',
  label: { en: 'checklist profile', es: 'perfil de lista de verificación' },
  format: 'yaml',
  folders: [`${DATA_FOLDER}/checklists`],
  match: inDataFolder('checklists'),
  identity: '`id`, equal to the file name',
  versioned: 'snapshot',
  translated: 'inline',
  rules: [checklistSelectionsResolve],
  addresses: (library) => ['/checklists', '/checklists/builder', ...library.checklists.map((profile) => `/checklists/${profile.id}`)],
  snapshot: { key: 'checklists', freeze: (library) => [...library.checklists].sort(compareRecordIds) },
  scaffold: checklistScaffold,
};

export const RELEASE_TYPE: ContentType = {
  kind: 'release',
  label: { en: 'release notes', es: 'notas de la versión' },
  format: 'yaml',
  folders: [`${DATA_FOLDER}/releases`],
  match: inDataFolder('releases'),
  identity: '`version` (e.g. 1.2.0), equal to the file name',
  versioned: 'current',
  translated: 'inline',
  rules: [releaseNotesMatchTheData, snapshotsHaveReleaseNotes, translatedNotesNameListedChanges, releasedStandardsStayFrozen],
  addresses: (library) => ['/releases', ...library.snapshots.map((snapshot) => `/releases/${snapshot.version}`)],
};
