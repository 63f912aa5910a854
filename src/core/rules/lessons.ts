/**
 * Rule of lesson structure: every lesson has its parts in order (overview, content, activities,
 * discussion questions, check for understanding), at least one activity with its group size and
 * minutes, activity minutes that add up to the front matter, and facilitator notes. It reads the
 * page's tree (see page-source.ts), never its text.
 */
import type { Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { ContentError } from '../errors';
import type { LessonFrontMatter } from '../generated/content-types';
import { errorAt, type Loaded, type Rule } from './context';

export const LESSON_SECTIONS = {
  en: ['Overview', 'Content', 'Activities', 'Discussion questions', 'Check for understanding'],
  es: ['Resumen', 'Contenido', 'Actividades', 'Preguntas para conversar', 'Comprobación de lo aprendido'],
} as const;

export const lessonsHaveEveryPart: Rule = (context) => context.lessons.flatMap(checkLesson);

type Component = MdxJsxFlowElement | MdxJsxTextElement;

/** The headings of level 2 and the components of a page, in the order they stand. */
function outline(tree: Root): { headings: string[]; components: Component[] } {
  const headings: string[] = [];
  const components: Component[] = [];
  visit(tree, (node) => {
    if (node.type === 'heading' && node.depth === 2) headings.push(toString(node).trim());
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') components.push(node);
  });
  return { headings, components };
}

function checkLesson(record: Loaded<LessonFrontMatter>): ContentError[] {
  const tree = record.page?.tree;
  if (!tree) return [];
  // Problems of the body as a whole are shown where the body starts: at the front matter's closing line.
  const at = (field: string, message: string, fix: string): ContentError => ({
    file: record.file.file,
    position: { line: Math.max(record.page?.frontMatterEnd ?? 1, 1), column: 1 },
    field,
    message,
    fix,
  });
  const errors: ContentError[] = [];
  const { headings, components } = outline(tree);

  const sections = LESSON_SECTIONS[record.file.language ?? 'en'];
  const found = sections.filter((section) => headings.includes(section));
  const missing = sections.filter((section) => !headings.includes(section));
  if (missing.length > 0) {
    errors.push(at('(body)', `has no "## ${missing[0]}" section`, `give the lesson these sections, in order: ${sections.join(', ')}`));
  } else if (found.some((section, index) => headings.indexOf(section) < headings.indexOf(found[index - 1] ?? section))) {
    errors.push(at('(body)', 'has its sections out of order', `order them: ${sections.join(', ')}`));
  }

  const activities = components.filter((node) => node.name === 'Activity');
  if (activities.length === 0) {
    errors.push(at('(body)', 'has no activity', 'add at least one <Activity title="..." group="..." minutes="..."> block'));
  }
  // Each attribute's presence and shape is the MDX policy's to judge (src/core/mdx-policy.ts).
  const activityMinutes = activities.reduce((sum, node) => sum + (Number(attributeText(node, 'minutes')) || 0), 0);
  if (activities.length > 0 && activityMinutes !== record.data.duration.activity) {
    errors.push(errorAt(record, ['duration', 'activity'], `is ${record.data.duration.activity}, but the activities add up to ${activityMinutes} minutes`, 'make the two agree'));
  }
  if (!components.some((node) => node.name === 'FacilitatorNote')) {
    errors.push(at('(body)', 'has no facilitator note', 'add a <FacilitatorNote> with the answers to the check for understanding'));
  }
  return errors;
}

/** The value of an attribute written as text (`minutes="20"`); undefined for any other form. */
function attributeText(node: Component, name: string): string | undefined {
  for (const attribute of node.attributes) {
    if (attribute.type === 'mdxJsxAttribute' && attribute.name === name && typeof attribute.value === 'string') return attribute.value;
  }
  return undefined;
}
