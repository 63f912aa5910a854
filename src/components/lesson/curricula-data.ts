/**
 * What lesson and curriculum pages read: the curricula and the standards' titles, in the page's
 * language, from the module the standards plugin writes at build time. Only the pages that show them
 * load it; it is not part of what every page loads.
 */
import raw from '@generated/standards/default/curricula.json';

export interface CurriculumLessonData {
  id: string;
  title: string;
  permalink: string;
  teaching: number;
  activity: number;
  standards: string[];
  audience: string[];
}

export interface CurriculaData {
  /** Standard titles by ID, in the page's language. */
  standardTitles: Record<string, string>;
  curricula: Array<{ id: string; title: string; permalink: string; printPermalink: string; lessons: CurriculumLessonData[] }>;
}

/** The curricula and standard titles of the language being built. */
export const curriculaData = raw as CurriculaData;
