import Link, { type Props } from '@docusaurus/Link';
import type { ReactNode } from 'react';
import { followedByBrowser, isReleaseAddress } from './releases/version-targets';

/**
 * A link to a page of the site. The pages of a past release may be archived pages, kept outside the
 * site's routes (see src/core/releases/README.md), so a link to a release's page is followed by the
 * browser itself; every other link goes through the router, as Docusaurus's Link does.
 */
export default function PageLink(props: Props): ReactNode {
  const address = props.to ?? props.href;
  if (address && isReleaseAddress(address)) return <Link {...props} href={undefined} {...followedByBrowser(address)} />;
  return <Link {...props} />;
}
