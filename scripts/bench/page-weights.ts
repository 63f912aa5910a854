/**
 * First load of the pages readers open most, against a page of a bare Docusaurus site measured the
 * same way in the same run (see page-weight.ts). Goals: a standard page and a lesson page at most 1.00x
 * the bare page; a tool page at most the bare page plus that tool's own code, which is the scripts the
 * tool page loads and a guide page without tools does not.
 */
import { docAddress } from '../../src/core/doc-address';
import type { DocPageSource, Library } from '../../src/core/model';
import { launchChromium } from '../../tests/e2e/support/launch-chromium';
import { measurePageWeights, type PageWeight } from './page-weight';

export interface PageWeightReport {
  readonly bare: PageWeight;
  readonly pages: readonly { readonly kind: string; readonly weight: PageWeight; readonly allowance: number }[];
}

/** The pages measured: one of each kind, chosen from the content so that the bench follows it. */
export function pagesToWeigh(library: Library): { kind: string; address: string }[] {
  const first = (kind: string) => library.pages.find((page) => page.kind === kind && page.language === library.meta.languages[0]);
  const address = (page: DocPageSource) => docAddress(page.docId, page.frontMatter.slug);
  const [lesson, tool, guide] = [first('lesson'), first('tool'), first('guide')];
  return [
    { kind: 'home', address: '/' },
    { kind: 'standard', address: `/standards/${library.standards[0]!.id}` },
    ...(lesson ? [{ kind: 'lesson', address: address(lesson) }] : []),
    ...(tool ? [{ kind: `tool`, address: address(tool) }] : []),
    ...(guide ? [{ kind: 'guide', address: address(guide) }] : []),
  ];
}

export async function benchPageWeights(library: Library, siteBuild: string, bareBuild: string): Promise<PageWeightReport> {
  const browser = await launchChromium();
  try {
    const [bare] = await measurePageWeights(browser, bareBuild, ['/page-0001']);
    const chosen = pagesToWeigh(library);
    const weights = await measurePageWeights(
      browser,
      siteBuild,
      chosen.map((page) => page.address),
    );
    const guide = weights[chosen.findIndex((page) => page.kind === 'guide')];
    const pages = chosen.map((page, index) => {
      const weight = weights[index]!;
      // A tool page may carry its own code on top of what a page without tools carries.
      const allowance = page.kind === 'tool' && guide ? Math.max(0, weight.scriptBytes - guide.scriptBytes) : 0;
      return { kind: page.kind, weight, allowance };
    });
    return { bare: bare!, pages };
  } finally {
    await browser.close();
  }
}

export function printPageWeightReport(report: PageWeightReport): void {
  const kb = (bytes: number) => (bytes / 1024).toFixed(1);
  console.log(
    `\nFirst load until the network is quiet, gzip, each file once, in headless Chromium (bare page: ${report.bare.address}, ${kb(report.bare.totalBytes)} KB, and ${kb(report.bare.prefetchBytes)} KB prefetched for its links)`,
  );
  console.log(['page', 'address', 'files', 'scripts (KB)', 'all (KB)', 'ratio to bare', 'goal', 'prefetched for links (KB)'].join('\t'));
  for (const { kind, weight, allowance } of report.pages) {
    const ratio = weight.totalBytes / report.bare.totalBytes;
    const goal =
      kind === 'home' || kind === 'guide' ? '-' : `<= ${kb(report.bare.totalBytes + allowance)} KB ${weight.totalBytes <= report.bare.totalBytes + allowance ? 'met' : 'MISSED'}`;
    console.log([kind, weight.address, weight.files, kb(weight.scriptBytes), kb(weight.totalBytes), `${ratio.toFixed(3)}x`, goal, kb(weight.prefetchBytes)].join('\t'));
  }
}
