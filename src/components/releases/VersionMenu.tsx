import { useActiveDocContext, useVersions } from '@docusaurus/plugin-content-docs/client';
import { useLocation } from '@docusaurus/router';
import { translate } from '@docusaurus/Translate';
import { usePluginData } from '@docusaurus/useGlobalData';
import useBaseUrl from '@docusaurus/useBaseUrl';
import DropdownNavbarItem from '@theme/NavbarItem/DropdownNavbarItem';
import { writtenDate } from '@site/src/core/written-date';
import { useEffect, useState, type ReactNode } from 'react';
import { dateWords } from '../dates/date-words';
import { currentTarget, followedByBrowser, releaseTarget, standardsPageContext, type MenuData, type MenuRelease } from './version-targets';

interface Props {
  mobile?: boolean;
  position?: 'left' | 'right';
}

/**
 * The releases, read from the small file the build writes once the reader reaches for the menu (so a
 * page's first load never waits for it); none until it arrives, and none on a page drawn without script.
 */
function useReleases(file: string, wanted: boolean): MenuRelease[] {
  const [releases, setReleases] = useState<MenuRelease[]>([]);
  useEffect(() => {
    if (!wanted) return undefined;
    let active = true;
    fetch(file)
      .then((response) => (response.ok ? (response.json() as Promise<{ releases: MenuRelease[] }>) : { releases: [] }))
      .then((data) => active && setReleases(data.releases))
      .catch(() => undefined);
    return () => {
      active = false;
    };
  }, [file, wanted]);
  return releases;
}

/** The navbar's version menu: the current text and every release, each opening the same page there. */
export default function VersionMenu({ mobile, position }: Props): ReactNode {
  const { pathname } = useLocation();
  const baseUrl = useBaseUrl('/');
  const data = (usePluginData('standards') as { versions: MenuData }).versions;
  const [wanted, setWanted] = useState(false);
  const releases = useReleases(data.releasesFile, wanted);
  const want = () => setWanted(true);
  const docs = useActiveDocContext(undefined);
  const docVersions = useVersions(undefined);
  const docVersionOf = (name: string) => docVersions.find((version) => version.name === name);
  const docPathIn = (name: string) => {
    // With the docs at the site's root, every address looks like a docs version's: only a doc counts.
    if (!docs.activeDoc) return undefined;
    const version = docVersionOf(name);
    if (!version) return undefined;
    return (docs.alternateDocVersions[name] ?? version.docs.find((doc) => doc.id === version.mainDocId))?.path;
  };
  const page = standardsPageContext(pathname, baseUrl);
  const words = dateWords();
  const viewing = page.version ?? (docs.activeDoc && docs.activeVersion && docs.activeVersion.name !== 'current' ? docs.activeVersion.name : undefined);
  const currentLabel = data.current.draft
    ? translate({ id: 'releases.menu.draft', message: '{version} (draft)' }, { version: data.current.version })
    : translate({ id: 'releases.menu.current', message: '{version} (current)' }, { version: data.current.version });
  const currentDoc = { docPath: docPathIn('current'), baseUrl };
  const items = [
    { label: currentLabel, to: currentTarget(page, baseUrl, currentDoc.docPath), isActive: () => !viewing },
    ...releases.map((release) => ({
      label: release.date ? `${release.version} · ${writtenDate(Date.parse(`${release.date}T00:00:00Z`), words)}` : release.version,
      ...followedByBrowser(releaseTarget(release, page, docPathIn(release.version), currentDoc)),
      isActive: () => viewing === release.version,
    })),
    { label: translate({ id: 'releases.menu.all', message: 'All releases and changes' }), to: data.releasesPermalink },
  ];
  // The button stays short, so that the navbar fits in Spanish too; the list says which is current.
  const label = viewing ?? data.current.version;
  const description = viewing ? translate({ id: 'releases.menu.viewing', message: 'Release {version}' }, { version: viewing }) : currentLabel;
  return (
    <DropdownNavbarItem
      mobile={mobile}
      position={position}
      label={label}
      items={items}
      title={description}
      aria-label={translate({ id: 'releases.menu.label', message: 'Version: {description}' }, { description })}
      data-testid="version-menu"
      onMouseEnter={want}
      onFocus={want}
      onTouchStart={want}
    />
  );
}
