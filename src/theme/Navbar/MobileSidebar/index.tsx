/**
 * The phone menu, drawn only once the reader may open it. Docusaurus draws the whole menu (every
 * navbar link, and on a doc page the whole sidebar again) on every phone as soon as the page starts,
 * hidden until the menu button is pressed: on a slow phone that is the largest piece of work after
 * the page comes to life. Here the menu is drawn when the reader first touches, points at or tabs
 * to the menu button, a moment before the press opens it (so it still slides in), or when something
 * else opens it.
 */
import { useNavbarMobileSidebar } from '@docusaurus/theme-common/internal';
import NavbarMobileSidebar from '@theme-original/Navbar/MobileSidebar';
import { useEffect, useState, type ReactNode } from 'react';

/** The menu button of the navbar (Docusaurus's class for it). */
const MENU_BUTTON = '.navbar__toggle';
const SIGNS_OF_INTENT = ['pointerdown', 'pointerover', 'focusin'] as const;

/** True from the first time the reader reaches for the menu button, or the menu is shown. */
function useMenuWanted(shown: boolean): boolean {
  const [reached, setReached] = useState(false);
  useEffect(() => {
    if (reached) return undefined;
    const notice = (event: Event) => {
      if (event.target instanceof Element && event.target.closest(MENU_BUTTON)) setReached(true);
    };
    for (const type of SIGNS_OF_INTENT) document.addEventListener(type, notice, { capture: true, passive: true });
    return () => {
      for (const type of SIGNS_OF_INTENT) document.removeEventListener(type, notice, { capture: true });
    };
  }, [reached]);
  // Once drawn, the menu stays, so that it can slide away when closed.
  if (shown && !reached) setReached(true);
  return reached || shown;
}

export default function NavbarMobileSidebarWhenWanted(): ReactNode {
  const { shown } = useNavbarMobileSidebar();
  return useMenuWanted(shown) ? <NavbarMobileSidebar /> : null;
}
