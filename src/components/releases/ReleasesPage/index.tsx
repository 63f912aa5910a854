import Link from '@site/src/components/PageLink';
import Translate, { translate } from '@docusaurus/Translate';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import type { ReactNode } from 'react';
import FeedLinks from '../FeedLinks';
import { useVocabulary } from '../../locale';
import type { ReleasesPageProps } from '../types';
import VersionPicker from '../VersionPicker';
import styles from '../releases.module.css';
import WrittenDay from '@site/src/components/dates/WrittenDay';

/** /releases: every release of the standards, newest first, with a way to compare any two. */
export default function ReleasesPage({ data }: ReleasesPageProps): ReactNode {
  const title = translate({ id: 'releases.index.title', message: 'Releases of the standards' });
  const words = useVocabulary();
  return (
    <Layout
      title={title}
      description={translate({ id: 'releases.index.description', message: 'Every release of the standards, what changed in each, and the downloads of each release.' })}
    >
      <main className={`container margin-vert--lg ${styles.page}`}>
        <Heading as="h1">{title}</Heading>
        <p>
          <Translate id="releases.index.lead">
            A release freezes the standards and the lessons. Its pages and downloads stay online, so a citation always leads to the text it names.
          </Translate>
        </p>
        <FeedLinks feeds={data.feeds} />
        <p>
          <a href={data.latestPackPermalink}>
            <Translate id="releases.index.latest">Downloads of the newest release</Translate>
          </a>
        </p>
        <Heading as="h2" id="compare">
          <Translate id="releases.index.compare">Compare two releases</Translate>
        </Heading>
        <VersionPicker versions={data.versions} />
        {data.releases.map((release) => (
          <section key={release.version} className={styles.change} data-testid={`release-${release.version}`}>
            <Heading as="h2" id={`v${release.version.replaceAll('.', '-')}`}>
              <Link to={release.permalink}>{release.version}</Link>
            </Heading>
            {release.date && (
              <p className={styles.meta}>
                <WrittenDay day={release.date} />
              </p>
            )}
            <div lang={release.summaryLanguage} dangerouslySetInnerHTML={{ __html: release.summaryHtml }} />
            <p>
              {(['added', 'changed', 'moved', 'retired'] as const)
                .filter((kind) => release.counts[kind] > 0)
                .map((kind) => `${words.change[kind]}: ${release.counts[kind]}`)
                .join(' · ')}
            </p>
            <p>
              <Link to={release.permalink}>
                <Translate id="releases.index.whatChanged">What changed</Translate>
              </Link>
              {' · '}
              <Link to={release.standardsPermalink}>
                <Translate id="releases.index.standards">Its standards</Translate>
              </Link>
              {' · '}
              <a href={release.packPermalink}>
                <Translate id="releases.index.downloads">Its downloads</Translate>
              </a>
            </p>
          </section>
        ))}
      </main>
    </Layout>
  );
}
