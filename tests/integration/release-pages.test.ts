import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { archiveReleasePages } from '../../scripts/release/pages';
import { formatContentError } from '../../src/core/errors';
import { loadLibrary } from '../../src/core/load';
import { archivedDocPaths, readArchivedPages } from '../../src/core/releases/archived-pages';
import { buildCaseLibrary } from '../support/fixtures';

// A page as Docusaurus writes it: scripts, a hashed style sheet, a search box and buttons that need a script.
const page = (language: string, title: string) => `<!doctype html>
<html lang="${language}" data-has-hydrated="false"><head><meta charset="UTF-8"><meta http-equiv="Content-Security-Policy" content="script-src 'self' 'sha256-old='">
<title>${title}</title><link rel="stylesheet" href="/assets/css/styles.0123abcd.css"><link rel="preload" href="/assets/js/main.js" as="script"><script src="/assets/js/main.js" defer></script></head>
<body><script>document.documentElement.dataset.theme='dark'</script><nav class="navbar"><button class="navbar__toggle clean-btn">menu</button>
<div class="navbarSearchContainer_Bca1"><div class="box_x"><input id="s" type="search" aria-controls="p" value=""><kbd>Ctrl K</kbd><div id="p" hidden=""></div></div></div>
<div class="toggle_x colorModeToggle_DEke"><button>mode</button></div></nav><main><h1>${title}</h1><a href="/standards/1.0.0/GOV-01">GOV-01</a></main></body></html>`;

function builtSite(): string {
  const build = fs.mkdtempSync(path.join(os.tmpdir(), 'release-pages-'));
  const files: Record<string, string> = {
    'standards/1.0.0.html': page('en', 'Standards 1.0.0'),
    'standards/1.0.0/GOV-01.html': page('en', 'GOV-01 in 1.0.0'),
    '1.0.0/guides/using.html': page('en', 'Using the standards'),
    'standards/GOV-01.html': page('en', 'GOV-01 today'),
    'guides/using.html': page('en', 'Using today'),
    'es/standards/1.0.0/GOV-01.html': page('es', 'GOV-01 en 1.0.0'),
    'es/1.0.0/guides/using.html': page('es', 'Cómo usar'),
    'es/standards/GOV-01.html': page('es', 'GOV-01 hoy'),
    'assets/css/styles.0123abcd.css': 'body { color: black; }\n',
  };
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(build, name)), { recursive: true });
    fs.writeFileSync(path.join(build, name), text);
  }
  return build;
}

// The fixture has release 1.0.0 cut.
function archived(): { root: string; result: ReturnType<typeof archiveReleasePages> } {
  const root = buildCaseLibrary('release-notes-wrong');
  fs.rmSync(path.join(root, 'standards/releases/1.1.0.yaml'));
  return { root, result: archiveReleasePages(root, '1.0.0', { buildDir: builtSite(), languages: ['en', 'es'] }) };
}

describe('the archived pages of a release', () => {
  it("keep the release's standards and docs pages in every language, and nothing of the current text", () => {
    const { root, result } = archived();
    expect(result).toEqual({ ok: true, written: ['versioned_pages/1.0.0/'], pages: 5 });
    const pages = readArchivedPages(root, '1.0.0');
    expect(pages.errors).toEqual([]);
    expect([...pages.files!.keys()]).toEqual([
      'SHA256SUMS',
      'en/1.0.0/guides/using.html',
      'en/assets/releases/1.0.0/styles.css',
      'en/standards/1.0.0.html',
      'en/standards/1.0.0/GOV-01.html',
      'es/1.0.0/guides/using.html',
      'es/standards/1.0.0/GOV-01.html',
    ]);
    expect(archivedDocPaths(root, '1.0.0', 'es')).toEqual(['1.0.0/guides/using']);
    expect(loadLibrary(root).errors).toEqual([]);
  });

  it('are plain pages: no script, the kept style sheet, a search form, the policy of a page without scripts', () => {
    const { root } = archived();
    const html = fs.readFileSync(path.join(root, 'versioned_pages/1.0.0/es/standards/1.0.0/GOV-01.html'), 'utf8');
    expect(html).not.toMatch(/<script|as="script"|navbar__toggle|colorModeToggle|sha256-old|data-has-hydrated/);
    expect(html).toContain('<link rel="stylesheet" href="/assets/releases/1.0.0/styles.css">');
    expect(html).toMatch(/<form role="search" method="get" action="\/es\/search"><div class="box_x"><input id="s" type="search" value="" name="q"><\/div><\/form>/);
    expect(html).toMatch(/<meta charset="UTF-8"><meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; /);
    expect(html).toContain('<h1>GOV-01 en 1.0.0</h1><a href="/standards/1.0.0/GOV-01">GOV-01</a>');
    expect(fs.readFileSync(path.join(root, 'versioned_pages/1.0.0/en/assets/releases/1.0.0/styles.css'), 'utf8')).toBe('body { color: black; }\n');
  });

  it('stop the build when a kept page changed, naming the line of SHA256SUMS that records it', () => {
    const { root } = archived();
    const sums = fs.readFileSync(path.join(root, 'versioned_pages/1.0.0/SHA256SUMS'), 'utf8').split('\n');
    const line = sums.findIndex((entry) => entry.endsWith('  es/1.0.0/guides/using.html')) + 1;
    fs.appendFileSync(path.join(root, 'versioned_pages/1.0.0/es/1.0.0/guides/using.html'), '\n');
    expect(loadLibrary(root).errors.map(formatContentError)).toEqual([
      `versioned_pages/1.0.0/SHA256SUMS:${line}:1  (file): es/1.0.0/guides/using.html does not match the checksum recorded when 1.0.0 was cut (restore versioned_pages/1.0.0/ from the repository's history; a published release is never changed)`,
    ]);
  });

  it('are written once, and only for a cut release', () => {
    const { root } = archived();
    expect(archiveReleasePages(root, '1.0.0', { buildDir: builtSite(), languages: ['en', 'es'] })).toEqual({
      ok: false,
      problems: ["the pages of 1.0.0 are archived already; a release's pages are written once"],
    });
    expect(archiveReleasePages(root, '2.0.0', { buildDir: builtSite(), languages: ['en', 'es'] })).toEqual({
      ok: false,
      problems: ['2.0.0 is not a cut release; cut it with `npm run release:cut -- 2.0.0`'],
    });
    fs.mkdirSync(path.join(root, 'versioned_pages/0.9.0'), { recursive: true });
    expect(loadLibrary(root).errors.map(formatContentError)).toEqual([
      'versioned_pages/0.9.0:1:1  (file): is not the pages of a cut release (there is no versioned_standards/0.9.0.json) (remove it; pages are archived by `npm run release:pages`)',
    ]);
  });
});
