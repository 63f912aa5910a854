import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import type { ReactNode } from 'react';
import styles from './releases.module.css';

interface Props {
  title: string;
  description?: string;
  /** The page that lists every release, linked above the title. */
  releasesPermalink: string;
  children: ReactNode;
}

/** The frame of a page about one release or a comparison: a link back to every release, and the title. */
export default function ReleasesLayout({ title, description, releasesPermalink, children }: Props): ReactNode {
  return (
    <Layout title={title} description={description ?? title}>
      <main className={`container margin-vert--lg ${styles.page}`}>
        <nav className={styles.meta}>
          <Link to={releasesPermalink}>
            <Translate id="releases.all">All releases</Translate>
          </Link>
        </nav>
        <Heading as="h1">{title}</Heading>
        {children}
      </main>
    </Layout>
  );
}
