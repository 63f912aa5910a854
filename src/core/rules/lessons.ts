/**
 * Rule of lesson structure: every lesson has its parts in order (overview, content, activities,
 * discussion questions, check for understanding), at least one activity with its group size and
 * minutes, activity minutes that add up to the front matter, and facilitator notes.
 */
import type { ContentError } from '../errors';
import type { LessonFrontMatter } from '../generated/content-types';
import { errorAt, type Loaded, type Rule } from './context';

export const LESSON_SECTIONS = {
  en: ['Overview', 'Content', 'Activities', 'Discussion questions', 'Check for understanding'],
  es: ['Resumen', 'Contenido', 'Actividades', 'Preguntas para conversar', 'Comprobación de lo aprendido'],
} as const;

export const lessonsHaveEveryPart: Rule = (context) => context.lessons.flatMap(checkLesson);

function checkLesson(record: Loaded<LessonFrontMatter>): ContentError[] {
  const text = record.text ?? '';
  const lineOf = (offset: number) => text.slice(0, offset).split('\n').length;
  const at = (offset: number, field: string, message: string, fix: string): ContentError => ({
    file: record.file.file,
    position: { line: lineOf(offset), column: 1 },
    field,
    message,
    fix,
  });
  const bodyStart = text.indexOf('\n---', 3) + 4;
  const errors: ContentError[] = [];

  const sections = LESSON_SECTIONS[record.file.language ?? 'en'];
  const headings = [...text.matchAll(/^## +(.+?)\s*$/gm)].map((match) => match[1]);
  const found = sections.filter((section) => headings.includes(section));
  const missing = sections.filter((section) => !headings.includes(section));
  if (missing.length > 0) {
    errors.push(at(bodyStart, '(body)', `has no "## ${missing[0]}" section`, `give the lesson these sections, in order: ${sections.join(', ')}`));
  } else if (found.some((section, index) => headings.indexOf(section) < headings.indexOf(found[index - 1] ?? section))) {
    errors.push(at(bodyStart, '(body)', 'has its sections out of order', `order them: ${sections.join(', ')}`));
  }

  const activities = [...text.matchAll(/<Activity\b([^>]*)>/g)];
  if (activities.length === 0) {
    errors.push(at(bodyStart, '(body)', 'has no activity', 'add at least one <Activity title="..." group="..." minutes="..."> block'));
  }
  let activityMinutes = 0;
  for (const activity of activities) {
    const attributes = Object.fromEntries([...(activity[1] ?? '').matchAll(/(\w+)="([^"]*)"/g)].map((match) => [match[1], match[2]]));
    // Each attribute's presence and shape is the MDX policy's to judge (src/core/mdx-policy.ts).
    activityMinutes += Number(attributes.minutes) || 0;
  }
  if (activities.length > 0 && activityMinutes !== record.data.duration.activity) {
    errors.push(
      errorAt(record, ['duration', 'activity'], `is ${record.data.duration.activity}, but the activities add up to ${activityMinutes} minutes`, 'make the two agree'),
    );
  }
  if (!/<FacilitatorNote>/.test(text)) {
    errors.push(at(bodyStart, '(body)', 'has no facilitator note', 'add a <FacilitatorNote> with the answers to the check for understanding'));
  }
  return errors;
}
