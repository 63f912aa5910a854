import { translate } from '@docusaurus/Translate';
import { useState, type ReactNode } from 'react';

/** Copies a text to the clipboard and says so. */
export default function CopyButton({ text }: { text: string }): ReactNode {
  const [copied, setCopied] = useState(false);
  return (
    <button
      type="button"
      className="button button--sm button--primary"
      onClick={() => {
        void navigator.clipboard?.writeText(text).then(() => setCopied(true));
      }}
    >
      {copied ? translate({ id: 'assignment.copied', message: 'Link copied' }) : translate({ id: 'assignment.copy', message: 'Copy link' })}
    </button>
  );
}
