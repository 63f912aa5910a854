import Link from '@docusaurus/Link';
import { useHistory, useLocation } from '@docusaurus/router';
import Translate, { translate } from '@docusaurus/Translate';
import useIsBrowser from '@docusaurus/useIsBrowser';
import type { ChecklistDocument } from '@site/src/core/checklists/document';
import { checklistCsv } from '@site/src/core/checklists/formats/csv';
import { checklistJson } from '@site/src/core/checklists/formats/json';
import { checklistMarkdown } from '@site/src/core/checklists/formats/markdown';
import { emptyFilters, hasFilters, matchesFilters, parseFilters, serializeFilters, toggleFilter, VOCABULARY, type Facet, type FilterState } from '@site/src/core/filters';
import type { Standard } from '@site/src/core/model';
import { selectStandardsForProfile } from '@site/src/core/select';
import type { ChecklistBuilderData } from '@site/src/plugins/standards/checklists';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import { useMemo, type ReactNode } from 'react';
import FacetFilters from '../standards/FacetFilters';
import styles from './checklists.module.css';

interface Selection {
  from: string;
  filters: FilterState;
  add: string[];
  remove: string[];
  version: string;
}

function readSelection(search: string, allowed: Record<Facet, readonly string[]>): Selection {
  const params = new URLSearchParams(search);
  const ids = (name: string) => (params.get(name) ?? '').split(',').filter(Boolean);
  return { from: params.get('from') ?? '', filters: parseFilters(search, allowed), add: ids('add'), remove: ids('remove'), version: params.get('v') ?? '' };
}

/** The selection in the page address, pinned to the library version it was made with. */
function writeSelection(selection: Selection, version: string): string {
  const parts = [serializeFilters(selection.filters).slice(1)];
  if (selection.from) parts.push(`from=${selection.from}`);
  if (selection.add.length) parts.push(`add=${selection.add.join(',')}`);
  if (selection.remove.length) parts.push(`remove=${selection.remove.join(',')}`);
  parts.push(`v=${version}`);
  return `?${parts.filter(Boolean).join('&')}`;
}

function download(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const anchor = Object.assign(document.createElement('a'), { href: url, download: name });
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  URL.revokeObjectURL(url);
}

