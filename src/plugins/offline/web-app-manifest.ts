/**
 * The web app manifest of one language: the name a phone shows when the library is added to its home
 * screen, and where it opens. Addresses are relative to the manifest, so the same file works at a
 * domain root and under a base path.
 */
export const MANIFEST_FILE = 'manifest.webmanifest';

const NAMES: Record<string, { name: string; short_name: string; description: string }> = {
  en: {
    name: 'Worker Co-op Development Library',
    short_name: 'Co-op Library',
    description: 'Standards, curricula and tools for growing worker cooperatives.',
  },
  es: {
    name: 'Biblioteca de Desarrollo de Cooperativas de Trabajadores',
    short_name: 'Biblioteca',
    description: 'Estándares, planes de estudios y herramientas para hacer crecer cooperativas de trabajadores.',
  },
};

export function webAppManifest(locale: string, htmlLang: string): string {
  const names = NAMES[locale];
  if (!names) throw new Error(`The web app manifest has no name in the language "${locale}": add it to src/plugins/offline/web-app-manifest.ts.`);
  const manifest = {
    ...names,
    lang: htmlLang,
    start_url: './',
    scope: './',
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: '#1f6f50',
    icons: [{ src: 'img/logo.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
  };
  return `${JSON.stringify(manifest, null, 2)}\n`;
}
