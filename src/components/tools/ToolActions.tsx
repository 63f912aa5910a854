/**
 * The actions under a tool's result: copy the link that holds the inputs, print, and download the
 * result (CSV always; DOCX where the tool gives one).
 */
import Translate, { translate } from '@docusaurus/Translate';
import { MAX_TOOL_STATE_LENGTH, TOOL_STATE_PARAM } from '@site/src/core/tools/state-codec';
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

/** Whether the page address holds the tool's inputs in full; a link longer than the cap is not read back. */
function linkHoldsInputs(): boolean {
  return (new URLSearchParams(window.location.search).get(TOOL_STATE_PARAM)?.length ?? 0) <= MAX_TOOL_STATE_LENGTH;
}

export default function ToolActions({ download }: { download?: ToolDownload }): ReactNode {
  const [copied, setCopied] = useState<'copied' | 'too long' | undefined>();
  return (
    <div className={styles.actions}>
      <button
        type="button"
        className="button button--sm button--secondary"
        onClick={() => {
          if (!linkHoldsInputs()) setCopied('too long');
          else void navigator.clipboard?.writeText(window.location.href).then(() => setCopied('copied'));
        }}
      >
        <Translate id="tools.copyLink">Copy the link to these numbers</Translate>
      </button>
      <button type="button" className="button button--sm button--secondary" onClick={() => window.print()}>
        <Translate id="tools.print">Print</Translate>
      </button>
      {download?.csv && (
        <button
          type="button"
          className="button button--sm button--primary"
          onClick={() => saveFile(new Blob([download.csv!()], { type: 'text/csv;charset=utf-8' }), `${download.name}.csv`)}
        >
          <Translate id="tools.downloadCsv">Download CSV</Translate>
        </button>
      )}
      {download?.docx && (
        <button type="button" className="button button--sm button--primary" onClick={() => void download.docx!().then((blob) => saveFile(blob, `${download.name}.docx`))}>
          <Translate id="tools.downloadDocx">Download Word (DOCX)</Translate>
        </button>
      )}
      <p role="status" className={styles.status}>
        {copied === 'copied' ? translate({ id: 'tools.copied', message: 'Link copied. Anyone who opens it sees these numbers.' }) : ''}
        {copied === 'too long' ? translate({ id: 'tools.tooLongForLink', message: 'This holds too much to share as a link. Download the file to keep it or send it.' }) : ''}
      </p>
    </div>
  );
}
