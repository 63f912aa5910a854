/**
 * The document model of the templates. A template is written once, with its English and Spanish text
 * side by side, so both languages always have the same sections, lists and notes. `localize` turns it
 * into a document in one language, which the DOCX writer (./docx.ts) lays out.
 *
 * Fill-in blanks are written in square brackets inside the text, like "[Co-op name]"; the writer
 * highlights them so they are easy to find and replace.
 */

/** The languages of the library. */
export type Language = 'en' | 'es';
export const LANGUAGES: readonly Language[] = ['en', 'es'];

/** A text in each language. */
export type Bilingual<T = string> = Readonly<Record<Language, T>>;

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

/** One block of a section, with its text in both languages. */
export type SourceBlock =
  | { readonly kind: 'paragraph'; readonly text: Bilingual }
  | { readonly kind: 'bullets'; readonly items: Bilingual<readonly string[]> }
  | { readonly kind: 'note'; readonly note: NoteKind; readonly text: Bilingual }
  | { readonly kind: 'signature'; readonly lines: Bilingual<readonly string[]> };

/** A section of a template: a stable id (the same in both languages), a heading and its blocks. */
export interface SourceSection {
  /** A short name that never changes with the wording, like "fees"; used to compare languages. */
  readonly id: string;
  readonly heading: Bilingual;
  readonly blocks: readonly SourceBlock[];
}

/** The body of a template, in both languages. Its title and file names live in the catalog. */
export interface TemplateSource {
  /** The sentence or two, after the shared caution, that say what this template needs a lawyer for. */
  readonly caution: Bilingual;
  readonly sections: readonly SourceSection[];
}

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

/** A paragraph, in English and Spanish. */
export function paragraph(en: string, es: string): SourceBlock {
  return { kind: 'paragraph', text: { en, es } };
}

/** A bulleted list, in English and Spanish. */
export function bullets(en: readonly string[], es: readonly string[]): SourceBlock {
  return { kind: 'bullets', items: { en, es } };
}

/** A plain-language note to the people filling in the template. */
export function note(en: string, es: string): SourceBlock {
  return { kind: 'note', note: 'note', text: { en, es } };
}

/** A point to check in state law with a lawyer. */
export function stateLaw(en: string, es: string): SourceBlock {
  return { kind: 'note', note: 'stateLaw', text: { en, es } };
}

/** Lines to sign or fill in by hand. */
export function signature(en: readonly string[], es: readonly string[]): SourceBlock {
  return { kind: 'signature', lines: { en, es } };
}

/** A section, with its heading in English and Spanish. */
export function section(id: string, heading: Bilingual, ...blocks: SourceBlock[]): SourceSection {
  return { id, heading, blocks };
}

/** A block in one language. */
export function localizeBlock(block: SourceBlock, language: Language): Block {
  switch (block.kind) {
    case 'paragraph':
      return { kind: 'paragraph', text: block.text[language] };
    case 'bullets':
      return { kind: 'bullets', items: block.items[language] };
    case 'note':
      return { kind: 'note', note: block.note, text: block.text[language] };
    case 'signature':
      return { kind: 'signature', lines: block.lines[language] };
  }
}

/** The sections of a template in one language. */
export function localizeSections(source: TemplateSource, language: Language): TemplateSection[] {
  return source.sections.map((item) => ({
    id: item.id,
    heading: item.heading[language],
    blocks: item.blocks.map((block) => localizeBlock(block, language)),
  }));
}

/** The fill-in blanks of a text, in order: "[Co-op name]" and the like. */
export function blanksOf(text: string): string[] {
  return text.match(/\[[^\]]+\]/g) ?? [];
}
