import { translate } from '@docusaurus/Translate';
import type { ReactNode } from 'react';
import Comparison from '../Comparison';
import type { ComparePageProps } from '../types';
import ReleasesLayout from '../ReleasesLayout';
import VersionPicker from '../VersionPicker';
import styles from '../releases.module.css';
import WrittenDay from '@site/src/components/dates/WrittenDay';

/** /releases/compare/<from>/<to>: what changed in the standards between any two releases. */
export default function ComparePage({ data }: ComparePageProps): ReactNode {
  const { comparison } = data;
  const values = { from: comparison.from?.version ?? '', to: comparison.to.version };
  const title = translate({ id: 'releases.compare.title', message: 'What changed from {from} to {to}' }, values);
  return (
    <ReleasesLayout title={title} releasesPermalink={data.releasesPermalink}>
      <p className={styles.meta}>
        {comparison.from?.date && <WrittenDay day={comparison.from.date} />} → {comparison.to.date && <WrittenDay day={comparison.to.date} />}
      </p>
      <VersionPicker versions={data.versions} from={values.from} to={values.to} />
      <Comparison comparison={comparison} />
    </ReleasesLayout>
  );
}
