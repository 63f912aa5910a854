import Link from '@docusaurus/Link';
import Translate, { translate } from '@docusaurus/Translate';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import type { ChecklistPageData } from '@site/src/plugins/standards/checklists';
import type { ReactNode } from 'react';
import DownloadLinks from './DownloadLinks';
import styles from './checklists.module.css';

interface Props {
  data: { pages: Array<Omit<ChecklistPageData, 'checklist'> & { checklist: Omit<ChecklistPageData['checklist'], 'groups'> }> };
}

/** /checklists: every checklist profile, with its purpose, its size and its downloads. */
export default function ChecklistsPage({ data }: Props): ReactNode {
  const title = translate({ id: 'checklists.title', message: 'Checklists' });
  return (
    <Layout title={title} description={translate({ id: 'checklists.description', message: 'Checklists built from the standards for partners of worker cooperatives.' })}>
      <main className="container margin-vert--lg">
        <Heading as="h1">{title}</Heading>
        <p>
          <Translate id="checklists.intro">
            A checklist is a set of standards chosen for one role and one stage of the work. Every checklist is built from the standards themselves, so it always says the same
            thing as the standards do.
          </Translate>
        </p>
        <p>
          <Link to="/checklists/builder">
            <Translate id="checklists.toBuilder">Need a different set? Build your own checklist.</Translate>
          </Link>
        </p>
        <ul className={styles.profiles}>
          {data.pages.map(({ checklist }) => (
            <li key={checklist.id} className={styles.profile} data-checklist={checklist.id}>
              <Heading as="h2">
                <Link to={checklist.url}>{checklist.title}</Link>
              </Heading>
              <p>{checklist.purpose}</p>
              <p className={styles.count}>{translate({ id: 'checklists.count', message: '{count} standards' }, { count: checklist.count })}</p>
              <DownloadLinks downloads={checklist.downloads} title={checklist.title} />
            </li>
          ))}
        </ul>
      </main>
    </Layout>
  );
}
