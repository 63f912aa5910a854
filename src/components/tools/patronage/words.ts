/** The words and number formats of the patronage calculator, in the page's language. */
import { translate } from '@docusaurus/Translate';
import type { PatronageCsvLabels } from '@site/src/core/tools/patronage-csv';
import { useMemo } from 'react';
import { useToolFormats } from '../useToolFormats';
import type { FieldKey, FieldProblem } from './form-state';
import type { Formats } from './Results';

export function useFormats(): Formats {
  const { money, percent, number } = useToolFormats();
  return useMemo(() => ({ money, percent, number: (value) => number(value, 2) }), [money, percent, number]);
}

export function problemText(problem: FieldProblem | undefined): string | undefined {
  switch (problem) {
    case undefined:
      return undefined;
    case 'number':
      return translate({ id: 'tools.patronage.error.number', message: 'Enter an amount in dollars, like 100000. Use a minus sign for a loss.' });
    case 'percent':
      return translate({ id: 'tools.patronage.error.percent', message: 'Enter a percent from 0 to 100.' });
    case 'positive':
      return translate({ id: 'tools.patronage.error.positive', message: 'Enter 0 or a larger number, like 1500.' });
    case 'years':
      return translate({ id: 'tools.patronage.error.years', message: 'Enter a whole number of years from 0 to 30.' });
  }
}

export const memberName = (index: number) => translate({ id: 'tools.patronage.member.blank', message: 'Member {number}' }, { number: index + 1 });
export const yearLabel = (index: number) => translate({ id: 'tools.patronage.ledger.yearLabel', message: 'Year {number}' }, { number: index + 1 });

export function csvLabels(taxRatePercent: number): PatronageCsvLabels {
  return {
    coopTax: coopTaxLabel(taxRatePercent),
    member: translate({ id: 'tools.patronage.column.member', message: 'Member' }),
    hours: translate({ id: 'tools.patronage.column.hours', message: 'Hours' }),
    wages: translate({ id: 'tools.patronage.column.wages', message: 'Wages ($)' }),
    share: translate({ id: 'tools.patronage.csv.share', message: 'Share (%)' }),
    allocation: translate({ id: 'tools.patronage.column.allocation', message: 'Allocation' }),
    cash: translate({ id: 'tools.patronage.column.cash', message: 'Cash' }),
    retained: translate({ id: 'tools.patronage.column.retained', message: 'Retained' }),
    total: translate({ id: 'tools.patronage.column.total', message: 'Total' }),
    netMargin: translate({ id: 'tools.patronage.result.netMargin', message: 'Net margin' }),
    reserve: translate({ id: 'tools.patronage.result.reserve', message: 'To the collective reserve' }),
    allocated: translate({ id: 'tools.patronage.result.allocated', message: 'Allocated to members' }),
    year: translate({ id: 'tools.patronage.column.year', message: 'Year' }),
    opening: translate({ id: 'tools.patronage.column.opening', message: 'Opening balance' }),
    redeemed: translate({ id: 'tools.patronage.column.redeemed', message: 'Paid out' }),
    closing: translate({ id: 'tools.patronage.column.closing', message: 'Closing balance' }),
  };
}

/** The summary line of the co-op's estimated tax, which names the rate used. */
export function coopTaxLabel(taxRatePercent: number): string {
  return translate({ id: 'tools.patronage.result.coopTax', message: 'Estimated tax for the co-op on what it keeps ({rate}%)' }, { rate: String(taxRatePercent) });
}

/** The label of a field, also used to name it in the list of problems. */
export function fieldLabel(key: FieldKey): string {
  const [group, index, field] = key.split('.');
  const n = Number(index) + 1;
  if (group === 'members') {
    if (field === 'hours') return translate({ id: 'tools.patronage.member.hoursLabel', message: 'Hours of member {number}' }, { number: n });
    if (field === 'wages') return translate({ id: 'tools.patronage.member.wagesLabel', message: 'Wages of member {number}' }, { number: n });
    return translate({ id: 'tools.patronage.member.openingLabel', message: 'Starting balance of member {number}' }, { number: n });
  }
  if (group === 'years') return translate({ id: 'tools.patronage.ledger.marginLabel', message: 'Net margin in year {number}' }, { number: n + 1 });
  return {
    margin: translate({ id: 'tools.patronage.margin.label', message: 'Net margin for the year ($)' }),
    reserve: translate({ id: 'tools.patronage.reserve.label', message: 'Share to the collective reserve (%)' }),
    weight: translate({ id: 'tools.patronage.weight.label', message: 'Part shared by hours (%)' }),
    cash: translate({ id: 'tools.patronage.cash.label', message: 'Part paid in cash (%)' }),
    tax: translate({ id: 'tools.patronage.tax.label', message: 'Tax rate on what the co-op keeps (%)' }),
    revolving: translate({ id: 'tools.patronage.revolving.label', message: 'Years before retained amounts are paid out' }),
  }[group as 'margin']!;
}
