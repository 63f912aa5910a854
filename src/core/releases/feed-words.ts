/**
 * The feeds' own words in each language of the site: titles and labels. The kinds of change and the
 * successor relations come from the library's vocabulary (src/core/vocabulary.ts). Release notes and
 * standard titles come from the release data and stay in English.
 * `kinds` reads after an ID and before "in <version>", as in "GOV-03 changed in 1.1.0".
 */
import type { Successor } from '../model';
import { vocabularyIn } from '../vocabulary';
import type { ChangeKind } from './diff';

export interface FeedWords {
  /** After the library's name in the title of the feed of releases. */
  releases: string;
  releasesAbout: string;
  /** After a standard's ID and title in the title of its feed. */
  changes: string;
  standardAbout: string;
  /** The heading over the list of changes in a release. */
  changesIn: string;
  /** Between a kind of change and a version: "GOV-03 changed in 1.1.0". */
  in: string;
  kinds: Readonly<Record<ChangeKind, string>>;
  /** After a successor's ID, in brackets: "GOV-09 (moved)". */
  relations: Readonly<Record<Successor['relation'], string>>;
  /** Before the successors of a moved or retired standard. */
  nowIn: string;
  fields: string;
  asOf: (id: string, version: string) => string;
  current: string;
  release: (version: string) => string;
}

export const FEED_WORDS: Record<'en' | 'es', FeedWords> = {
  en: {
    releases: 'releases',
    releasesAbout: 'Each release of the standards: what was added, changed, moved or retired.',
    changes: 'changes',
    standardAbout: 'Each release that added, changed, moved or retired this standard.',
    changesIn: 'Changes',
    in: 'in',
    kinds: vocabularyIn('en').changeAfterId,
    relations: vocabularyIn('en').relationName,
    nowIn: 'Its content is now in',
    fields: 'Fields changed',
    asOf: (id: string, version: string) => `Read ${id} as of ${version}`,
    current: 'Read the current text',
    release: (version: string) => `About release ${version}`,
  },
  es: {
    releases: 'versiones',
    releasesAbout: 'Cada versión de los estándares: qué se agregó, cambió, trasladó o retiró.',
    changes: 'cambios',
    standardAbout: 'Cada versión que agregó, cambió, trasladó o retiró este estándar.',
    changesIn: 'Cambios',
    in: 'en',
    kinds: vocabularyIn('es').changeAfterId,
    relations: vocabularyIn('es').relationName,
    nowIn: 'Su contenido ahora está en',
    fields: 'Campos que cambiaron',
    asOf: (id: string, version: string) => `Leer ${id} en la versión ${version}`,
    current: 'Leer el texto actual',
    release: (version: string) => `Sobre la versión ${version}`,
  },
};
