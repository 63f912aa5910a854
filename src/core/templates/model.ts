/**
 * The document model of the templates. A template's text is content (tool-data/templates/<id>.yaml and
 * its translations, which have the same sections, lists and notes); the view of it in one language is a
 * TemplateDocument, which the DOCX writer (./docx.ts) lays out.
 *
 * Fill-in blanks are written in square brackets inside the text, like "[Co-op name]"; the writer
 * highlights them so they are easy to find and replace.
 */

/** The languages of the library. */
export type Language = 'en' | 'es';
export const LANGUAGES: readonly Language[] = ['en', 'es'];

/** What kind of note a note block is: a plain-language explanation, or a point to check in state law. */
export type NoteKind = 'note' | 'stateLaw';

/** One block of a section, in one language. */
export type Block =
  /** A paragraph of the document; may hold [blanks]. */
  | { readonly kind: 'paragraph'; readonly text: string }
  /** A bulleted list; each item may hold [blanks]. */
  | { readonly kind: 'bullets'; readonly items: readonly string[] }
  /** A note to the people filling in the template, set apart from the text; delete it before signing. */
  | { readonly kind: 'note'; readonly note: NoteKind; readonly text: string }
  /** Lines to sign or fill in by hand, one label per line ("Signed for the co-op"). */
  | { readonly kind: 'signature'; readonly lines: readonly string[] };

/** A section in one language. */
export interface TemplateSection {
  readonly id: string;
  readonly heading: string;
  readonly blocks: readonly Block[];
}

/** Words the writer needs around the content, in the document's language. */
export interface TemplateLabels {
  /** The label before a plain-language note: "Note". */
  readonly note: string;
  /** The label before a point to check in state law: "Check in your state's law". */
  readonly stateLaw: string;
  /** The running header of each page, beside the title: "Starting point, review with a lawyer". */
  readonly header: string;
  /** The line under the title with the date of this version, like "Template version of 2026-11-26". */
  readonly revised: string;
  /** The footer: "Page 1 of 4". */
  readonly page: string;
  readonly of: string;
}

/** A template in one language, ready to be written as a file. */
export interface TemplateDocument {
  readonly id: string;
  readonly language: Language;
  readonly title: string;
  /** The counsel caution: always the first paragraph after the title. */
  readonly caution: string;
  /** The date of this version of the template (YYYY-MM-DD); also the fixed date inside the file. */
  readonly revised: string;
  /** Who publishes the template, written into the file's properties. */
  readonly publisher: string;
  readonly sections: readonly TemplateSection[];
  readonly labels: TemplateLabels;
}

/** The fill-in blanks of a text, in order: "[Co-op name]" and the like. */
export function blanksOf(text: string): string[] {
  return text.match(/\[[^\]]+\]/g) ?? [];
}
