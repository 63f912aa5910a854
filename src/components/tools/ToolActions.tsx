/**
 * The actions under a tool's result: copy the link that holds the inputs, print, and download the
 * result (CSV always; DOCX where the tool gives one).
 */
import Translate, { translate } from '@docusaurus/Translate';
import { useState, type ReactNode } from 'react';
import styles from './tools.module.css';

export interface ToolDownload {
  /** File name without extension. */
  name: string;
  csv?: () => string;
  docx?: () => Promise<Blob>;
}

export function saveFile(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}

export default function ToolActions({ download }: { download?: ToolDownload }): ReactNode {
  const [copied, setCopied] = useState(false);
  return (
    <div className={styles.actions}>
      <button
        type="button"
        className="button button--sm button--secondary"
        onClick={() => {
          void navigator.clipboard?.writeText(window.location.href).then(() => setCopied(true));
        }}
      >
        <Translate id="tools.copyLink">Copy the link to these numbers</Translate>
      </button>
      <button type="button" className="button button--sm button--secondary" onClick={() => window.print()}>
        <Translate id="tools.print">Print</Translate>
      </button>
      {download?.csv && (
        <button type="button" className="button button--sm button--primary" onClick={() => saveFile(new Blob([download.csv!()], { type: 'text/csv;charset=utf-8' }), `${download.name}.csv`)}>
          <Translate id="tools.downloadCsv">Download CSV</Translate>
        </button>
      )}
      {download?.docx && (
        <button type="button" className="button button--sm button--primary" onClick={() => void download.docx!().then((blob) => saveFile(blob, `${download.name}.docx`))}>
          <Translate id="tools.downloadDocx">Download Word (DOCX)</Translate>
        </button>
      )}
      <p role="status" className={styles.status}>
        {copied ? translate({ id: 'tools.copied', message: 'Link copied. Anyone who opens it sees these numbers.' }) : ''}
      </p>
    </div>
  );
}
