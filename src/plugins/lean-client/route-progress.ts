/**
 * The thin bar at the top of the window while the next page loads, shown only when that takes more
 * than a moment (a slow connection). It stands in for the theme's progress bar, which brings a small
 * animation library to every page for this alone: here it is a class on <html> and a few lines of CSS
 * (route-progress.css). The bar keeps the theme's colour setting, --docusaurus-progress-bar-color.
 */
import './route-progress.css';

/** How long a page may take to come before the bar shows. */
export const PROGRESS_DELAY_MS = 200;
/** The class on <html> while the bar shows. */
export const LOADING_CLASS = 'page-loading';

interface RouteChange {
  location: { pathname: string };
  previousLocation: { pathname: string } | null;
}

/** A new page was asked for: show the bar if it has not come after a moment. */
export function onRouteUpdate({ location, previousLocation }: RouteChange): (() => void) | undefined {
  if (!previousLocation || location.pathname === previousLocation.pathname) return undefined;
  const timer = window.setTimeout(() => document.documentElement.classList.add(LOADING_CLASS), PROGRESS_DELAY_MS);
  return () => window.clearTimeout(timer);
}

/** The new page is shown. */
export function onRouteDidUpdate(): void {
  document.documentElement.classList.remove(LOADING_CLASS);
}
