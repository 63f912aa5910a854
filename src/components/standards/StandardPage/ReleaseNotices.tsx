import Link from '@site/src/components/PageLink';
import Translate, { translate } from '@docusaurus/Translate';
import type { ArchivedView, CitationView, StandardVersionView, TombstoneView } from '@site/src/core/releases/standard-releases';
import Admonition from '@theme/Admonition';
import Heading from '@theme/Heading';
import type { ReactNode } from 'react';
import { useVocabulary } from '../../locale';
import styles from '../standards.module.css';
import WrittenDay from '@site/src/components/dates/WrittenDay';

/** On a past release's page: which release this is, and the way to the current text. */
export function ArchivedBanner({ archived, id }: { archived: ArchivedView; id: string }): ReactNode {
  const values = { version: archived.version, date: archived.date ? <WrittenDay day={archived.date} /> : '' };
  return (
    <Admonition type={archived.newest ? 'info' : 'caution'} title={translate({ id: 'releases.banner.title', message: 'Release {version}' }, values)}>
      <p data-testid="version-banner">
        <Translate id="releases.banner.text" values={{ ...values, id }}>
          {'This is the text of {id} as released in {version} on {date}.'}
        </Translate>{' '}
        {archived.changedSince ? (
          <Translate id="releases.banner.changed">It has changed since.</Translate>
        ) : (
          <Translate id="releases.banner.same">The current text is the same.</Translate>
        )}{' '}
        <Link to={archived.currentPermalink} data-testid="current-link">
          <Translate id="releases.banner.current">Read the current text</Translate>
        </Link>
        {archived.comparePermalink && (
          <>
            {' · '}
            <Link to={archived.comparePermalink}>
              <Translate id="releases.banner.compare">See what changed</Translate>
            </Link>
          </>
        )}
      </p>
    </Admonition>
  );
}

/** A retired standard's page: when and why it was retired, and where its meaning went. */
export function Tombstone({ tombstone }: { tombstone: TombstoneView }): ReactNode {
  const values = { version: tombstone.version, date: tombstone.date ? <WrittenDay day={tombstone.date} /> : '' };
  const words = useVocabulary();
  return (
    <Admonition
      type="warning"
      title={
        tombstone.change === 'moved'
          ? translate({ id: 'releases.tombstone.movedTitle', message: 'This standard has moved' })
          : translate({ id: 'releases.tombstone.retiredTitle', message: 'This standard is retired' })
      }
    >
      <p data-testid="tombstone">
        {tombstone.change === 'moved' ? (
          <Translate id="releases.tombstone.moved" values={values}>
            {'It moved to a new ID in release {version} ({date}).'}
          </Translate>
        ) : (
          <Translate id="releases.tombstone.retired" values={values}>
            {'It was retired in release {version} ({date}).'}
          </Translate>
        )}{' '}
        <span lang={tombstone.noteLanguage}>{tombstone.note}</span>
      </p>
      <p>
        <Translate id="releases.tombstone.successors">Its meaning now lives in:</Translate>
      </p>
      <ul data-testid="successors">
        {tombstone.successors.map((successor) => (
          <li key={successor.id}>
            {words.relation[successor.relation]}{' '}
            <Link to={successor.permalink}>
              {successor.id} {successor.title}
            </Link>
          </li>
        ))}
      </ul>
      {tombstone.lastActive && (
        <p>
          <Link to={tombstone.lastActive.permalink}>
            <Translate id="releases.tombstone.lastActive" values={{ version: tombstone.lastActive.version }}>
              {'Read the text as it was in {version}'}
            </Translate>
          </Link>
        </p>
      )}
    </Admonition>
  );
}

/** The releases that hold this standard, each linked to its frozen text. */
export function VersionList({ versions }: { versions: readonly StandardVersionView[] }): ReactNode {
  const words = useVocabulary();
  if (versions.length === 0) return null;
  return (
    <>
      <Heading as="h2" id="versions">
        <Translate id="releases.versions.title">Versions of this standard</Translate>
      </Heading>
      <ul data-testid="versions">
        {[...versions].reverse().map((entry) => (
          <li key={entry.version}>
            <Link to={entry.permalink}>{entry.version}</Link> ({entry.date ? <WrittenDay day={entry.date} /> : ''}): {words.change[entry.change]}
          </li>
        ))}
      </ul>
    </>
  );
}

/** The ready-made citation: edition, version, ID, date and an address that always shows this text. */
export function Citation({ citation, id }: { citation: CitationView; id: string }): ReactNode {
  const version = citation.draft ? translate({ id: 'releases.cite.draft', message: '{version} (draft, not yet released)' }, { version: citation.version }) : citation.version;
  return (
    <p className={styles.citation} data-testid="citation">
      {citation.edition} {version}, {id}
      {citation.date ? `, ${citation.date}` : ''}, {citation.url}
    </p>
  );
}
