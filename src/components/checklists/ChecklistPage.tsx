import EditLink from '../EditLink';
import Link from '@docusaurus/Link';
import Translate, { translate } from '@docusaurus/Translate';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import type { ChecklistPageData } from '@site/src/plugins/standards/checklists';
import { useEffect, useState, type ReactNode } from 'react';
import DownloadLinks from './DownloadLinks';
import styles from './checklists.module.css';

/** Ticks are kept in this browser, per checklist and library version. */
function useTicks(key: string): [Set<string>, (id: string) => void] {
  const [ticks, setTicks] = useState<Set<string>>(new Set());
  useEffect(() => {
    setTicks(new Set(JSON.parse(window.localStorage.getItem(key) ?? '[]') as string[]));
  }, [key]);
  const toggle = (id: string) =>
    setTicks((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      window.localStorage.setItem(key, JSON.stringify([...next].sort()));
      return next;
    });
  return [ticks, toggle];
}

/** /checklists/<id>: the checklist on screen, with tick boxes, a print view and its downloads. */
export default function ChecklistPage({ data }: { data: ChecklistPageData }): ReactNode {
  const { checklist, version } = data;
  const [ticks, toggle] = useTicks(`wcl.checklist.${checklist.id}.${version}`);
  return (
    <Layout title={checklist.title} description={checklist.purpose}>
      <main className={`container margin-vert--lg ${styles.page}`}>
        <Heading as="h1">{checklist.title}</Heading>
        <p>{checklist.purpose}</p>
        <p className={styles.count}>
          {translate({ id: 'checklists.version', message: '{edition} {version}' }, { edition: checklist.edition, version })}
          {' · '}
          <span data-testid="tick-count">{translate({ id: 'checklists.done', message: '{done} of {count} done' }, { done: ticks.size, count: checklist.count })}</span>
        </p>
        <div className={styles.actions}>
          <DownloadLinks downloads={checklist.downloads} title={checklist.title} />
          <button type="button" className="button button--sm button--primary" onClick={() => window.print()}>
            <Translate id="checklists.print">Print</Translate>
          </button>
        </div>
        {checklist.groups.map((group) => (
          <section key={group.title}>
            <Heading as="h2">{group.title}</Heading>
            <ul className={styles.items}>
              {group.items.map((item) => (
                <li key={item.id} className={styles.item} data-item={item.id}>
                  <input type="checkbox" id={`tick-${item.id}`} checked={ticks.has(item.id)} onChange={() => toggle(item.id)} />
                  <div>
                    <label htmlFor={`tick-${item.id}`} className={styles.itemTitle}>
                      {item.id} {item.title}
                    </label>
                    <p className={styles.statement}>{item.statement}</p>
                    <p className={styles.meta}>
                      {item.level} · {item.stages} ·{' '}
                      <Link to={`/standards/${item.id}`}>
                        <Translate id="checklists.readStandard">Read the standard</Translate>
                        <span className="sr-only"> {item.id}</span>
                      </Link>
                    </p>
                  </div>
                </li>
              ))}
            </ul>
          </section>
        ))}
        <p className={styles.meta}>
          <EditLink href={checklist.editUrl} />
        </p>
      </main>
    </Layout>
  );
}
