/**
 * The browser side of our search for the benchmark: bundled with esbuild, it puts the engine on
 * `window` with a way to open an index whose files are fetched from a folder of the site.
 */
import { LocalSearchIndex } from '../../src/core/search/engine';

declare global {
  interface Window {
    LocalSearchIndex: typeof LocalSearchIndex;
    /** Opens the index whose files are under `baseUrl` (ending with `/`). */
    openLocalSearch: (baseUrl: string) => Promise<LocalSearchIndex>;
  }
}

window.LocalSearchIndex = LocalSearchIndex;
window.openLocalSearch = (baseUrl) =>
  LocalSearchIndex.open(async (name) => {
    const response = await fetch(`${baseUrl}${name}`);
    if (!response.ok) throw new Error(`${name}: HTTP ${response.status}`);
    return response.json();
  });
