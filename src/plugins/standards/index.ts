/**
 * The standards plugin: loads and validates the library once, then adds the standards pages
 * (/standards, /standards/<ID>, /standards/domains/<domain>, /standards/coming-changes), the glossary (/glossary), and the pages
 * for partners and the public (/cases, /directory, /facts) in the current locale, and publishes the schemas. All the work sits in src/core; this file holds only the lifecycle.
 */
import path from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import { normalizeUrl } from '@docusaurus/utils';
import { writingBuild } from '../build-writes';
import { buildGlossaryView } from '../../core/glossary-view';
import type { Language, Library } from '../../core/model';
import { buildViews, editUrl } from '../../core/views';
import { comingChanges } from '../../core/coming-changes';
import { checklistBuilderData, checklistPages } from './checklists';
import { buildFeeds, copyArchivedPages, buildPacks, writeFiles, writePacks } from './release-files';
import { buildTemplateFiles } from '../../core/templates';
import { standardsListedByReadiness } from '../../core/tool-data';
import { curriculaFromDocs } from './curricula';
import { lastUpdatedDates } from './last-updated';
import { loadLibraryOnce } from './load-once';
import { localeBaseUrl, sourceBaseUrl } from './locale-urls';
import { lessonsByStandard } from './lessons';
import { DEFAULT_OPTIONS, type StandardsPluginOptions } from './options';
import { publishSchemas } from './publish-schemas';
import { addPublicRoutes } from './public-pages';
import { addReleaseRoutes, releaseComparisonFiles, versionMenuData, versionMenuFile } from './releases';
import { archivedDocPaths, archivedPageVersions } from '../../core/releases/archived-pages';
import { openDerivedCache } from '../../core/releases/derived-cache';
import { standardReleaseView } from '../../core/releases/standard-releases';
import { publicSiteUrl } from '../../core/site-url';

