/** The words of release pages in the reader's language; the Spanish lives in i18n/es/code.json. */
import { translate } from '@docusaurus/Translate';

export function changeLabel(change: string): string {
  switch (change) {
    case 'added':
      return translate({ id: 'releases.change.added', message: 'Added' });
    case 'changed':
      return translate({ id: 'releases.change.changed', message: 'Changed' });
    case 'moved':
      return translate({ id: 'releases.change.moved', message: 'Moved to a new ID' });
    case 'retired':
      return translate({ id: 'releases.change.retired', message: 'Retired' });
    case 'unchanged':
      return translate({ id: 'releases.change.unchanged', message: 'Unchanged' });
    default:
      return change;
  }
}

export function relationLabel(relation: string): string {
  switch (relation) {
    case 'moved':
      return translate({ id: 'releases.relation.moved', message: 'moved to' });
    case 'merged':
      return translate({ id: 'releases.relation.merged', message: 'merged into' });
    case 'split':
      return translate({ id: 'releases.relation.split', message: 'split into' });
    case 'covered':
      return translate({ id: 'releases.relation.covered', message: 'now covered by' });
    default:
      return relation;
  }
}

export function fieldLabel(field: string): string {
  switch (field) {
    case 'title':
      return translate({ id: 'releases.field.title', message: 'Title' });
    case 'statement':
      return translate({ id: 'releases.field.statement', message: 'Statement' });
    case 'rationale':
      return translate({ id: 'releases.field.rationale', message: 'Why it matters' });
    case 'guidance':
      return translate({ id: 'releases.field.guidance', message: 'How to meet it' });
    case 'evidence':
      return translate({ id: 'releases.field.evidence', message: 'Evidence' });
    case 'domain':
      return translate({ id: 'releases.field.domain', message: 'Domain' });
    case 'level':
      return translate({ id: 'releases.field.level', message: 'Level' });
    case 'stages':
      return translate({ id: 'releases.field.stages', message: 'Development stages' });
    case 'pathways':
      return translate({ id: 'releases.field.pathways', message: 'Pathways' });
    case 'audiences':
      return translate({ id: 'releases.field.audiences', message: 'Audiences' });
    case 'related':
      return translate({ id: 'releases.field.related', message: 'Related standards' });
    case 'sources':
      return translate({ id: 'releases.field.sources', message: 'Sources' });
    case 'status':
      return translate({ id: 'releases.field.status', message: 'Status' });
    default:
      return field;
  }
}
