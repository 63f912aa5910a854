import Link from '@docusaurus/Link';
import Translate, { translate } from '@docusaurus/Translate';
import { usePluralForm } from '@docusaurus/theme-common';
import type { ReactNode } from 'react';
import { useDraft } from './draft';
import styles from './assignment.module.css';

/** On a lesson page: adds the lesson to the trainer's draft assignment and shows how many it holds. */
export default function AddToAssignment({ docId }: { docId: string }): ReactNode {
  const [draft, update] = useDraft();
  const { selectMessage } = usePluralForm();
  const added = draft.items.some((item) => item.lesson === docId);
  return (
    <p className={styles.addBar}>
      <button
        type="button"
        className="button button--sm button--outline button--primary"
        disabled={added}
        onClick={() => update((current) => ({ ...current, items: [...current.items, { lesson: docId }] }))}
      >
        {added ? translate({ id: 'assignment.added', message: 'In your assignment' }) : translate({ id: 'assignment.add', message: 'Add to assignment' })}
      </button>
      <Link to="/assign" data-testid="draft-count">
        {selectMessage(
          draft.items.length,
          translate(
            { id: 'assignment.draftCount', message: 'Assignment draft: {count} lesson|Assignment draft: {count} lessons', description: 'Plural forms separated by |' },
            { count: draft.items.length },
          ),
        )}
      </Link>
      <span className="sr-only">
        <Translate id="assignment.draftHint">The draft is kept in this browser only.</Translate>
      </span>
    </p>
  );
}
