/** Rules of translation: each translation names a real item, is complete, and is not stale. */
import type { Translation } from '../generated/content-types';
import { domainSourceHash, standardSourceHash, TRANSLATED_DOMAIN_FIELDS, TRANSLATED_STANDARD_FIELDS } from '../translation-hash';
import { errorAt, type Loaded, type Rule, type RuleContext } from './context';

export const translationsMatchTheirSource: Rule = (context) => {
  const languages: readonly string[] = context.library?.data.languages ?? [];
  const source = languages[0];
  return context.translations.flatMap((record) => {
    const language = record.file.language;
    if (language && (language === source || !languages.includes(language))) {
      return [
        errorAt(
          record,
          [],
          `"${language}" is not a translation language of the library`,
          `put translations under standards/i18n/<language>/ for one of: ${languages.slice(1).join(', ')}`,
        ),
      ];
    }
    return record.file.translates === 'domain' ? checkDomainTranslation(context, record) : checkStandardTranslation(context, record);
  });
};

function checkStandardTranslation(context: RuleContext, record: Loaded<Translation>) {
  const original = context.standards.find((candidate) => candidate.data.id === record.data.id);
  if (!original) {
    if (!context.standardFileIds.has(record.data.id)) {
      return [errorAt(record, ['id'], `"${record.data.id}" is not the ID of any standard`, 'translate an existing standard, or remove this file')];
    }
    return [];
  }
  if (original.data.domain !== record.file.folder) {
    return [
      errorAt(
        record,
        ['id'],
        `${record.data.id} belongs to the domain "${original.data.domain}"`,
        `move this file to standards/i18n/${record.file.language}/${original.data.domain}/`,
      ),
    ];
  }
  const errors = [
    ...missingFields(record, TRANSLATED_STANDARD_FIELDS),
    ...extraFields(
      record,
      TRANSLATED_DOMAIN_FIELDS.filter((field) => field !== 'title'),
      'a standard',
    ),
  ];
  const evidence = record.data.evidence;
  if (evidence && evidence.length !== original.data.evidence.length) {
    errors.push(
      errorAt(record, ['evidence'], `has ${evidence.length} items but the English has ${original.data.evidence.length}`, 'translate each item of evidence, in the same order'),
    );
  }
  if (record.data.source_hash !== standardSourceHash(original.data)) errors.push(staleWarning(record, original.file.file));
  return errors;
}

function checkDomainTranslation(context: RuleContext, record: Loaded<Translation>) {
  const original = context.domains.find((candidate) => candidate.data.id === record.data.id);
  if (!original) {
    return [errorAt(record, ['id'], `"${record.data.id}" is not a domain of the library`, 'translate an existing domain, or remove this file')];
  }
  const errors = [
    ...missingFields(record, TRANSLATED_DOMAIN_FIELDS),
    ...extraFields(
      record,
      TRANSLATED_STANDARD_FIELDS.filter((field) => field !== 'title'),
      'a domain',
    ),
  ];
  if (record.data.source_hash !== domainSourceHash(original.data)) errors.push(staleWarning(record, original.file.file));
  return errors;
}

function missingFields(record: Loaded<Translation>, fields: readonly (keyof Translation)[]) {
  return fields.filter((field) => record.data[field] === undefined).map((field) => errorAt(record, [field], 'is missing', `add the translation of "${field}"`));
}

function extraFields(record: Loaded<Translation>, fields: readonly (keyof Translation)[], kind: string) {
  return fields.filter((field) => record.data[field] !== undefined).map((field) => errorAt(record, [field], `is not a field of ${kind}`, 'remove it', 'key'));
}

/** Stale is a warning: the page keeps the old translation and shows a notice that links to the English. */
function staleWarning(record: Loaded<Translation>, originalFile: string) {
  return {
    ...errorAt(
      record,
      ['source_hash'],
      `the English text in ${originalFile} has changed since this translation was made`,
      `update the translation to match it, then run: npm run i18n:stamp -- ${record.file.file}`,
    ),
    severity: 'warning' as const,
  };
}
