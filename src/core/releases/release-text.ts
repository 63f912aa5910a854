/**
 * The words of a release file in one language: the summary and each change's note, translated where
 * the release file has a translation, else in English. Each text says which language it is in, so that
 * pages and feeds can mark English text inside a Spanish page.
 */
import type { Language, Release } from '../model';

export interface TextIn {
  readonly text: string;
  readonly language: Language;
}

export interface ReleaseText {
  readonly summary: TextIn;
  /** The note of a change, or an empty English text when the release does not list the ID. */
  note(id: string): TextIn;
}

export function releaseText(release: Pick<Release, 'summary' | 'changes' | 'translations'> | undefined, language: Language): ReleaseText {
  const translated = language === 'es' ? release?.translations?.es : undefined;
  return {
    summary: translated ? { text: translated.summary, language } : { text: release?.summary ?? '', language: 'en' },
    note(id) {
      const note = translated?.notes?.[id];
      if (note) return { text: note, language };
      return { text: release?.changes.find((change) => change.id === id)?.note ?? '', language: 'en' };
    },
  };
}
