/**
 * The pages for partners and the public, in one language: the case studies (/cases, /cases/<id>),
 * the directory of support organizations (/directory) and the facts and figures (/facts).
 */
import type { PluginContentLoadedActions } from '@docusaurus/types';
import type { Language, Library } from '../../core/model';
import { caseSummaryView, caseViews } from '../../core/public/cases-view';
import { directoryView } from '../../core/public/directory-view';
import { figureViews } from '../../core/public/figures-view';
import { casesPermalink, directoryPermalink, factsPermalink } from '../../core/public/permalinks';
import { editUrl, folderUrl } from '../../core/views';
import type { StandardsPluginOptions } from './options';

interface PublicPagesOptions {
  library: Library;
  language: Language;
  /** The site's base URL in this language, ending with "/". */
  baseUrl: string;
  components: StandardsPluginOptions['components'];
}

export async function addPublicRoutes(actions: PluginContentLoadedActions, { library, language, baseUrl, components }: PublicPagesOptions): Promise<void> {
  const list = await actions.createData('cases.json', {
    cases: library.cases.map((record) => caseSummaryView(record, language, baseUrl)),
    directoryPermalink: directoryPermalink(baseUrl),
  });
  actions.addRoute({ path: casesPermalink(baseUrl), exact: true, component: components.cases, modules: { data: list } });
  for (const view of caseViews(library, language, baseUrl)) {
    const data = await actions.createData(`case-${view.id}.json`, { case: view, casesPermalink: casesPermalink(baseUrl) });
    actions.addRoute({ path: view.permalink, exact: true, component: components.case, modules: { data } });
  }
  const directory = await actions.createData('directory.json', { ...directoryView(library, language), editUrl: folderUrl(library, 'standards/organizations') });
  actions.addRoute({ path: directoryPermalink(baseUrl), exact: true, component: components.directory, modules: { data: directory } });
  const facts = await actions.createData('facts.json', { figures: figureViews(library, language), editUrl: editUrl(library, 'standards/figures.yaml') });
  actions.addRoute({ path: factsPermalink(baseUrl), exact: true, component: components.facts, modules: { data: facts } });
}
