import Link from '@docusaurus/Link';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import Translate from '@docusaurus/Translate';
import type { OrganizationView } from '@site/src/core/public/directory-view';
import { stateName } from '@site/src/core/public/us-states';
import { labelOf } from '@site/src/core/vocabulary';
import Heading from '@theme/Heading';
import type { ReactNode } from 'react';
import { useLanguage, useVocabulary } from '../locale';
import CheckedDay from '../standards/CheckedDay';
import styles from './public.module.css';

/** One organization of the directory: what it does, where, in which languages, and how to reach it. */
export default function OrganizationEntry({ organization }: { organization: OrganizationView }): ReactNode {
  const words = useVocabulary();
  const language = useLanguage();
  // Case studies link to an organization's entry; the build's link check learns the anchor here.
  useBrokenLinks().collectAnchor(organization.id);
  const serves = organization.serves === 'nationwide' ? words.state.nationwide : organization.serves.map((code) => stateName(code, language)).join(', ');
  return (
    <li className={styles.card} id={organization.id} data-organization={organization.id}>
      <Heading as="h3">
        <Link href={organization.website}>{organization.name}</Link>
      </Heading>
      <p>{organization.summary}</p>
      <ul className={styles.tags} aria-label={words.facet.service}>
        {organization.services.map((service) => (
          <li key={service}>{labelOf(words, 'service', service)}</li>
        ))}
      </ul>
      <dl className={styles.facts}>
        <dt>
          <Translate id="public.directory.serves">Works in</Translate>
        </dt>
        <dd>{serves}</dd>
        {organization.basedIn && (
          <>
            <dt>
              <Translate id="public.directory.basedIn">Office</Translate>
            </dt>
            <dd>
              {organization.basedIn.city}, {stateName(organization.basedIn.state, language)}
            </dd>
          </>
        )}
        <dt>{words.facet.language}</dt>
        <dd>{organization.languages.map((code) => labelOf(words, 'spokenLanguage', code)).join(', ')}</dd>
      </dl>
      <p className={styles.meta}>
        <CheckedDay day={organization.checked} />{' '}
        {organization.sources[0]?.url && (
          <Link href={organization.sources[0].url}>
            <Translate id="public.directory.source">Source</Translate>
          </Link>
        )}
      </p>
    </li>
  );
}
