/**
 * The page's sidebar inside the phone menu. Docusaurus hands the menu its props through a filler
 * that compares them by sorted key names, and sorting two or more names with `localeCompare` makes
 * the browser get its language rules ready: about a tenth of a second on a slow phone, on every doc
 * page, before the reader can do anything. Handing the menu one memoized object (one key, nothing to
 * sort) keeps the same behaviour without that cost.
 */
import { NavbarSecondaryMenuFiller, ThemeClassNames } from '@docusaurus/theme-common';
import { useNavbarMobileSidebar } from '@docusaurus/theme-common/internal';
import type { PropSidebarItem } from '@docusaurus/plugin-content-docs';
import DocSidebarItems from '@theme/DocSidebarItems';
import type { Props } from '@theme/DocSidebar/Mobile';
import { memo, useMemo, type ReactNode } from 'react';

interface SidebarView {
  readonly sidebar: readonly PropSidebarItem[];
  readonly path: string;
}

function DocSidebarMobileSecondaryMenu({ view }: { view: SidebarView }): ReactNode {
  const mobileSidebar = useNavbarMobileSidebar();
  return (
    <ul className={`${ThemeClassNames.docs.docSidebarMenu} menu__list`}>
      <DocSidebarItems
        items={view.sidebar}
        activePath={view.path}
        onItemClick={(item) => {
          // The menu closes when the reader follows a link (a category with a page is one).
          if (item.type === 'link' || (item.type === 'category' && item.href)) mobileSidebar.toggle();
        }}
        level={1}
      />
    </ul>
  );
}

function DocSidebarMobile({ sidebar, path }: Props): ReactNode {
  const view = useMemo<SidebarView>(() => ({ sidebar, path }), [sidebar, path]);
  return <NavbarSecondaryMenuFiller component={DocSidebarMobileSecondaryMenu} props={{ view }} />;
}

export default memo(DocSidebarMobile);
