/**
 * /standards/coming-changes: every fact of the standards that depends on a date, soonest first, with
 * the standard it belongs to, its source, the day that source was checked and the next review.
 */
import Link from '@site/src/components/PageLink';
import Translate, { translate } from '@docusaurus/Translate';
import type { ChangedStandardLink, ComingChangeView } from '@site/src/core/coming-changes';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import { Fragment, type ReactNode } from 'react';
import { useLanguage } from '../../locale';
import { FactText, FactUpkeep, FactWhen } from '../DatedFacts';
import type { SiteInfo } from '../types';
import Crumbs from '../Crumbs';
import styles from '../standards.module.css';

export interface ComingChangesProps {
  data: { site: SiteInfo; changes: ComingChangeView[] };
}

/** Links to the standards a change touches, separated by commas. */
function StandardLinks({ standards, language }: { standards: readonly ChangedStandardLink[]; language: string }): ReactNode {
  return standards.map((standard, index) => (
    <Fragment key={standard.id}>
      {index > 0 && ', '}
      <Link to={standard.permalink}>
        {standard.id} <span lang={standard.textLanguage === language ? undefined : standard.textLanguage}>{standard.title}</span>
      </Link>
    </Fragment>
  ));
}

export default function ComingChangesPage({ data }: ComingChangesProps): ReactNode {
  const { site, changes } = data;
  const language = useLanguage();
  const title = translate({ id: 'standards.comingChanges.title', message: 'Coming changes in the law' });
  return (
    <Layout
      title={title}
      description={translate({
        id: 'standards.comingChanges.description',
        message: 'Changes in the law that the standards follow, with the day each takes effect, the standard it touches, and when it was last checked.',
      })}
    >
      <main className="container margin-vert--lg">
        <Crumbs standardsPermalink={site.standardsPermalink} />
        <Heading as="h1">{title}</Heading>
        <p className={styles.lead}>
          <Translate id="standards.comingChanges.lead">
            Some facts in the standards depend on a date: a law that takes effect later, a rule that ends, or a rule that is not final yet. Each one names its source, the day
            someone last checked that source, and the day by which we check it again. Laws change; check with a lawyer or accountant who knows co-ops before you act.
          </Translate>
        </p>
        {changes.length === 0 ? (
          <p>
            <Translate id="standards.comingChanges.none">No fact in the standards depends on a date right now.</Translate>
          </p>
        ) : (
          <ol className={styles.comingChanges} data-testid="coming-changes">
            {changes.map((change, index) => (
              <li key={`${change.standards[0]!.id}-${index}`}>
                <Heading as="h2" className={styles.comingChangeWhen}>
                  <FactWhen fact={change} />
                </Heading>
                <p>
                  <FactText fact={change} language={language} />
                </p>
                <p className={styles.factUpkeep}>
                  {change.standards.length === 1 ? (
                    <Translate id="standards.comingChanges.standard" values={{ standard: <StandardLinks standards={change.standards} language={language} /> }}>
                      {'Standard: {standard}.'}
                    </Translate>
                  ) : (
                    <Translate id="standards.comingChanges.standards" values={{ standards: <StandardLinks standards={change.standards} language={language} /> }}>
                      {'Standards: {standards}.'}
                    </Translate>
                  )}{' '}
                  <FactUpkeep fact={change} />
                </p>
              </li>
            ))}
          </ol>
        )}
      </main>
    </Layout>
  );
}