/** /checklists/builder: a checklist of one's own, from filters or from a profile, shared as a link. */
export default function ChecklistBuilder({ data }: { data: ChecklistBuilderData }): ReactNode {
  const location = useLocation();
  const history = useHistory();
  const isBrowser = useIsBrowser();
  const allowed = useMemo(() => ({ ...VOCABULARY, domain: data.domains.map((domain) => domain.id) }), [data.domains]);
  const selection = isBrowser ? readSelection(location.search, allowed) : readSelection('', allowed);
  const update = (change: Partial<Selection>) => history.replace({ ...location, search: writeSelection({ ...selection, ...change }, data.version) });

  const profile = data.profiles.find((candidate) => candidate.id === selection.from);
  const base = profile
    ? selectStandardsForProfile(profile.select, data.standards as unknown as Standard[]).map((standard) => standard.id)
    : hasFilters(selection.filters)
      ? data.standards.filter((standard) => matchesFilters(standard, selection.filters)).map((standard) => standard.id)
      : [];
  const chosen = new Set([...base, ...selection.add].filter((id) => !selection.remove.includes(id)));
  const items = data.standards.filter((standard) => chosen.has(standard.id));
  const others = data.standards.filter((standard) => !chosen.has(standard.id));
  const title = translate({ id: 'builder.title', message: 'Build your own checklist' });

  const document = (): ChecklistDocument => ({
    id: 'custom',
    language: data.language,
    title: profile ? `${profile.title} (${translate({ id: 'builder.adapted', message: 'adapted' })})` : title,
    purpose: translate({ id: 'builder.purpose', message: 'A checklist made with the checklist builder.' }),
    edition: data.edition,
    version: data.version,
    date: data.released ?? undefined,
    url: `${data.builderUrl}${writeSelection(selection, data.version)}`,
    labels: data.labels,
    groups: data.domains
      .map((domain) => ({
        title: domain.title,
        items: items
          .filter((standard) => standard.domain === domain.id)
          .map((standard) => ({
            id: standard.id,
            title: standard.title,
            statement: standard.statement,
            level: data.labels.level[standard.level],
            stages: standard.stages.map((stage) => data.labels.stage[stage]).join(', '),
            url: standard.url,
          })),
      }))
      .filter((group) => group.items.length > 0),
  });

  return (
    <Layout title={title} description={translate({ id: 'builder.description', message: 'Choose the standards for your own checklist, then download, print or share it.' })}>
      <main className="container margin-vert--lg">
        <Heading as="h1">{title}</Heading>
        <p>
          <Translate id="builder.intro">
            Start from one of the checklists, or choose filters. Then add or remove standards. The page address keeps your choices, so you can share the link.
          </Translate>
        </p>
        {selection.version && selection.version !== data.version && (
          <p role="status" className={styles.warning}>
            {translate(
              {
                id: 'builder.otherVersion',
                message: 'This link was made with version {then} of the standards; the library is now at version {now}, so some items may have changed.',
              },
              { then: selection.version, now: data.version },
            )}
          </p>
        )}
        <p className={styles.actions}>
          <label>
            <Translate id="builder.from">Start from a checklist</Translate>{' '}
            <select value={selection.from} onChange={(event) => update({ from: event.target.value, add: [], remove: [] })}>
              <option value="">{translate({ id: 'builder.noProfile', message: 'None: use the filters' })}</option>
              {data.profiles.map((candidate) => (
                <option key={candidate.id} value={candidate.id}>
                  {candidate.title}
                </option>
              ))}
            </select>
          </label>
        </p>
        {!profile && (
          <FacetFilters
            filters={selection.filters}
            domains={data.domains}
            onToggle={(facet, value) => update({ filters: toggleFilter(selection.filters, facet, value, allowed[facet]) })}
            onClear={() => update({ filters: emptyFilters() })}
          />
        )}
        <p className={styles.count} role="status" data-testid="builder-count">
          {translate({ id: 'builder.count', message: '{count} standards in your checklist' }, { count: items.length })}
        </p>
        <div className={styles.actions}>
          <button
            type="button"
            className="button button--sm button--primary"
            disabled={items.length === 0}
            onClick={() => download('checklist.csv', checklistCsv(document()), 'text/csv;charset=utf-8')}
          >
            CSV
          </button>
          <button
            type="button"
            className="button button--sm button--primary"
            disabled={items.length === 0}
            onClick={() => download('checklist.md', checklistMarkdown(document()), 'text/markdown;charset=utf-8')}
          >
            Markdown
          </button>
          <button
            type="button"
            className="button button--sm button--primary"
            disabled={items.length === 0}
            onClick={() => download('checklist.json', checklistJson(document(), data.schemaUrl), 'application/json')}
          >
            JSON
          </button>
          <button type="button" className="button button--sm button--secondary" disabled={items.length === 0} onClick={() => window.print()}>
            <Translate id="checklists.print">Print</Translate>
          </button>
        </div>
        <ul className={styles.items}>
          {items.map((standard) => (
            <li key={standard.id} className={styles.item} data-builder-item={standard.id}>
              <div>
                <p className={styles.itemTitle}>
                  <Link to={`/standards/${standard.id}`}>{standard.id}</Link> {standard.title}
                </p>
                <p className={styles.statement}>{standard.statement}</p>
              </div>
              <button
                type="button"
                className={`button button--sm button--secondary ${styles.noPrint}`}
                onClick={() => update({ add: selection.add.filter((id) => id !== standard.id), remove: [...selection.remove, standard.id] })}
              >
                {translate({ id: 'assign.item.remove', message: 'Remove' })}
                <span className="sr-only">: {standard.id}</span>
              </button>
            </li>
          ))}
        </ul>
        <p className={styles.noPrint}>
          <label>
            <Translate id="builder.add">Add a standard</Translate>{' '}
            <select
              value=""
              onChange={(event) =>
                event.target.value && update({ add: [...selection.add, event.target.value], remove: selection.remove.filter((id) => id !== event.target.value) })
              }
            >
              <option value="">—</option>
              {others.map((standard) => (
                <option key={standard.id} value={standard.id}>
                  {standard.id} {standard.title}
                </option>
              ))}
            </select>
          </label>
        </p>
      </main>
    </Layout>
  );
}
