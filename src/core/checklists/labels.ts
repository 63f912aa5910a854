/**
 * The words of the downloadable checklists in each language. The names of levels and stages come from
 * the library's vocabulary (src/core/vocabulary.ts), so that a checklist and the site say the same.
 */
import type { Language, Level, Stage } from '../model';
import { vocabularyIn } from '../vocabulary';

const ENGLISH = {
  columns: {
    id: 'ID',
    title: 'Standard',
    statement: 'Statement',
    level: 'Level',
    stages: 'Stages',
    group: 'Group',
    link: 'Link',
    status: 'Status',
    owner: 'Owner',
    due: 'Due',
    notes: 'Notes',
  },
  statuses: ['Not started', 'In progress', 'Done', 'Not applicable'],
  version: 'Version',
  released: 'released',
  draft: 'draft, not yet released',
  page: 'Page',
  of: 'of',
  notes: 'Notes',
  source: 'Each item links to the full standard.',
};

const SPANISH: typeof ENGLISH = {
  columns: {
    id: 'ID',
    title: 'Estándar',
    statement: 'Enunciado',
    level: 'Nivel',
    stages: 'Etapas',
    group: 'Grupo',
    link: 'Enlace',
    status: 'Estado',
    owner: 'Responsable',
    due: 'Fecha límite',
    notes: 'Notas',
  },
  statuses: ['Sin empezar', 'En curso', 'Hecho', 'No aplica'],
  version: 'Versión',
  released: 'publicada el',
  draft: 'borrador, todavía sin publicar',
  page: 'Página',
  of: 'de',
  notes: 'Notas',
  source: 'Cada punto enlaza el estándar completo.',
};

export type ChecklistLabels = typeof ENGLISH & { level: Readonly<Record<Level, string>>; stage: Readonly<Record<Stage, string>> };

export function checklistLabels(language: Language): ChecklistLabels {
  const { level, stage } = vocabularyIn(language);
  return { ...(language === 'es' ? SPANISH : ENGLISH), level, stage };
}
