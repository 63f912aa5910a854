import Translate from '@docusaurus/Translate';
import type { ReactNode } from 'react';

const FILES = [
  { file: 'standards.xlsx', label: 'Excel (XLSX)' },
  { file: 'standards.en.csv', label: 'CSV (English)' },
  { file: 'standards.es.csv', label: 'CSV (español)' },
  { file: 'standards.json', label: 'JSON' },
  { file: 'edition.en.pdf', label: 'PDF (English)' },
  { file: 'edition.es.pdf', label: 'PDF (español)' },
  { file: 'SHA256SUMS', label: 'SHA256SUMS' },
];

/** The main files of a release pack, and the folder with every checklist. */
export default function PackLinks({ packPermalink, version }: { packPermalink: string; version: string }): ReactNode {
  return (
    <>
      <p>
        <Translate id="releases.pack.lead" values={{ version }}>
          {'The whole edition {version}, to keep or share:'}
        </Translate>
      </p>
      <ul data-testid="pack-links">
        {FILES.map(({ file, label }) => (
          <li key={file}>
            <a href={`${packPermalink}${file}`} download>
              {label}
            </a>
          </li>
        ))}
        <li>
          <a href={packPermalink}>
            <Translate id="releases.pack.all">Every file, with all the checklists</Translate>
          </a>
        </li>
      </ul>
    </>
  );
}
