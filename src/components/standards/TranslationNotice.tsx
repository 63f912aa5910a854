import type { TranslationState } from '@site/src/core/views';
import Admonition from '@theme/Admonition';
import type { ReactNode } from 'react';
import { useVocabulary } from '../locale';

interface Props {
  state: TranslationState;
  /** The same page in English. */
  sourcePermalink: string;
}

/** On a translated page: says when the text is not translated yet, or older than the English, and links to the English. */
export default function TranslationNotice({ state, sourcePermalink }: Props): ReactNode {
  const words = useVocabulary();
  if (state === 'source' || state === 'current') return null;
  // A plain link: the English page belongs to the other language's site, not to this one's routes.
  const english = (
    <a href={sourcePermalink} hrefLang="en">
      {words.englishVersion.link}
    </a>
  );
  return (
    <Admonition type={state === 'stale' ? 'caution' : 'info'}>
      <p data-testid={`translation-${state}`}>
        {words.translationNotice[state]} {english}
      </p>
    </Admonition>
  );
}