export default function standardsPlugin(context: LoadContext, options: unknown): Plugin<Library> {
  const { contentRoot, components } = { ...DEFAULT_OPTIONS, ...(options as Partial<StandardsPluginOptions> | undefined) };
  const root = path.resolve(context.siteDir, contentRoot);
  const { i18n, siteConfig } = context;
  const language = i18n.currentLocale as Language;
  const baseUrl = localeBaseUrl(i18n);
  const rootBaseUrl = sourceBaseUrl(i18n);
  // The site's public address with its base path: files and feeds join it to paths from the site's root.
  const publicUrl = publicSiteUrl({ url: siteConfig.url, baseUrl: rootBaseUrl });
  // What the releases' snapshots give is computed once and kept between builds, one folder per language.
  const derived = openDerivedCache(path.join(context.siteDir, 'node_modules/.cache/releases', language));
  // Releases whose pages are archived are copied after the build, not built (see src/core/releases/README.md).
  const archivedOf = (library: Library) =>
    archivedPageVersions(
      root,
      library.snapshots.map((snapshot) => snapshot.version),
    );

  return {
    name: 'standards',

    getPathsToWatch: () => [path.join(root, 'standards/**/*.yaml'), path.join(root, 'schemas/*.json')],

    loadContent: () => loadLibraryOnce(root),

    async allContentLoaded({ allContent, actions }) {
      const library = allContent.standards?.default as Library;
      const { standards, domains } = buildViews(library, {
        language,
        baseUrl,
        sourceBaseUrl: rootBaseUrl,
        lessonsByStandard: lessonsByStandard(allContent),
        lastUpdated: lastUpdatedDates(root, 'standards'),
      });
      const indexPath = normalizeUrl([baseUrl, 'standards']);
      const site = { name: library.meta.name, version: library.meta.version, languages: [...library.meta.languages], standardsPermalink: indexPath, url: siteConfig.url };

      const indexData = await actions.createData('standards-index.json', {
        site,
        domains: domains.map((domain) => ({ id: domain.id, title: domain.title, permalink: domain.permalink, count: domain.standards.length })),
        standards: domains.flatMap((domain) => domain.standards),
      });
      actions.addRoute({ path: indexPath, exact: true, component: components.index, modules: { data: indexData } });

      for (const domain of domains) {
        const data = await actions.createData(`domain-${domain.id}.json`, { site, domain });
        actions.addRoute({ path: domain.permalink, exact: true, component: components.domain, modules: { data } });
      }
      for (const standard of standards) {
        const release = standardReleaseView(library, standard.id, { language, baseUrl, siteUrl: siteConfig.url });
        const data = await actions.createData(`standard-${standard.id}.json`, { site, standard, release });
        actions.addRoute({ path: standard.permalink, exact: true, component: components.standard, modules: { data } });
      }
      const changes = await actions.createData('coming-changes.json', { site, changes: comingChanges(library, language, baseUrl) });
      actions.addRoute({ path: normalizeUrl([indexPath, 'coming-changes']), exact: true, component: components.comingChanges, modules: { data: changes } });

      // Lesson pages and curriculum overviews need the curricula's shape, and the titles of the standards
      // that they and the readiness tool list (only those: each of these pages loads them).
      const curricula = curriculaFromDocs(allContent);
      const listed = new Set([
        ...curricula.flatMap((curriculum) => curriculum.lessons.flatMap((lesson) => lesson.standards)),
        ...(library.toolData ? standardsListedByReadiness(library.toolData) : []),
      ]);
      const standardTitles = Object.fromEntries(standards.filter((standard) => listed.has(standard.id)).map((standard) => [standard.id, standard.title]));
      await addReleaseRoutes(actions, { library, language, baseUrl, rootBaseUrl, siteUrl: siteConfig.url, site, components, archived: new Set(archivedOf(library)), derived });
      // Every page draws the version menu's button; only lesson, curriculum and tool pages import the curricula (src/components/lesson/curricula-data.ts).
      // Translated pages whose English has changed since they were made show a notice (see DocItem/Content).
      const staleDocs = library.pages.filter((page) => page.language === language && page.translation === 'stale').map((page) => page.docId);
      actions.setGlobalData({ versions: versionMenuData(library, baseUrl), staleDocs });
      await actions.createData(
        'curricula.json',
        JSON.stringify({
          standardTitles,
          curricula: curricula.map(({ lessons, ...curriculum }) => ({ ...curriculum, lessons: lessons.map(({ source: _source, ...lesson }) => lesson) })),
        }),
      );
      for (const curriculum of curricula) {
        actions.addRoute({
          path: curriculum.printPermalink,
          exact: true,
          component: components.print,
          modules: { lessons: curriculum.lessons.map((lesson) => ({ content: lesson.source })) },
          props: { curriculum: { id: curriculum.id, title: curriculum.title, permalink: curriculum.permalink } },
        });
      }

      const pages = checklistPages(library, language, { siteUrl: publicUrl, projectRoot: context.siteDir, rootBaseUrl, localeBaseUrl: baseUrl });
      const listData = await actions.createData('checklists.json', {
        pages: pages.map(({ checklist: { groups: _groups, ...summary }, ...rest }) => ({ ...rest, checklist: summary })),
      });
      actions.addRoute({ path: normalizeUrl([baseUrl, 'checklists']), exact: true, component: components.checklists, modules: { data: listData } });
      const builderData = await actions.createData(
        'checklist-builder.json',
        checklistBuilderData(library, language, { siteUrl: publicUrl, projectRoot: context.siteDir, localeBaseUrl: baseUrl }),
      );
      actions.addRoute({ path: normalizeUrl([baseUrl, 'checklists', 'builder']), exact: true, component: components.checklistBuilder, modules: { data: builderData } });
      for (const page of pages) {
        const data = await actions.createData(`checklist-${page.checklist.id}.json`, page);
        actions.addRoute({ path: page.checklist.url, exact: true, component: components.checklist, modules: { data } });
      }

      const glossary = await actions.createData('glossary.json', { terms: buildGlossaryView(library, language, baseUrl), editUrl: editUrl(library, 'standards/glossary.yaml') });
      actions.addRoute({ path: normalizeUrl([baseUrl, 'glossary']), exact: true, component: components.glossary, modules: { data: glossary } });
      await addPublicRoutes(actions, { library, language, baseUrl, components });
    },

    // Feed readers find the release feeds from any page.
    injectHtmlTags: () => ({
      headTags: [
        { tagName: 'link', attributes: { rel: 'alternate', type: 'application/atom+xml', title: 'Releases (Atom)', href: `${baseUrl}feeds/releases.atom` } },
        { tagName: 'link', attributes: { rel: 'alternate', type: 'application/feed+json', title: 'Releases (JSON Feed)', href: `${baseUrl}feeds/releases.json` } },
      ],
    }),

    postBuild: ({ outDir, content }) =>
      writingBuild(outDir, async () => {
        const feeds = buildFeeds(content, language, publicUrl);
        // Schemas, release packs and templates hold every language: write them once, at the site's root.
        const atRoot = i18n.currentLocale === i18n.defaultLocale;
        const packs = atRoot ? await buildPacks(content, { siteUrl: publicUrl, projectRoot: context.siteDir }) : undefined;
        const templates = atRoot && content.toolData ? await buildTemplateFiles(content.toolData) : undefined;
        const archived = archivedOf(content);
        const menu = versionMenuFile(content, baseUrl, (version) => (archived.includes(version) ? archivedDocPaths(root, version, language) : undefined));
        await writeFiles(new Map([...feeds, ...releaseComparisonFiles(content, language, derived), ...menu]), outDir);
        await copyArchivedPages(root, archived, language, outDir, { releases: content.releases, baseUrl: rootBaseUrl });
        derived.prune();
        if (!packs) return;
        await publishSchemas(outDir);
        await writePacks(packs, outDir);
        if (templates) await writeFiles(templates, outDir);
      }),
  };
}
