/**
 * The document templates, each with what it is for and its Word files in English and Spanish. The files
 * are built with the site and sit under the site root (/templates/<id>.<language>.docx) in both
 * languages of the site, so the links are plain links from the root, not pages of the site.
 */
import { translate } from '@docusaurus/Translate';
import useBaseUrl from '@docusaurus/useBaseUrl';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import type { TemplateListing } from '@site/src/core/templates/catalog';
import { TEMPLATE_LISTINGS } from './data';
import { LANGUAGES, type Language } from '@site/src/core/templates/model';
import { useId, type ReactNode } from 'react';
import styles from './templates.module.css';

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The address of a file under the site root: the same on the English and the Spanish site. */
function useRootUrl(): (path: string) => string {
  const { i18n } = useDocusaurusContext();
  const localeRoot = useBaseUrl('/');
  const root = i18n.localeConfigs[i18n.defaultLocale]?.baseUrl ?? localeRoot;
  return (path) => `${root}${path}`;
}

function linkText(file: Language): string {
  return file === 'en'
    ? translate({ id: 'tools.templates.download.en', message: 'Download in English (Word)' })
    : translate({ id: 'tools.templates.download.es', message: 'Download in Spanish (Word)' });
}

function Template({ entry, href }: { entry: TemplateListing; href: (path: string) => string }): ReactNode {
  const titleId = useId();
  const title = entry.title;
  return (
    <li className={styles.template} data-template={entry.id}>
      <h3 id={titleId}>{title}</h3>
      <p>{entry.description}</p>
      <ul className={styles.downloads} aria-label={translate({ id: 'tools.templates.downloadsOf', message: 'Download {title}' }, { title })}>
        {LANGUAGES.map((file) => (
          <li key={file}>
            <a
              className="button button--sm button--secondary"
              href={href(entry.files[file])}
              download
              hrefLang={file}
              type={DOCX_TYPE}
              aria-describedby={titleId}
              data-language={file}
            >
              {linkText(file)}
            </a>
          </li>
        ))}
      </ul>
    </li>
  );
}

export default function TemplateDownloads(): ReactNode {
  const href = useRootUrl();
  return (
    <ul className={styles.templates} data-testid="template-downloads">
      {TEMPLATE_LISTINGS.map((entry) => (
        <Template key={entry.id} entry={entry} href={href} />
      ))}
    </ul>
  );
}
