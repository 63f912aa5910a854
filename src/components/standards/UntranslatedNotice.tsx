import Translate from '@docusaurus/Translate';
import Admonition from '@theme/Admonition';
import type { ReactNode } from 'react';

/** Shown when the text of a page is not yet translated into the reader's language. */
export default function UntranslatedNotice(): ReactNode {
  return (
    <Admonition type="info">
      <Translate id="standards.untranslated">This text is not translated yet, so it is shown in English.</Translate>
    </Admonition>
  );
}
