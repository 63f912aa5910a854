import Link, { type Props } from '@docusaurus/Link';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import type { ReactNode } from 'react';
import { useLocaleBaseUrl } from './locale';
import { followedByBrowser, isReleaseAddress } from './releases/version-targets';

/**
 * A link to a page of the site. The pages of a past release may be archived pages, kept outside the
 * site's routes (see src/core/releases/README.md), so a link to a release's page is followed by the
 * browser itself; every other link goes through the router, as Docusaurus's Link does.
 */
export default function PageLink(props: Props): ReactNode {
  // The site's root (its base path), which every language's addresses start with.
  const root = useLocaleBaseUrl()(useDocusaurusContext().i18n.defaultLocale);
  const address = props.to ?? props.href;
  if (address && isReleaseAddress(address, root)) return <Link {...props} href={undefined} {...followedByBrowser(address)} />;
  return <Link {...props} />;
}
