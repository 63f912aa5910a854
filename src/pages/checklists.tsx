import Link from '@docusaurus/Link';
import Translate, { translate } from '@docusaurus/Translate';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import type { ReactNode } from 'react';

interface View {
  id: string;
  title: ReactNode;
  query: string;
}

// Each view is a filtered list of the standards, so it always matches the current text.
const VIEWS: View[] = [
  { id: 'startup', title: <Translate id="checklists.view.startup">A start-up group getting ready: the core standards</Translate>, query: '?level=core&pathway=startup' },
  { id: 'conversion', title: <Translate id="checklists.view.conversion">A business owner considering a sale to the workers</Translate>, query: '?pathway=conversion&audience=business-owner' },
  { id: 'nonprofit', title: <Translate id="checklists.view.nonprofit">A non-profit running a co-op development program</Translate>, query: '?audience=nonprofit' },
  { id: 'government', title: <Translate id="checklists.view.government">A city or economic development program</Translate>, query: '?audience=government' },
  { id: 'lender', title: <Translate id="checklists.view.lender">A lender doing due diligence</Translate>, query: '?audience=lender' },
];

export default function Checklists(): ReactNode {
  const title = translate({ id: 'checklists.title', message: 'Checklists' });
  return (
    <Layout title={title} description={translate({ id: 'checklists.description', message: 'Checklists built from the standards for partners of worker cooperatives.' })}>
      <main className="container margin-vert--lg">
        <Heading as="h1">{title}</Heading>
        <p>
          <Translate id="checklists.intro">
            A checklist is a set of standards chosen for one role and one stage of the work. Every checklist is built from the standards themselves, so it always says the same thing as the standards do.
          </Translate>
        </p>
        <Heading as="h2">
          <Translate id="checklists.views.title">Checklists by role</Translate>
        </Heading>
        <ul>
          {VIEWS.map((view) => (
            <li key={view.id}>
              <Link to={`/standards${view.query}`}>{view.title}</Link>
            </li>
          ))}
        </ul>
        <p>
          <Translate id="checklists.downloads">
            Each link opens the standards list with the right filters set. Print it from your browser, or copy the link to share it. Downloads for spreadsheets, Word and PDF are being prepared.
          </Translate>
        </p>
      </main>
    </Layout>
  );
}
