import { describe, expect, it } from 'vitest';
import { projectToolDataIn } from '../tool-data/project';
import { TEMPLATE_IDS, templateDocument as documentIn } from './index';
import { blanksOf, LANGUAGES, type Block, type Language } from './model';

// The real templates of tool-data/templates/ and their Spanish translations.
const DATA = { en: projectToolDataIn('en').templates, es: projectToolDataIn('es').templates };
const templateDocument = (id: (typeof TEMPLATE_IDS)[number], language: Language) => documentIn(DATA[language], id);
const TEMPLATES = DATA.en.entries.map((entry, index) => {
  const spanish = DATA.es.entries[index]!;
  return { ...entry, title: { en: entry.title, es: spanish.title }, description: { en: entry.description, es: spanish.description } };
});

/** The texts of a block in one language, in order. */
function texts(block: Block): readonly string[] {
  switch (block.kind) {
    case 'paragraph':
    case 'note':
      return [block.text];
    case 'bullets':
      return block.items;
    case 'signature':
      return block.lines;
  }
}

/** The shape of a block: its kind and how many lines it has. */
function shape(block: Block): string {
  switch (block.kind) {
    case 'bullets':
      return `bullets:${block.items.length}`;
    case 'signature':
      return `signature:${block.lines.length}`;
    case 'note':
      return `note:${block.note}`;
    default:
      return block.kind;
  }
}

describe('the template catalog', () => {
  it('lists each template once, with a title and a description in both languages', () => {
    expect(TEMPLATES.map((entry) => entry.id)).toEqual([...TEMPLATE_IDS]);
    for (const entry of TEMPLATES) {
      for (const language of LANGUAGES) {
        expect(entry.title[language].length, `${entry.id} ${language}`).toBeGreaterThan(5);
        expect(entry.description[language].length, `${entry.id} ${language}`).toBeGreaterThan(40);
      }
      expect(entry.title.es).not.toBe(entry.title.en);
      expect(entry.revised).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('names each file templates/<id>.<language>.docx', () => {
    expect(TEMPLATES.flatMap((entry) => [entry.files.en, entry.files.es])).toEqual([
      'templates/engagement-letter.en.docx',
      'templates/engagement-letter.es.docx',
      'templates/membership-agreement.en.docx',
      'templates/membership-agreement.es.docx',
      'templates/bylaws-outline.en.docx',
      'templates/bylaws-outline.es.docx',
    ]);
  });
});

describe.each(TEMPLATE_IDS)('the template %s', (id) => {
  const english = templateDocument(id, 'en');
  const spanish = templateDocument(id, 'es');

  it('has the same sections, lists and notes in English and Spanish', () => {
    expect(spanish.sections.map((item) => item.id)).toEqual(english.sections.map((item) => item.id));
    english.sections.forEach((item, index) => {
      expect(spanish.sections[index]!.blocks.map(shape), item.id).toEqual(item.blocks.map(shape));
    });
    expect(new Set(english.sections.map((item) => item.id)).size).toBe(english.sections.length);
  });

  it('has the same number of fill-in blanks in each line of both languages, none inside another', () => {
    english.sections.forEach((item, index) => {
      const other = spanish.sections[index]!;
      item.blocks.forEach((block, position) => {
        const en = texts(block);
        const es = texts(other.blocks[position]!);
        en.forEach((line, n) => expect(blanksOf(es[n]!).length, `${item.id}: ${line}`).toBe(blanksOf(line).length));
        for (const line of [...en, ...es]) expect(line, 'a blank inside a blank').not.toMatch(/\[[^\]]*\[/);
      });
    });
  });

  it('opens with the counsel caution and the section on how to use it', () => {
    expect(english.caution).toMatch(/^A starting point to review with a lawyer before use\. This template is not legal, tax or financial advice\./);
    expect(spanish.caution).toMatch(/^Un punto de partida para revisar con un abogado antes de usarlo\. Esta plantilla no es consejo legal/);
    expect(english.sections[0]!.id).toBe('how-to-use');
  });

  it('has text in every heading, paragraph, list item and note, in both languages', () => {
    for (const document of [english, spanish]) {
      for (const item of document.sections) {
        expect(item.heading.trim()).not.toBe('');
        expect(item.blocks.length, item.id).toBeGreaterThan(0);
        for (const block of item.blocks) for (const line of texts(block)) expect(line.trim(), item.id).not.toBe('');
      }
    }
  });
});

describe('the bylaws outline', () => {
  it('gives each article a note on the choices and a point to check in state law', () => {
    const articles = templateDocument('bylaws-outline', 'en').sections.filter((item) => item.heading.startsWith('Article'));
    expect(articles.map((item) => item.id)).toEqual([
      'purpose',
      'membership',
      'voting',
      'meetings',
      'board',
      'officers',
      'patronage',
      'reserve',
      'amendments',
      'dissolution',
      'other',
    ]);
    for (const article of articles) {
      const notes = article.blocks.filter((block) => block.kind === 'note').map((block) => (block.kind === 'note' ? block.note : ''));
      expect(notes, article.id).toContain('note');
      expect(notes, article.id).toContain('stateLaw');
    }
  });
});

describe('the engagement letter', () => {
  it('has a conflict-of-interest disclosure, the limits of the work, fees, confidentiality, ending and signatures', () => {
    const ids = templateDocument('engagement-letter', 'en').sections.map((item) => item.id);
    expect(ids).toEqual(['how-to-use', 'parties', 'client', 'payer', 'conflicts', 'services', 'not-included', 'group-role', 'fees', 'confidentiality', 'ending', 'signatures']);
  });
});

describe('the membership agreement', () => {
  it('covers candidacy, the buy-in, rights and duties, patronage, leaving and due process before removal', () => {
    const ids = templateDocument('membership-agreement', 'en').sections.map((item) => item.id);
    expect(ids).toEqual(['how-to-use', 'parties', 'candidacy', 'buy-in', 'rights-duties', 'patronage', 'leaving', 'removal', 'signatures']);
  });
});
