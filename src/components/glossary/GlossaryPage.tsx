import EditLink from '../EditLink';
import Link from '@docusaurus/Link';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import Translate, { translate } from '@docusaurus/Translate';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import type { GlossaryTermView } from '@site/src/core/glossary-view';
import type { ReactNode } from 'react';
import styles from './glossary.module.css';

interface Props {
  data: { terms: GlossaryTermView[]; editUrl: string };
}

/** /glossary: the plain-language meaning of every term the library uses. */
export default function GlossaryPage({ data }: Props): ReactNode {
  const title = translate({ id: 'glossary.title', message: 'Glossary' });
  // Each term is a link target (#term-id); telling Docusaurus lets the build check links to it.
  const brokenLinks = useBrokenLinks();
  data.terms.forEach((term) => brokenLinks.collectAnchor(term.id));
  return (
    <Layout title={title} description={translate({ id: 'glossary.description', message: 'Plain-language meanings of the words used in worker cooperative development.' })}>
      <main className="container margin-vert--lg">
        <Heading as="h1">{title}</Heading>
        <p>
          <Translate id="glossary.intro">
            The words of co-op law, tax and finance, said plainly. Laws differ by state: check with a lawyer or accountant who knows co-ops.
          </Translate>
        </p>
        <dl className={styles.terms}>
          {data.terms.map((term) => (
            <div key={term.id} id={term.id} className={styles.term}>
              <dt>{term.term}</dt>
              <dd>
                <p>{term.definition}</p>
                {term.seeAlso.length > 0 && (
                  <p>
                    <Translate id="glossary.seeAlso">See also:</Translate>{' '}
                    {term.seeAlso.map((other, index) => (
                      <span key={other.id}>
                        {index > 0 && ', '}
                        <Link to={`#${other.id}`}>{other.term}</Link>
                      </span>
                    ))}
                  </p>
                )}
                {term.standards.length > 0 && (
                  <p>
                    <Translate id="glossary.standards">Standards:</Translate>{' '}
                    {term.standards.map((standard, index) => (
                      <span key={standard.id}>
                        {index > 0 && ', '}
                        <Link to={standard.permalink}>{standard.title}</Link>
                      </span>
                    ))}
                  </p>
                )}
              </dd>
            </div>
          ))}
        </dl>
        <p>
          <EditLink href={data.editUrl} />
        </p>
      </main>
    </Layout>
  );
}
