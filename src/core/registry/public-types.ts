/**
 * The kinds of content written for partners and the public, as YAML data under standards/: case
 * studies of real worker co-ops, the directory of support organizations, and the facts and figures.
 * Each file holds both languages, so adding one is a one-file change.
 */
import { caseRecords, figureRecords, organizationRecords } from '../public/search-records';
import { casePermalink, casesPermalink, directoryPermalink, factsPermalink } from '../public/permalinks';
import {
  casePartnersAreInTheDirectory,
  casesNameRealStandards,
  conversionsSayWhenWorkersBought,
  figureIdsAreUnique,
  publicRecordIdsMatchFileNames,
  publicRecordsAreNotCheckedInTheFuture,
} from '../rules/public-records';
import { dataFile, inDataFolder } from './data-types';
import { caseScaffold, organizationScaffold } from './scaffolds';
import type { ContentType } from './types';

export const CASE_STUDY_TYPE: ContentType = {
  kind: 'case-study',
  label: { en: 'case study', es: 'caso de estudio' },
  format: 'yaml',
  folders: ['standards/case-studies'],
  match: inDataFolder('case-studies'),
  identity: '`id`, equal to the file name, e.g. cooperative-home-care-associates',
  versioned: 'current',
  translated: 'inline',
  rules: [publicRecordIdsMatchFileNames, casesNameRealStandards, casePartnersAreInTheDirectory, conversionsSayWhenWorkersBought, publicRecordsAreNotCheckedInTheFuture],
  addresses: (library) => [casesPermalink('/'), ...library.cases.map((record) => casePermalink('/', record.id))],
  searchRecords: caseRecords,
  scaffold: caseScaffold,
};

export const ORGANIZATION_TYPE: ContentType = {
  kind: 'organization',
  label: { en: 'support organization', es: 'organización de apoyo' },
  format: 'yaml',
  folders: ['standards/organizations'],
  match: inDataFolder('organizations'),
  identity: '`id`, equal to the file name, e.g. us-federation-of-worker-cooperatives',
  versioned: 'current',
  translated: 'inline',
  rules: [publicRecordIdsMatchFileNames, publicRecordsAreNotCheckedInTheFuture],
  addresses: () => [directoryPermalink('/')],
  searchRecords: organizationRecords,
  scaffold: organizationScaffold,
};

export const FIGURES_TYPE: ContentType = {
  kind: 'figures',
  label: { en: 'facts and figures', es: 'datos y cifras' },
  format: 'yaml',
  folders: ['standards'],
  match: dataFile('figures.yaml'),
  identity: 'one file, standards/figures.yaml; each figure by its `id`',
  versioned: 'current',
  translated: 'inline',
  rules: [figureIdsAreUnique, publicRecordsAreNotCheckedInTheFuture],
  addresses: () => [factsPermalink('/')],
  searchRecords: figureRecords,
};
