/** /cases/<id>: one case study, with its facts, its story, the standards it shows and its sources. */
import Link from '@docusaurus/Link';
import Translate, { translate } from '@docusaurus/Translate';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import type { ReactNode } from 'react';
import EditLink from '../../EditLink';
import { useVocabulary } from '../../locale';
import CheckedDay from '../../standards/CheckedDay';
import LinkList from '../../standards/LinkList';
import SourceList from '../../standards/SourceList';
import CaseFacts from '../CaseFacts';
import type { CasePageProps } from '../types';
import styles from '../public.module.css';

export default function CasePage({ data }: CasePageProps): ReactNode {
  const { case: item, casesPermalink } = data;
  const words = useVocabulary();
  return (
    <Layout title={item.name} description={item.summary}>
      <main className="container margin-vert--lg">
        <nav aria-label={translate({ id: 'standards.page.breadcrumbs', message: 'Breadcrumbs' })}>
          <Link to={casesPermalink}>
            <Translate id="public.cases.title">Case studies</Translate>
          </Link>
        </nav>
        <article>
          <Heading as="h1">{item.name}</Heading>
          <p className={styles.lead}>{item.summary}</p>
          <CaseFacts item={item} />
          {item.partners.length > 0 && (
            <p>
              <strong>
                <Translate id="public.case.partners">Development partners:</Translate>
              </strong>{' '}
              {item.partners.map((partner, index) => (
                <span key={partner.name}>
                  {index > 0 && ', '}
                  {partner.permalink ? <Link to={partner.permalink}>{partner.name}</Link> : partner.name}
                </span>
              ))}
            </p>
          )}
          {item.website && (
            <p>
              <Link href={item.website}>
                <Translate id="public.case.website">The co-op's website</Translate>
              </Link>
            </p>
          )}
          <Heading as="h2" id="financing">
            <Translate id="public.case.financing">How it was financed</Translate>
          </Heading>
          <div dangerouslySetInnerHTML={{ __html: item.financingHtml }} />
          <Heading as="h2" id="story">
            <Translate id="public.case.story">What happened</Translate>
          </Heading>
          <div dangerouslySetInnerHTML={{ __html: item.storyHtml }} />
          <Heading as="h2" id="standards">
            <Translate id="public.case.standards">Standards this case shows</Translate>
          </Heading>
          <LinkList items={item.standards.map((standard) => ({ ...standard, title: `${standard.id} ${standard.title}` }))} />
          <Heading as="h2" id="sources">
            {words.heading.sources}
          </Heading>
          <p>
            <Translate id="public.case.checkedIntro">Every fact on this page comes from these sources.</Translate>{' '}
            <Translate id="public.case.factsChecked" values={{ checked: <CheckedDay day={item.checked} /> }}>
              {'Facts of this case: {checked}'}
            </Translate>
          </p>
          <SourceList sources={item.sources} />
          <p>
            <EditLink href={item.editUrl} />
          </p>
        </article>
      </main>
    </Layout>
  );
}
