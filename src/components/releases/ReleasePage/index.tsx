import Link from '@site/src/components/PageLink';
import Translate, { translate } from '@docusaurus/Translate';
import Heading from '@theme/Heading';
import type { ReactNode } from 'react';
import Comparison from '../Comparison';
import FeedLinks from '../FeedLinks';
import PackLinks from '../PackLinks';
import ReleasesLayout from '../ReleasesLayout';
import type { ReleasePageProps } from '../types';
import styles from '../releases.module.css';
import WrittenDay from '@site/src/components/dates/WrittenDay';

/** /releases/<version>: one release, its summary, its downloads and what changed since the one before. */
export default function ReleasePage({ data }: ReleasePageProps): ReactNode {
  const { comparison } = data;
  const title = translate({ id: 'releases.release.title', message: 'Release {version}' }, { version: data.version });
  return (
    <ReleasesLayout
      title={title}
      description={translate({ id: 'releases.release.description', message: 'What changed in release {version} of the standards.' }, { version: data.version })}
      releasesPermalink={data.releasesPermalink}
    >
      {data.date && (
        <p className={styles.meta}>
          <WrittenDay day={data.date} />
        </p>
      )}
      <div lang={data.summaryLanguage} dangerouslySetInnerHTML={{ __html: data.summaryHtml }} />
      <p>
        <Link to={data.standardsPermalink}>
          <Translate id="releases.release.standards">Read the standards of this release</Translate>
        </Link>
      </p>
      <PackLinks packPermalink={data.packPermalink} version={data.version} />
      <Heading as="h2" id="what-changed">
        {comparison.from ? (
          <Translate id="releases.release.since" values={{ version: comparison.from.version }}>
            {'What changed since {version}'}
          </Translate>
        ) : (
          <Translate id="releases.release.first">Every standard of the first release</Translate>
        )}
      </Heading>
      <Comparison comparison={comparison} />
      <FeedLinks feeds={data.feeds} />
    </ReleasesLayout>
  );
}
