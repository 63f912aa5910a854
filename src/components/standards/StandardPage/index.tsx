import EditLink from '../../EditLink';
import Link from '@site/src/components/PageLink';
import Translate from '@docusaurus/Translate';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import type { ReactNode } from 'react';
import { useLanguage, useVocabulary } from '../../locale';
import { valueLabels } from '../labels';
import LinkList from '../LinkList';
import DatedFacts from '../DatedFacts';
import SourceList from '../SourceList';
import TranslationNotice from '../TranslationNotice';
import type { StandardPageProps } from '../types';
import { ArchivedBanner, Citation, Tombstone, VersionList } from './ReleaseNotices';
import Crumbs from '../Crumbs';
import styles from '../standards.module.css';
import WrittenDay from '@site/src/components/dates/WrittenDay';

/** /standards/<ID>: the whole text of one standard and everything linked to it. */
export default function StandardPage({ data }: StandardPageProps): ReactNode {
  const { standard, site, release } = data;
  const heading = `${standard.id} ${standard.title}`;
  const words = useVocabulary();
  // English text on a page in another language is marked as English, for screen readers and translators.
  const textLang = standard.textLanguage === useLanguage() ? undefined : standard.textLanguage;
  return (
    <Layout title={heading} description={standard.statement}>
      <main className={`container margin-vert--lg ${styles.standardPage}`}>
        <Crumbs standardsPermalink={site.standardsPermalink}>
          <Link to={standard.domainPermalink}>{standard.domainTitle}</Link>
        </Crumbs>
        <Heading as="h1">
          <span className={styles.id}>{standard.id}</span> <span lang={textLang}>{standard.title}</span>
        </Heading>
        <TranslationNotice state={standard.translation} sourcePermalink={standard.sourcePermalink} />
        {release.archived && <ArchivedBanner archived={release.archived} id={standard.id} />}
        {release.tombstone && <Tombstone tombstone={release.tombstone} />}
        <p className={styles.bigStatement} data-testid="statement" lang={textLang}>
          {standard.statement}
        </p>
        {/* A past release's page keeps its facts as published; the list of coming changes is today's, so only current pages link to it. */}
        <DatedFacts facts={standard.datedFacts} allChangesPermalink={release.archived ? undefined : `${site.standardsPermalink}/coming-changes`} />

        <dl className={styles.facts}>
          <dt>{words.facet.level}</dt>
          <dd>{words.level[standard.level]}</dd>
          <dt>{words.facet.stage}</dt>
          <dd>{valueLabels(words, 'stage', standard.stages)}</dd>
          <dt>{words.facet.pathway}</dt>
          <dd>{valueLabels(words, 'pathway', standard.pathways)}</dd>
          <dt>{words.facet.audience}</dt>
          <dd>{valueLabels(words, 'audience', standard.audiences)}</dd>
          <dt>{words.heading.introduced}</dt>
          <dd>{standard.introduced}</dd>
        </dl>

        <Heading as="h2" id="why-it-matters">
          {words.heading.rationale}
        </Heading>
        <div className={styles.prose} lang={textLang} dangerouslySetInnerHTML={{ __html: standard.rationaleHtml }} />

        <Heading as="h2" id="how-to-meet-it">
          {words.heading.guidance}
        </Heading>
        <div className={styles.prose} lang={textLang} dangerouslySetInnerHTML={{ __html: standard.guidanceHtml }} />

        <Heading as="h2" id="evidence">
          {words.heading.evidence}
        </Heading>
        <ul lang={textLang}>
          {standard.evidence.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>

        {standard.terms.length > 0 && (
          <>
            <Heading as="h2" id="words">
              <Translate id="standards.page.terms">Words to know</Translate>
            </Heading>
            <dl className={styles.terms}>
              {standard.terms.map((term) => (
                <div key={term.id}>
                  <dt>
                    <Link to={term.permalink}>{term.title}</Link>
                  </dt>
                  <dd>{term.definition}</dd>
                </div>
              ))}
            </dl>
          </>
        )}

        <Heading as="h2" id="related">
          {words.heading.related}
        </Heading>
        {standard.related.length > 0 ? (
          <LinkList items={standard.related.map((item) => ({ ...item, title: `${item.id} ${item.title}` }))} />
        ) : (
          <p>
            <Translate id="standards.page.noRelated">None listed.</Translate>
          </p>
        )}

        <Heading as="h2" id="lessons">
          <Translate id="standards.page.lessons">Lessons that teach it</Translate>
        </Heading>
        {standard.lessons.length > 0 ? (
          <LinkList items={standard.lessons} />
        ) : (
          <p>
            <Translate id="standards.page.noLessons">No lesson teaches this standard yet.</Translate>
          </p>
        )}

        {standard.cases.length > 0 && (
          <>
            <Heading as="h2" id="cases">
              <Translate id="standards.page.cases">Co-ops that show it in practice</Translate>
            </Heading>
            <LinkList items={standard.cases} />
          </>
        )}

        <Heading as="h2" id="sources">
          {words.heading.sources}
        </Heading>
        <SourceList sources={standard.sources} />

        <Heading as="h2" id="cite">
          <Translate id="standards.page.cite">How to cite this standard</Translate>
        </Heading>
        <Citation citation={release.citation} id={standard.id} />
        <VersionList versions={release.versions} />

        <p className={styles.edit}>
          {standard.editUrl && <EditLink href={standard.editUrl} />}
          {standard.lastUpdated && (
            <>
              {' · '}
              <Translate id="standards.page.lastUpdated" values={{ date: <WrittenDay day={standard.lastUpdated} /> }}>
                {'Last updated {date}'}
              </Translate>
            </>
          )}
        </p>
      </main>
    </Layout>
  );
}
