/** The calculator's result: the summary, the members' table, the warnings and the ledger. */
import Translate, { translate } from '@docusaurus/Translate';
import { FEDERAL_CORPORATE_TAX_PERCENT, type PatronageResult, type PatronageWarning } from '@site/src/core/tools/patronage';
import type { LedgerYear } from '@site/src/core/tools/patronage-ledger';
import type { ReactNode } from 'react';
import toolStyles from '../tools.module.css';
import { coopTaxLabel } from './words';
import styles from './patronage.module.css';

export interface Formats {
  money: (cents: number) => string;
  percent: (percent: number) => string;
  number: (value: number) => string;
}

export function warningText(warning: PatronageWarning, formats: Formats): string {
  switch (warning.code) {
    case 'cash-below-minimum':
      return translate(
        {
          id: 'tools.patronage.warning.cash',
          message:
            "The cash part is {percent}, under 20%, so the written notices would be nonqualified. That is allowed. The co-op deducts the retained part, and members pay tax on it, only when it is paid out; until then the co-op pays tax on it. Qualified notices need at least 20% in cash and each member's consent (or a right to cash in the notice for 90 days); then the co-op deducts now and members pay tax now (IRC §1382, §1385, §1388).",
        },
        { percent: formats.percent(warning.cashPercent) },
      );
    case 'loss':
      return translate(
        {
          id: 'tools.patronage.warning.loss',
          message:
            "This year shows a loss of {amount}. There is no surplus to share, so nothing goes to the members or to the reserve. A loss is handled differently: your co-op's written rules say how it is shared between the collective reserve and members' accounts, and the tax rules for losses are not the same. Ask an accountant who knows co-ops.",
        },
        { amount: formats.money(warning.loss) },
      );
    case 'no-margin':
      return translate({ id: 'tools.patronage.warning.noMargin', message: 'The net margin is zero, so there is nothing to allocate.' });
    case 'no-basis':
      return warning.measure === 'hours'
        ? translate({
            id: 'tools.patronage.warning.noHours',
            message: "The members' hours add up to zero, so the allocation cannot be shared by hours. Enter the hours, or choose another basis.",
          })
        : translate({
            id: 'tools.patronage.warning.noWages',
            message: "The members' wages add up to zero, so the allocation cannot be shared by wages. Enter the wages, or choose another basis.",
          });
    case 'zero-basis':
      return translate(
        { id: 'tools.patronage.warning.zeroBasis', message: 'These members have no patronage on this basis, so they get no allocation: {names}.' },
        { names: warning.members.join(', ') },
      );
  }
}

