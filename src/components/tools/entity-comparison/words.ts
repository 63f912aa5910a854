/** The interface words of the entity choice comparison, in the page's language. The content itself is in src/core. */
import { translate } from '@docusaurus/Translate';
import type { ComparisonCsvLabels } from '@site/src/core/tools/entity-comparison';

export const csvLabels = (): ComparisonCsvLabels => ({
  topic: translate({ id: 'tools.entityComparison.column.topic', message: 'Topic' }),
  form: translate({ id: 'tools.entityComparison.column.form', message: 'Legal form' }),
  summary: translate({ id: 'tools.entityComparison.column.summary', message: 'In short' }),
  point: translate({ id: 'tools.entityComparison.column.point', message: 'Point' }),
  bears: translate({ id: 'tools.entityComparison.column.bears', message: 'Matters for your choices' }),
  sources: translate({ id: 'tools.entityComparison.column.sources', message: 'Sources' }),
  caution: translate({ id: 'tools.entityComparison.column.caution', message: 'Note' }),
});

export const groupWords = {
  forms: () => ({
    legend: translate({ id: 'tools.entityComparison.forms.legend', message: 'Legal forms to compare' }),
    hint: translate({ id: 'tools.entityComparison.forms.hint', message: 'Choose one or more.' }),
    error: translate({ id: 'tools.entityComparison.forms.error', message: 'Choose at least one legal form to see the table.' }),
  }),
  topics: () => ({
    legend: translate({ id: 'tools.entityComparison.topics.legend', message: 'Topics' }),
    hint: translate({ id: 'tools.entityComparison.topics.hint', message: 'Choose one or more.' }),
    error: translate({ id: 'tools.entityComparison.topics.error', message: 'Choose at least one topic to see the table.' }),
  }),
  priorities: () => ({
    legend: translate({ id: 'tools.entityComparison.priorities.legend', message: 'What matters most to your group (optional)' }),
    hint: translate({
      id: 'tools.entityComparison.priorities.hint',
      message: 'The table marks the points that bear on what you choose here. It does not pick a form for you.',
    }),
  }),
};

export const mattersFor = (names: string) => translate({ id: 'tools.entityComparison.mattersFor', message: 'Matters for: {names}' }, { names });

export const sourceLabel = (number: number) => translate({ id: 'tools.entityComparison.sourceLabel', message: 'Source {number}' }, { number });

export const noPointsFor = () =>
  translate({
    id: 'tools.entityComparison.highlights.none',
    message: 'No point in the forms and topics you chose bears on this. Add a form or a topic, or ask your advisers.',
  });
