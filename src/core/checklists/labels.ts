/**
 * The words of the downloadable checklists in each language. The Spanish names of levels and stages are
 * read from the site's interface text (i18n/es/code.json), so that a checklist and the site say the same.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Language, Level, Stage } from '../model';

const ENGLISH = {
  level: { core: 'Core', recommended: 'Recommended', advanced: 'Advanced' } as Record<Level, string>,
  stage: { explore: 'Explore', feasibility: 'Feasibility', plan: 'Plan', structure: 'Structure', launch: 'Launch', operate: 'Operate' } as Record<Stage, string>,
  columns: { id: 'ID', title: 'Standard', statement: 'Statement', level: 'Level', stages: 'Stages', group: 'Group', link: 'Link', status: 'Status', owner: 'Owner', due: 'Due', notes: 'Notes' },
  statuses: ['Not started', 'In progress', 'Done', 'Not applicable'],
  version: 'Version',
  released: 'released',
  draft: 'draft, not yet released',
  page: 'Page',
  of: 'of',
  notes: 'Notes',
  source: 'Each item links to the full standard.',
};

const SPANISH_TEXT = {
  columns: { id: 'ID', title: 'Estándar', statement: 'Enunciado', level: 'Nivel', stages: 'Etapas', group: 'Grupo', link: 'Enlace', status: 'Estado', owner: 'Responsable', due: 'Fecha límite', notes: 'Notas' },
  statuses: ['Sin empezar', 'En curso', 'Hecho', 'No aplica'],
  version: 'Versión',
  released: 'publicada el',
  draft: 'borrador, todavía sin publicar',
  page: 'Página',
  of: 'de',
  notes: 'Notas',
  source: 'Cada punto enlaza el estándar completo.',
};

export type ChecklistLabels = typeof ENGLISH;

export function checklistLabels(language: Language, projectRoot: string): ChecklistLabels {
  if (language === 'en') return ENGLISH;
  const site = siteMessages(language, projectRoot);
  return {
    ...SPANISH_TEXT,
    level: site.group('standards.level', ENGLISH.level),
    stage: site.group('standards.stage', ENGLISH.stage),
  };
}

/** The site's interface text in one language (i18n/<language>/code.json), looked up by message ID. */
export function siteMessages(language: Language, projectRoot: string) {
  const messages = JSON.parse(fs.readFileSync(path.join(projectRoot, 'i18n', language, 'code.json'), 'utf8')) as Record<string, { message: string }>;
  /** The message `id`, or `fallback` when the site has none. */
  const message = (id: string, fallback: string): string => messages[id]?.message ?? fallback;
  /** The messages `<prefix>.<key>` for each key of `english`; a key without a message stays as it is. */
  const group = <K extends string>(prefix: string, english: Record<K, string>): Record<K, string> =>
    Object.fromEntries((Object.keys(english) as K[]).map((key) => [key, message(`${prefix}.${key}`, key)])) as Record<K, string>;
  return { message, group };
}
