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
  const messages = JSON.parse(fs.readFileSync(path.join(projectRoot, 'i18n', language, 'code.json'), 'utf8')) as Record<string, { message: string }>;
  const fromSite = <K extends string>(group: string, keys: readonly K[]) =>
    Object.fromEntries(keys.map((key) => [key, messages[`standards.${group}.${key}`]?.message ?? key])) as Record<K, string>;
  return {
    ...SPANISH_TEXT,
    level: fromSite('level', Object.keys(ENGLISH.level) as Level[]),
    stage: fromSite('stage', Object.keys(ENGLISH.stage) as Stage[]),
  };
}
