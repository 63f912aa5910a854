/**
 * Rules of the records written for partners and the public: case studies, the directory of support
 * organizations, the facts and figures, and the audience pages. Each names a file and a place a
 * contributor can fix.
 */
import type { ContentError } from '../errors';
import type { Source } from '../generated/content-types';
import type { PathSegment } from '../yaml-source';
import { baseName, errorAt, type Loaded, type Rule } from './context';
import { todayInUtc } from './dated-facts';
import { unknownStandards } from './references';

/** A case's or an organization's `id` is its file name, so that its address never depends on a typo. */
export const publicRecordIdsMatchFileNames: Rule = (context) =>
  [...context.cases, ...context.organizations].flatMap((record) => {
    const expected = baseName(record.file.file);
    return record.data.id === expected
      ? []
      : [errorAt(record, ['id'], `"${record.data.id}" does not match the file name "${expected}"`, `set id: ${expected}, or rename the file`)];
  });

export const casesNameRealStandards: Rule = (context) => context.cases.flatMap((record) => unknownStandards(context, record, ['standards'], record.data.standards));

export const casePartnersAreInTheDirectory: Rule = (context) => {
  // Every organization file counts, valid or not, so that one broken entry is reported once.
  const known = context.organizationFileIds;
  return context.cases.flatMap((record) =>
    (record.data.partners ?? []).flatMap((partner, index) =>
      partner.directory === undefined || known.has(partner.directory)
        ? []
        : [
            errorAt(
              record,
              ['partners', index, 'directory'],
              `"${partner.directory}" is not an organization of the directory`,
              'use the file name of one of standards/organizations/, or remove `directory` and keep only the name',
            ),
          ],
    ),
  );
};

/** A conversion says the year the workers bought the business; a start-up has no such year. */
export const conversionsSayWhenWorkersBought: Rule = (context) =>
  context.cases.flatMap((record) => {
    const { pathway, became_coop: becameCoop, founded } = record.data;
    if (pathway === 'conversion' && becameCoop === undefined) {
      return [errorAt(record, ['pathway'], 'a conversion needs the year the workers became owners', 'add became_coop: <year>')];
    }
    if (pathway === 'startup' && becameCoop !== undefined) {
      return [errorAt(record, ['became_coop'], 'only a conversion has a year the workers bought the business', 'remove became_coop, or set pathway: conversion', 'key')];
    }
    if (becameCoop !== undefined && becameCoop < founded) {
      return [errorAt(record, ['became_coop'], `${becameCoop} is before the business began (${founded})`, 'check both years against the sources')];
    }
    return [];
  });

export const figureIdsAreUnique: Rule = (context) => {
  const figures = context.figures;
  if (!figures) return [];
  const seen = new Set<string>();
  return figures.data.figures.flatMap((figure, index) => {
    if (!seen.has(figure.id)) {
      seen.add(figure.id);
      return [];
    }
    return [errorAt(figures, ['figures', index, 'id'], `"${figure.id}" is already the id of another figure`, 'give each figure its own id')];
  });
};

/** No day of checking, of a record or of one of its sources, is after today. */
export const publicRecordsAreNotCheckedInTheFuture: Rule = (context) => {
  const today = context.today ?? todayInUtc();
  const future = (record: Loaded<unknown>, path: readonly PathSegment[], day: string): ContentError[] =>
    day > today ? [errorAt(record, path, `${day} is a day that has not come yet`, 'write the day you last checked, as YYYY-MM-DD')] : [];
  const sources = (record: Loaded<unknown>, list: readonly Source[], path: readonly PathSegment[] = ['sources']) =>
    list.flatMap((source, index) => future(record, [...path, index, 'checked'], source.checked));
  return [
    ...[...context.cases, ...context.organizations].flatMap((record) => [...future(record, ['checked'], record.data.checked), ...sources(record, record.data.sources)]),
    ...context.audiencePaths.flatMap((record) => [...future(record, ['reviewed'], record.data.reviewed), ...sources(record, record.data.sources)]),
    ...(context.figures ? context.figures.data.figures.flatMap((figure, index) => future(context.figures!, ['figures', index, 'source', 'checked'], figure.source.checked)) : []),
  ];
};

/** Every audience page has its Spanish page, and each audience has one page per language. */
export const audiencePathsAreBilingual: Rule = (context) => {
  const pages = (language: string) => context.audiencePaths.filter((record) => (record.file.language ?? 'en') === language);
  const spanish = new Map(pages('es').map((record) => [record.file.docId, record]));
  const errors: ContentError[] = [];
  const audiences = new Map<string, string>();
  for (const record of pages('en')) {
    const other = audiences.get(record.data.audience);
    if (other) errors.push(errorAt(record, ['audience'], `${other} is already the page for "${record.data.audience}"`, 'give each audience one page'));
    audiences.set(record.data.audience, record.file.file);
    const copy = spanish.get(record.file.docId);
    if (!copy) errors.push(missingSpanish(record));
    else if (copy.data.audience !== record.data.audience) {
      errors.push(errorAt(copy, ['audience'], `is "${copy.data.audience}", but the English page says "${record.data.audience}"`, 'use the same audience in both languages'));
    }
  }
  return errors;
};

function missingSpanish(record: Loaded<unknown>): ContentError {
  return errorAt(
    record,
    ['title'],
    'has no Spanish page',
    `add i18n/es/docusaurus-plugin-content-docs/current/${record.file.docId}.mdx with the same front matter, in Spanish`,
    'key',
  );
}
