import Translate from '@docusaurus/Translate';
import type { ReactNode } from 'react';
import type { FeedLinks as Feeds } from './types';

/** Links to the Atom and JSON feeds of releases (plain links: the feeds are files, not pages). */
export default function FeedLinks({ feeds }: { feeds: Feeds }): ReactNode {
  return (
    <p data-testid="feed-links">
      <Translate id="releases.feeds">Follow new releases:</Translate>{' '}
      <a href={feeds.atom} type="application/atom+xml">
        Atom
      </a>
      {' · '}
      <a href={feeds.json} type="application/feed+json">
        JSON Feed
      </a>
    </p>
  );
}