/** A wide table that scrolls sideways on a narrow screen; focusable so the keyboard can scroll it too. */
function Scroll({ label, children }: { label: string; children: ReactNode }): ReactNode {
  return (
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrolling region must take focus to scroll by keyboard (the rule's documented exception)
    <div className={styles.scroll} role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}

export function ResultSummary({ result, formats }: { result: PatronageResult; formats: Formats }): ReactNode {
  const rows: Array<[string, number]> = [
    [translate({ id: 'tools.patronage.result.netMargin', message: 'Net margin' }), result.netMargin],
    [translate({ id: 'tools.patronage.result.reserve', message: 'To the collective reserve' }), result.reserve],
    [translate({ id: 'tools.patronage.result.allocated', message: 'Allocated to members' }), result.allocated],
    [translate({ id: 'tools.patronage.result.cash', message: 'Paid in cash' }), result.cash],
    [translate({ id: 'tools.patronage.result.retained', message: 'Kept in capital accounts' }), result.retained],
    [coopTaxLabel(result.input.taxRatePercent ?? FEDERAL_CORPORATE_TAX_PERCENT), result.estimatedCoopTax],
  ];
  return (
    <dl className={styles.summary} data-testid="patronage-summary">
      {rows.map(([label, cents]) => (
        <div key={label} className={styles.summaryRow}>
          <dt>{label}</dt>
          <dd>{formats.money(cents)}</dd>
        </div>
      ))}
    </dl>
  );
}

export function MemberResults({ result, formats }: { result: PatronageResult; formats: Formats }): ReactNode {
  const total = (pick: (member: PatronageResult['members'][number]) => number) => result.members.reduce((sum, member) => sum + pick(member), 0);
  const caption = translate({ id: 'tools.patronage.result.caption', message: "Each member's allocation" });
  return (
    <Scroll label={caption}>
      <table className={toolStyles.table} data-testid="patronage-members">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">
              <Translate id="tools.patronage.column.member">Member</Translate>
            </th>
            <th scope="col">
              <Translate id="tools.patronage.column.share">Share</Translate>
            </th>
            <th scope="col">
              <Translate id="tools.patronage.column.allocation">Allocation</Translate>
            </th>
            <th scope="col">
              <Translate id="tools.patronage.column.cash">Cash</Translate>
            </th>
            <th scope="col">
              <Translate id="tools.patronage.column.retained">Retained</Translate>
            </th>
          </tr>
        </thead>
        <tbody>
          {result.members.map((member, index) => (
            <tr key={index}>
              <th scope="row">{member.name}</th>
              <td>{formats.percent(member.sharePercent)}</td>
              <td>{formats.money(member.allocation)}</td>
              <td>{formats.money(member.cash)}</td>
              <td>{formats.money(member.retained)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr className={styles.totalRow}>
            <th scope="row">
              <Translate id="tools.patronage.column.total">Total</Translate>
            </th>
            <td>{formats.percent(total((member) => member.sharePercent))}</td>
            <td>{formats.money(total((member) => member.allocation))}</td>
            <td>{formats.money(result.cash)}</td>
            <td>{formats.money(result.retained)}</td>
          </tr>
        </tfoot>
      </table>
    </Scroll>
  );
}

export function LedgerTable({ ledger, formats }: { ledger: LedgerYear[]; formats: Formats }): ReactNode {
  const caption = translate({ id: 'tools.patronage.ledger.caption', message: 'Internal capital accounts, year by year' });
  return (
    <Scroll label={caption}>
      <table className={`${toolStyles.table} ${styles.ledger}`} data-testid="patronage-ledger">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">
              <Translate id="tools.patronage.column.year">Year</Translate>
            </th>
            <th scope="col">
              <Translate id="tools.patronage.column.member">Member</Translate>
            </th>
            <th scope="col">
              <Translate id="tools.patronage.column.opening">Opening balance</Translate>
            </th>
            <th scope="col">
              <Translate id="tools.patronage.column.retained">Retained</Translate>
            </th>
            <th scope="col">
              <Translate id="tools.patronage.column.redeemed">Paid out</Translate>
            </th>
            <th scope="col">
              <Translate id="tools.patronage.column.closing">Closing balance</Translate>
            </th>
          </tr>
        </thead>
        {ledger.map((year) => (
          <tbody key={year.label}>
            {year.entries.map((entry, index) => (
              <tr key={index}>
                <td>{year.label}</td>
                <th scope="row">{entry.member}</th>
                <td>{formats.money(entry.opening)}</td>
                <td>{formats.money(entry.retained)}</td>
                <td>{formats.money(entry.redeemed)}</td>
                <td>{formats.money(entry.closing)}</td>
              </tr>
            ))}
            <tr className={styles.totalRow}>
              <td>{year.label}</td>
              <th scope="row">
                <Translate id="tools.patronage.column.total">Total</Translate>
              </th>
              <td>{formats.money(year.totals.opening)}</td>
              <td>{formats.money(year.totals.retained)}</td>
              <td>{formats.money(year.totals.redeemed)}</td>
              <td>{formats.money(year.totals.closing)}</td>
            </tr>
          </tbody>
        ))}
      </table>
    </Scroll>
  );
}
