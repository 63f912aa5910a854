/** /directory: the organizations that help worker co-ops, filtered by state, service and language, with a map. */
import Link from '@docusaurus/Link';
import Translate, { translate } from '@docusaurus/Translate';
import { servesState } from '@site/src/core/public/directory-view';
import { isEmptySelection, matchesSelection } from '@site/src/core/public/selection';
import { stateName, US_STATES } from '@site/src/core/public/us-states';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import { useMemo, type ReactNode } from 'react';
import { useLanguage, useVocabulary } from '../../locale';
import Filters from '../Filters';
import OrganizationEntry from '../OrganizationEntry';
import { filterGroup } from '../options';
import StateMap from '../StateMap';
import type { DirectoryPageProps } from '../types';
import { useSelection } from '../useSelection';
import styles from '../public.module.css';

export default function DirectoryPage({ data }: DirectoryPageProps): ReactNode {
  const { organizations, stateCounts, nationwide } = data;
  const words = useVocabulary();
  const language = useLanguage();
  const groups = useMemo(
    () => [
      filterGroup(
        words,
        'state',
        'state',
        US_STATES.map((state) => state.code),
      ),
      filterGroup(
        words,
        'service',
        'service',
        organizations.flatMap((organization) => organization.services),
      ),
      filterGroup(
        words,
        'language',
        'spokenLanguage',
        organizations.flatMap((organization) => organization.languages),
      ),
    ],
    [organizations, words],
  );
  const { selection, filters } = useSelection(groups);
  const state = selection.state[0];
  const shown = organizations.filter(
    (organization) =>
      (!state || servesState(organization, state)) &&
      matchesSelection({ service: organization.services, language: organization.languages }, { service: selection.service, language: selection.language }),
  );
  const title = translate({ id: 'public.directory.title', message: 'Directory of support organizations' });
  return (
    <Layout
      title={title}
      description={translate({
        id: 'public.directory.description',
        message: 'Organizations that help worker co-ops: developers, networks, lenders, legal and accounting help, and training.',
      })}
    >
      <main className="container margin-vert--lg">
        <Heading as="h1">{title}</Heading>
        <p className={styles.lead}>
          <Translate id="public.directory.lead">
            Organizations that help people start, convert, finance and run worker co-ops. Choose your state on the map or in the list, and what kind of help you need. Each entry
            says when someone last checked it; call or write before you rely on it.
          </Translate>
        </p>
        <Heading as="h2" id="map">
          <Translate id="public.directory.mapTitle">Help by state</Translate>
        </Heading>
        <p>
          <Translate id="public.directory.mapLead" values={{ nationwide }}>
            {'Each square is a state. The number is how many organizations in this directory name that state; {nationwide} more work nationwide and serve every state.'}
          </Translate>
        </p>
        <StateMap counts={stateCounts} selected={state} onSelect={(code) => filters.onChoose('state', code ? [code] : [])} />
        <Filters title={translate({ id: 'public.directory.filters', message: 'Filter the directory' })} {...filters} />
        <p className={styles.count} role="status" aria-live="polite" data-testid="result-count">
          {isEmptySelection(selection)
            ? translate({ id: 'public.directory.countAll', message: '{total} organizations' }, { total: organizations.length })
            : state
              ? translate(
                  { id: 'public.directory.countInState', message: 'Showing {shown} of {total} organizations that work in {state}' },
                  { shown: shown.length, total: organizations.length, state: stateName(state, language) },
                )
              : translate({ id: 'public.directory.countFiltered', message: 'Showing {shown} of {total} organizations' }, { shown: shown.length, total: organizations.length })}
        </p>
        <ul className={styles.cards} aria-label={title}>
          {shown.map((organization) => (
            <OrganizationEntry key={organization.id} organization={organization} />
          ))}
        </ul>
        {shown.length === 0 && (
          <p>
            <Translate id="public.directory.none">No organization matches all of these filters. Remove one to see more.</Translate>
          </p>
        )}
        <p>
          <Translate id="public.directory.add">Know an organization that should be here? Each entry is one file; see the contributing guide.</Translate>{' '}
          <Link href={data.editUrl}>
            <Translate id="public.directory.addLink">The directory's files</Translate>
          </Link>
        </p>
      </main>
    </Layout>
  );
}
