import Link from '@site/src/components/PageLink';
import Translate, { translate } from '@docusaurus/Translate';
import Admonition from '@theme/Admonition';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import type { ReactNode } from 'react';
import { useVocabulary } from '../../locale';
import PackLinks from '../PackLinks';
import type { VersionIndexProps } from '../types';
import styles from '../releases.module.css';
import WrittenDay from '@site/src/components/dates/WrittenDay';

/** /standards/<version>: the standards as one release froze them, by domain. */
export default function VersionIndexPage({ data }: VersionIndexProps): ReactNode {
  const title = translate({ id: 'releases.versionIndex.title', message: 'Standards, release {version}' }, { version: data.version });
  const words = useVocabulary();
  return (
    <Layout title={title} description={title}>
      <main className={`container margin-vert--lg ${styles.page}`}>
        <Heading as="h1">{title}</Heading>
        <Admonition type={data.newest ? 'info' : 'caution'}>
          <p data-testid="version-banner">
            {data.newest ? (
              <Translate id="releases.versionIndex.newest" values={{ version: data.version, date: data.date ? <WrittenDay day={data.date} /> : '' }}>
                {'This is release {version} of {date}, the newest release.'}
              </Translate>
            ) : (
              <Translate id="releases.versionIndex.old" values={{ version: data.version, date: data.date ? <WrittenDay day={data.date} /> : '' }}>
                {'This is release {version} of {date}. It is kept so that citations still work; it is not the newest text.'}
              </Translate>
            )}{' '}
            <Link to={data.currentPermalink}>
              <Translate id="releases.versionIndex.current">See the current standards</Translate>
            </Link>
            {' · '}
            <Link to={data.releasePermalink}>
              <Translate id="releases.versionIndex.changes">What changed in this release</Translate>
            </Link>
          </p>
        </Admonition>
        <PackLinks packPermalink={data.packPermalink} version={data.version} />
        {data.domains.map((domain) => (
          <section key={domain.id}>
            <Heading as="h2" id={domain.id}>
              {domain.title}
            </Heading>
            <ul>
              {domain.standards.map((standard) => (
                <li key={standard.id}>
                  <Link to={standard.permalink}>
                    {standard.id} {standard.title}
                  </Link>
                  {standard.status === 'retired' && <> ({words.status.retired.toLowerCase()})</>}
                </li>
              ))}
            </ul>
          </section>
        ))}
      </main>
    </Layout>
  );
}
