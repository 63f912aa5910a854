/** The table of members: name, hours, wages and starting balance, with buttons to add and remove rows. */
import Translate, { translate } from '@docusaurus/Translate';
import { useRef, type ReactNode } from 'react';
import toolStyles from '../tools.module.css';
import { MAX_MEMBERS, type FieldKey, type MemberRow } from './form-state';
import styles from './patronage.module.css';
import { fieldLabel, memberName } from './words';

interface Props {
  members: readonly MemberRow[];
  /** The page-unique ID of a field. */
  id: (key: string) => string;
  /** What is wrong with a field, in words, if anything. */
  error: (key: FieldKey) => string | undefined;
  onChange: (index: number, change: Partial<MemberRow>) => void;
  onRemove: (index: number) => void;
  /** Adds a row and puts the cursor in its name. */
  onAdd: () => void;
}

export default function MemberTable({ members, id, error, onChange, onRemove, onAdd }: Props): ReactNode {
  const addMemberButton = useRef<HTMLButtonElement>(null);
  return (
    <div className={styles.section}>
      <table className={styles.memberTable}>
        <caption>
          <Translate id="tools.patronage.members.caption">Members and their patronage for the year</Translate>
        </caption>
        <thead>
          <tr>
            <th scope="col">
              <Translate id="tools.patronage.column.name">Name</Translate>
            </th>
            <th scope="col">
              <Translate id="tools.patronage.column.hours">Hours</Translate>
            </th>
            <th scope="col">
              <Translate id="tools.patronage.column.wages">Wages ($)</Translate>
            </th>
            <th scope="col">
              <Translate id="tools.patronage.column.startingBalance">Capital account at the start ($)</Translate>
            </th>
            <th scope="col" className={styles.noPrint}>
              <span className="sr-only">
                <Translate id="tools.patronage.column.actions">Remove</Translate>
              </span>
            </th>
          </tr>
        </thead>
        <tbody>
          {members.map((member, index) => {
            const n = index + 1;
            const cell = (field: 'hours' | 'wages' | 'opening') => {
              const key: FieldKey = `members.${index}.${field}`;
              const problem = error(key);
              return (
                <td>
                  <label className="sr-only" htmlFor={id(key)}>
                    {fieldLabel(key)}
                  </label>
                  <input
                    id={id(key)}
                    type="text"
                    inputMode="decimal"
                    autoComplete="off"
                    value={member[field]}
                    onChange={(event) => onChange(index, { [field]: event.target.value })}
                    aria-invalid={problem ? true : undefined}
                    aria-describedby={problem ? `${id(key)}-error` : undefined}
                  />
                  {problem && (
                    <span id={`${id(key)}-error`} className={styles.cellError}>
                      {problem}
                    </span>
                  )}
                </td>
              );
            };
            return (
              <tr key={index}>
                <td>
                  <label className="sr-only" htmlFor={id(`members.${index}.name`)}>
                    {translate({ id: 'tools.patronage.member.nameLabel', message: 'Name of member {number}' }, { number: n })}
                  </label>
                  <input
                    id={id(`members.${index}.name`)}
                    type="text"
                    autoComplete="off"
                    value={member.name}
                    placeholder={memberName(index)}
                    onChange={(event) => onChange(index, { name: event.target.value })}
                  />
                </td>
                {cell('hours')}
                {cell('wages')}
                {cell('opening')}
                <td className={styles.noPrint}>
                  <button
                    type="button"
                    className="button button--sm button--secondary"
                    disabled={members.length <= 1}
                    onClick={() => {
                      onRemove(index);
                      addMemberButton.current?.focus();
                    }}
                  >
                    {translate({ id: 'tools.patronage.member.remove', message: 'Remove' })}
                    <span className="sr-only">
                      {' '}
                      {translate({ id: 'tools.patronage.member.removeWhich', message: 'member {number}: {name}' }, { number: n, name: member.name.trim() || memberName(index) })}
                    </span>
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <div className={`${styles.rowButtons} ${styles.noPrint}`}>
        <button ref={addMemberButton} type="button" className="button button--sm button--secondary" disabled={members.length >= MAX_MEMBERS} onClick={onAdd}>
          <Translate id="tools.patronage.member.add">Add a member</Translate>
        </button>
      </div>
      <p className={toolStyles.hint}>
        <Translate id="tools.patronage.members.hint">
          A blank number counts as 0. The starting balance is used only in the ledger below: for example, the buy-in plus amounts kept in earlier years.
        </Translate>
      </p>
    </div>
  );
}
