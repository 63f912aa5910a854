import EditLink from '../../EditLink';
import Translate, { translate } from '@docusaurus/Translate';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import type { ReactNode } from 'react';
import StandardCard from '../StandardCard';
import TranslationNotice from '../TranslationNotice';
import type { DomainPageProps } from '../types';
import { useLanguage, useVocabulary } from '../../locale';
import Crumbs from '../Crumbs';
import styles from '../standards.module.css';

/** /standards/domains/<domain>: what the domain is for, and its standards. */
export default function DomainPage({ data }: DomainPageProps): ReactNode {
  const { domain, site } = data;
  const words = useVocabulary();
  const textLang = domain.textLanguage === useLanguage() ? undefined : domain.textLanguage;
  return (
    <Layout title={domain.title} description={translate({ id: 'standards.domain.description', message: 'The standards of one domain of worker cooperative development.' })}>
      <main className="container margin-vert--lg">
        <Crumbs standardsPermalink={site.standardsPermalink} />
        <Heading as="h1">
          <span lang={textLang}>{domain.title}</span>
        </Heading>
        <TranslationNotice state={domain.translation} sourcePermalink={domain.sourcePermalink} />
        <Heading as="h2" id="purpose">
          {words.heading.purpose}
        </Heading>
        <div className={styles.prose} lang={textLang} dangerouslySetInnerHTML={{ __html: domain.purposeHtml }} />
        <Heading as="h2" id="scope">
          {words.heading.scope}
        </Heading>
        <div className={styles.prose} lang={textLang} dangerouslySetInnerHTML={{ __html: domain.scopeHtml }} />
        <Heading as="h2" id="standards">
          <Translate id="standards.domain.standards" values={{ count: domain.standards.length }}>
            {'Standards ({count})'}
          </Translate>
        </Heading>
        <ul className={styles.cards}>
          {domain.standards.map((standard) => (
            <StandardCard key={standard.id} standard={standard} />
          ))}
        </ul>
        <p className={styles.edit}>
          <EditLink href={domain.editUrl} />
        </p>
      </main>
    </Layout>
  );
}
