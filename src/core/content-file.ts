/** A content file as the registry classified it: its kind, and what its place says about it. */
import type { ContentKind } from './schemas';

export interface ContentFile {
  /** Relative to the root, with forward slashes. */
  readonly file: string;
  readonly kind: ContentKind;
  /** For a translation: its language; for a doc page: the locale it is written in. */
  readonly language?: 'en' | 'es';
  /** For a translation: whether it translates a domain or a standard. */
  readonly translates?: 'domain' | 'standard';
  /** For a standard or a standard's translation: the folder it sits in. */
  readonly folder?: string;
  /** For a doc page: its Docusaurus doc ID, e.g. `curricula/developer-fundamentals/co-op-identity`. */
  readonly docId?: string;
}
