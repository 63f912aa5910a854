/** Every lesson of every curriculum, as the assignment pages need them, and the links to a lesson. */
import type { AssignmentLanguage, AssignmentView } from '@site/src/core/assignment/model';
import { curriculaData, type CurriculumLessonData } from '../lesson/curricula-data';
import { useLocaleBaseUrl } from '../locale';

export interface CatalogLesson extends CurriculumLessonData {
  curriculumId: string;
  curriculumTitle: string;
  minutes: number;
}

export function useLessonCatalog(): CatalogLesson[] {
  const { curricula } = curriculaData;
  return curricula.flatMap((curriculum) =>
    curriculum.lessons.map((lesson) => ({
      ...lesson,
      curriculumId: curriculum.id,
      curriculumTitle: curriculum.title,
      minutes: lesson.teaching + lesson.activity,
    })),
  );
}

/**
 * A lesson's address in the assignment's language and view. Lessons are doc pages at /<doc ID>; the
 * Spanish site adds /es. The address is absolute when `absolute` is set (for calendars and copies).
 */
export function useLessonLink(): (docId: string, language: AssignmentLanguage, view: AssignmentView, absolute?: boolean) => string {
  const pathIn = useLocalePath();
  return (docId, language, view, absolute = false) => {
    const path = pathIn(language, `${docId}${view === 'facilitator' ? '?view=facilitator' : ''}`);
    return absolute && typeof window !== 'undefined' ? new URL(path, window.location.origin).href : path;
  };
}

/** The address of an assignment page in a language, with the assignment in its fragment. */
export function useAssignmentLink(): (code: string, language: AssignmentLanguage) => string {
  const pathIn = useLocalePath();
  return (code, language) => {
    const path = pathIn(language, `assignment#${code}`);
    return typeof window !== 'undefined' ? new URL(path, window.location.origin).href : path;
  };
}

/** A path of the site in a given language, under that language's base URL. */
function useLocalePath(): (language: AssignmentLanguage, path: string) => string {
  const baseUrlOf = useLocaleBaseUrl();
  return (language, path) => `${baseUrlOf(language)}${path}`;
}
