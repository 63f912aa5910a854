import Link from '@docusaurus/Link';
import Translate, { translate } from '@docusaurus/Translate';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import type { ReactNode } from 'react';
import Comparison from '../Comparison';
import type { ComparePageProps } from '../types';
import VersionPicker from '../VersionPicker';
import styles from '../releases.module.css';

/** /releases/compare/<from>/<to>: what changed in the standards between any two releases. */
export default function ComparePage({ data }: ComparePageProps): ReactNode {
  const { comparison } = data;
  const values = { from: comparison.from?.version ?? '', to: comparison.to.version };
  const title = translate({ id: 'releases.compare.title', message: 'What changed from {from} to {to}' }, values);
  return (
    <Layout title={title} description={title}>
      <main className={`container margin-vert--lg ${styles.page}`}>
        <nav className={styles.meta}>
          <Link to={data.releasesPermalink}>
            <Translate id="releases.all">All releases</Translate>
          </Link>
        </nav>
        <Heading as="h1">{title}</Heading>
        <p className={styles.meta}>
          {comparison.from?.date} → {comparison.to.date}
        </p>
        <VersionPicker versions={data.versions} compareBase={data.compareBase} from={values.from} to={values.to} />
        <Comparison comparison={comparison} />
      </main>
    </Layout>
  );
}
