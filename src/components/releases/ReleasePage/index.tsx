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

const languageName = (language: string) =>
  language === 'es'
    ? translate({ id: 'releases.release.pagesInSpanish', message: 'Spanish pages' })
    : translate({ id: 'releases.release.pagesInEnglish', message: 'English pages' });

/** /releases/<version>: one release, its summary, its downloads, what changed since the one before, and any corrections to its pages. */
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
      {data.corrections.length > 0 && (
        <>
          <Heading as="h2" id="corrections">
            <Translate id="releases.release.corrections">Corrections to the pages of this release</Translate>
          </Heading>
          <p>
            <Translate id="releases.release.correctionsIntro">
              The text of the standards and lessons of a release never changes. These corrections were made later to the site's own words on its pages, such as a label. The pages
              as first kept, with their checksums, stay unchanged in the library's archive.
            </Translate>
          </p>
          <ul data-testid="corrections">
            {data.corrections.map((correction) => (
              <li key={`${correction.date}-${correction.language}-${correction.reason}`}>
                <WrittenDay day={correction.date} /> ({languageName(correction.language)}): {correction.reason}
              </li>
            ))}
          </ul>
        </>
      )}
      <FeedLinks feeds={data.feeds} />
    </ReleasesLayout>
  );
}
