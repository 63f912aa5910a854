import { translate } from '@docusaurus/Translate';
import type { ReactNode } from 'react';
import styles from './checklists.module.css';

const FORMAT_NAMES: Record<string, string> = { xlsx: 'Excel (XLSX)', docx: 'Word (DOCX)', pdf: 'PDF', csv: 'CSV', md: 'Markdown', json: 'JSON' };

/** The six download links of a checklist. Plain links: the files are not pages of the site. */
export default function DownloadLinks({ downloads, title }: { downloads: Record<string, string>; title: string }): ReactNode {
  return (
    <ul className={styles.downloads} aria-label={translate({ id: 'checklists.downloadsOf', message: 'Download {title}' }, { title })}>
      {Object.entries(downloads).map(([format, href]) => (
        <li key={format}>
          <a className="button button--sm button--secondary" href={href} download data-format={format}>
            {FORMAT_NAMES[format] ?? format}
          </a>
        </li>
      ))}
    </ul>
  );
}
