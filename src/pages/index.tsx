import Link from '@docusaurus/Link';
import Translate, { translate } from '@docusaurus/Translate';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import type { ReactNode } from 'react';
import type { Audience } from '@site/src/core/model';
import { useVocabulary } from '@site/src/components/locale';
import styles from './index.module.css';

/** The name of an audience, as the standards and the lessons name it. */
function AudienceName({ audience }: { audience: Audience }): ReactNode {
  return useVocabulary().audience[audience];
}

interface Route {
  id: string;
  who: ReactNode;
  what: ReactNode;
  to: string;
  action: ReactNode;
}

const ROUTES: Route[] = [
  {
    id: 'developers',
    who: <Translate id="home.developers.who">Cooperative developers and advisors</Translate>,
    what: <Translate id="home.developers.what">Check a project against the development standards, filter them by stage and pathway, and share the view with the group.</Translate>,
    to: '/standards',
    action: <Translate id="home.developers.action">Read the standards</Translate>,
  },
  {
    id: 'trainers',
    who: <AudienceName audience="trainer" />,
    what: <Translate id="home.trainers.what">Teach from lessons with activities, discussion questions and facilitator notes.</Translate>,
    to: '/curricula',
    action: <Translate id="home.trainers.action">See the curricula</Translate>,
  },
  {
    id: 'partners',
    who: <Translate id="home.partners.who">Partners: non-profits, lenders, city programs, business owners</Translate>,
    what: <Translate id="home.partners.what">Work from checklists built from the standards, for your role and your stage.</Translate>,
    to: '/checklists',
    action: <Translate id="home.partners.action">Find a checklist</Translate>,
  },
  {
    id: 'contributors',
    who: <Translate id="home.contributors.who">Contributors</Translate>,
    what: <Translate id="home.contributors.what">Propose a new standard, correct a lesson or translate a page. Every change is reviewed by people who do this work.</Translate>,
    to: '/guides/using-the-standards',
    action: <Translate id="home.contributors.action">Learn how the library works</Translate>,
  },
];

export default function Home(): ReactNode {
  return (
    <Layout
      title={translate({ id: 'home.title', message: 'Home' })}
      description={translate({ id: 'home.description', message: 'Standards, curricula and tools for people who develop worker cooperatives, in English and Spanish.' })}
    >
      <header className={styles.hero}>
        <div className="container">
          <Heading as="h1" className={styles.heroTitle}>
            <Translate id="home.hero.title">Worker Co-op Development Library</Translate>
          </Heading>
          <p className={styles.heroText}>
            <Translate id="home.hero.text">
              Shared standards, lessons and tools for growing businesses that are owned and run by the people who work in them, with a focus on the communities that economic
              inequality hits hardest.
            </Translate>
          </p>
          <Link className="button button--primary button--lg" to="/standards">
            <Translate id="home.hero.cta">Start with the standards</Translate>
          </Link>
        </div>
      </header>
      <main className="container margin-vert--lg">
        <Heading as="h2">
          <Translate id="home.routes.title">Find your part of the library</Translate>
        </Heading>
        <ul className={styles.routes}>
          {ROUTES.map((route) => (
            <li key={route.id} className={styles.route} data-route={route.id}>
              <Heading as="h3">{route.who}</Heading>
              <p>{route.what}</p>
              <Link to={route.to}>{route.action}</Link>
            </li>
          ))}
        </ul>
        <section className={styles.note}>
          <Heading as="h2">
            <Translate id="home.note.title">A note on law and taxes</Translate>
          </Heading>
          <p>
            <Translate id="home.note.text">
              The standards explain the rules that shape worker co-ops, such as how patronage is taxed. Laws differ from state to state and case to case. Use the library to prepare
              good questions, then check with a lawyer or accountant who knows co-ops.
            </Translate>
          </p>
        </section>
      </main>
    </Layout>
  );
}
