/** Every cross-file rule, run in this order after each file has passed its schema. */
import { checklistSelectionsResolve } from './checklists';
import type { Rule } from './context';
import { domainPrefixesAreUnique, fileNamesMatchIds, libraryListsEveryDomain, standardIdsAreUnique, standardsSitInTheirDomain } from './identity';
import {
  docPagesNameRealStandards,
  glossaryReferencesExist,
  lessonPrerequisitesExist,
  relatedStandardsExist,
  successorsBelongToRetiredStandards,
} from './references';
import { lessonsHaveEveryPart } from './lessons';
import { statementsReadPlainly } from './readability';
import { translationsMatchTheirSource } from './translations';
import { releasedStandardsStayFrozen, releaseNotesMatchTheData, snapshotsHaveReleaseNotes, translatedNotesNameListedChanges } from './releases';
import { retiredIdsAreNeverReused, versionsAreNotInTheFuture } from './versions';

export const CROSS_FILE_RULES: readonly Rule[] = [
  fileNamesMatchIds,
  standardsSitInTheirDomain,
  standardIdsAreUnique,
  domainPrefixesAreUnique,
  libraryListsEveryDomain,
  relatedStandardsExist,
  successorsBelongToRetiredStandards,
  docPagesNameRealStandards,
  lessonPrerequisitesExist,
  glossaryReferencesExist,
  checklistSelectionsResolve,
  versionsAreNotInTheFuture,
  retiredIdsAreNeverReused,
  releaseNotesMatchTheData,
  snapshotsHaveReleaseNotes,
  translatedNotesNameListedChanges,
  releasedStandardsStayFrozen,
  translationsMatchTheirSource,
  statementsReadPlainly,
  lessonsHaveEveryPart,
];
