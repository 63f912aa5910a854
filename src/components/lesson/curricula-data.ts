/** The global data of the standards plugin that lesson and curriculum pages read. */
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
