import Translate from '@docusaurus/Translate';
import type { TranslationState } from '@site/src/core/views';
import Admonition from '@theme/Admonition';
import type { ReactNode } from 'react';

interface Props {
  state: TranslationState;
  /** The same page in English. */
  sourcePermalink: string;
}

/** On a translated page: says when the text is not translated yet, or older than the English, and links to the English. */
export default function TranslationNotice({ state, sourcePermalink }: Props): ReactNode {
  if (state === 'source' || state === 'current') return null;
  // A plain link: the English page belongs to the other language's site, not to this one's routes.
  const english = (
    <a href={sourcePermalink} hrefLang="en">
      <Translate id="translation.englishLink">Read the English version</Translate>
    </a>
  );
  return (
    <Admonition type={state === 'stale' ? 'caution' : 'info'}>
      <p data-testid={`translation-${state}`}>
        {state === 'stale' ? (
          <Translate id="translation.stale">The English text has changed since this translation was made, so it may be out of date.</Translate>
        ) : (
          <Translate id="translation.missing">This text is not translated yet, so it is shown in English.</Translate>
        )}{' '}
        {english}
      </p>
    </Admonition>
  );
}
