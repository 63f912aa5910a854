import { describe, expect, it } from 'vitest';
import { webAppManifest } from './web-app-manifest';

describe('the web app manifest', () => {
  it('names the library in each language and opens where the manifest is, at a root or under a base path', () => {
    const english = JSON.parse(webAppManifest('en', 'en-US'));
    const spanish = JSON.parse(webAppManifest('es', 'es-US'));
    expect(english).toMatchObject({ name: 'Worker Co-op Development Library', lang: 'en-US', start_url: './', scope: './' });
    expect(spanish).toMatchObject({ lang: 'es-US', start_url: './', scope: './' });
    expect(spanish.name).toMatch(/^Biblioteca/);
    expect(english.icons[0].src).not.toMatch(/^\//);
  });

  it('is the same text each time', () => {
    expect(webAppManifest('es', 'es-US')).toBe(webAppManifest('es', 'es-US'));
  });

  it('asks for a name in a language it does not have', () => {
    expect(() => webAppManifest('fr', 'fr')).toThrow(/no name in the language "fr".*web-app-manifest.ts/);
  });
});
