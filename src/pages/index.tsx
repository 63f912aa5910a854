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

interface Path {
  id: string;
  to: string;
  label: ReactNode;
  question: ReactNode;
}

/** The audience pages, each starting from its reader's first question. */
const PATHS: Path[] = [
  {
    id: 'public',
    to: '/paths/what-is-a-worker-co-op',
    label: <Translate id="home.paths.public">New to worker co-ops</Translate>,
    question: <Translate id="home.paths.public.question">What is a worker co-op, and how is it different?</Translate>,
  },
  {
    id: 'worker-owners',
    to: '/paths/worker-owners',
    label: <AudienceName audience="worker-owner" />,
    question: <Translate id="home.paths.workers.question">I was invited to join a co-op. What will I own and decide?</Translate>,
  },
  {
    id: 'nonprofits',
    to: '/paths/nonprofits',
    label: <AudienceName audience="nonprofit" />,
    question: <Translate id="home.paths.nonprofits.question">How do we start or improve a co-op program?</Translate>,
  },
  {
    id: 'business-owners',
    to: '/paths/business-owners',
    label: <AudienceName audience="business-owner" />,
    question: <Translate id="home.paths.owners.question">Can I sell my business to my workers? How long does it take?</Translate>,
  },
  {
    id: 'governments',
    to: '/paths/governments',
    label: <Translate id="home.paths.governments">Governments and economic developers</Translate>,
    question: <Translate id="home.paths.governments.question">What programs have cities run, and what made them work?</Translate>,
  },
  {
    id: 'lenders',
    to: '/paths/lenders',
    label: <Translate id="home.paths.lenders">Lenders and funders</Translate>,
    question: <Translate id="home.paths.lenders.question">How do we underwrite a company that its workers own?</Translate>,
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
          <Translate id="home.paths.title">Start from your question</Translate>
        </Heading>
        <ul className={styles.routes}>
          {PATHS.map((path) => (
            <li key={path.id} className={styles.route} data-path={path.id}>
              <Heading as="h3">
                <Link to={path.to}>{path.label}</Link>
              </Heading>
              <p>{path.question}</p>
            </li>
          ))}
        </ul>
        <p>
          <Link to="/cases">
            <Translate id="home.paths.cases">Case studies of real co-ops</Translate>
          </Link>
          {' · '}
          <Link to="/directory">
            <Translate id="home.paths.directory">Organizations that help, by state</Translate>
          </Link>
          {' · '}
          <Link to="/facts">
            <Translate id="home.paths.facts">Facts and figures</Translate>
          </Link>
        </p>
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
