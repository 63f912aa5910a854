/**
 * Relevance of the local search on the real library: queries that developers, trainers and
 * worker-owners really type, each with the pages they should find in the first three results.
 * Every expectation comes from reading the content, not from what the engine happens to return.
 * When a case fails, its message lists the top five results, so a contributor can see what the
 * engine found instead and decide whether the content, the query or the ranking is at fault.
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadLibraryOrThrow } from '../../src/core/load';
import { LocalSearchIndex, type FoundDocument, type SearchOptions } from '../../src/core/search/engine';
import { buildSearchIndex } from '../../src/core/search/index-builder';
import { buildSearchRecords } from '../../src/core/registry';
import type { SearchLanguage } from '../../src/core/search/text';

const ROOT = path.resolve(__dirname, '..', '..');
const BASE_URLS: Record<SearchLanguage, string> = { en: '/', es: '/es/' };
const LANGUAGES = ['en', 'es'] as const satisfies readonly SearchLanguage[];

/** How far down a reader looks before giving up, and how many results a failure shows. */
const TOP = 3;
const SHOWN = 5;

interface RelevanceCase {
  language: SearchLanguage;
  query: string;
  /** Addresses (with the anchor of a section where relevant), any one of which must be in the top three. */
  expected: string[];
  /** True to search as the reader types: the last word may be unfinished. */
  typing?: boolean;
  /** Why these pages are the right answer, or what the case checks. */
  note?: string;
}

const CASES: RelevanceCase[] = [
  // English: terms of the trade.
  {
    language: 'en',
    query: 'patronage 20% cash',
    expected: [
      '/standards/FIN-03',
      '/glossary#qualified-written-notice-of-allocation',
      '/curricula/worker-owner-foundations/patronage-and-your-capital-account#step-3-cash-now-and-the-part-that-is-kept',
    ],
    note: 'The 20% cash rule for a qualified notice of allocation is in FIN-03 and step 3 of the patronage lesson.',
  },
  {
    language: 'en',
    query: 'quorum',
    expected: ['/glossary#quorum', '/curricula/worker-owner-foundations/meetings-and-decisions#quorum-enough-people-to-decide'],
  },
  {
    language: 'en',
    query: 'bylaws',
    expected: ['/glossary#bylaws', '/standards/LEG-02', '/standards/GOV-01'],
  },
  {
    language: 'en',
    query: 'section 1042',
    expected: [
      '/standards/CONV-04',
      '/glossary#section-1042',
      '/curricula/conversion-practitioner/financing-and-section-1042',
      '/curricula/conversion-practitioner/financing-and-section-1042#section-1042-a-tax-deferral-for-some-sellers',
    ],
  },
  {
    language: 'en',
    query: 'collective reserve',
    expected: ['/glossary#collective-reserve', '/standards/FIN-02', '/curricula/worker-owner-foundations/patronage-and-your-capital-account#step-1-the-collective-reserve'],
  },
  {
    language: 'en',
    query: 'ESOP vs worker co-op',
    expected: ['/standards/CONV-07', '/curricula/conversion-practitioner/structuring-the-deal#which-kind-of-employee-ownership'],
    note: 'CONV-07 compares a worker co-op, a democratic ESOP and an employee ownership trust.',
  },
  {
    language: 'en',
    query: 'valuation',
    expected: ['/standards/CONV-02', '/glossary#valuation', '/curricula/conversion-practitioner/readiness-and-valuation'],
  },
  {
    language: 'en',
    query: 'language access',
    expected: ['/glossary#language-access', '/standards/EQI-01', '/standards/domains/equity-inclusion'],
  },
  {
    language: 'en',
    query: 'interpreters',
    expected: ['/standards/EQI-01', '/glossary#interpretation'],
    note: 'Plural of a person who interprets; EQI-01 asks for trained interpreters, the glossary defines interpretation.',
  },
  {
    language: 'en',
    query: 'candidacy period',
    expected: ['/glossary#candidacy-period', '/standards/MEM-01'],
  },
  {
    language: 'en',
    query: 'probationary period',
    expected: ['/glossary#candidacy-period', '/standards/MEM-01'],
    note: 'The library says "candidacy period"; many co-ops and employers say "probationary period" for the same trial time.',
  },
  {
    language: 'en',
    query: 'buy-in',
    expected: ['/glossary#buy-in', '/standards/FIN-04', '/curricula/worker-owner-foundations/what-ownership-means#the-buy-in'],
  },
  {
    language: 'en',
    query: 'one member one vote',
    expected: ['/standards/GOV-01', '/glossary#one-member-one-vote'],
  },
  {
    language: 'en',
    query: 'feasibility study',
    expected: ['/glossary#feasibility-study', '/standards/domains/feasibility', '/curricula/developer-fundamentals/feasibility'],
  },
  {
    language: 'en',
    query: 'conversion readiness',
    expected: [
      '/curricula/conversion-practitioner/readiness-and-valuation',
      '/curricula/conversion-practitioner/readiness-and-valuation#what-readiness-means',
      '/curricula/conversion-practitioner/readiness-and-valuation#five-readiness-factors',
      '/standards/FORM-04',
    ],
    note: 'FORM-04 also covers readiness in a conversion.',
  },
  {
    language: 'en',
    query: 'developer conflict of interest',
    expected: ['/standards/DEV-03', '/curricula/developer-fundamentals/developer-ethics#conflicts-of-interest'],
  },
  {
    language: 'en',
    query: 'seller financing',
    expected: ['/glossary#seller-financing', '/standards/CONV-03'],
  },
  {
    language: 'en',
    query: 'non-extractive loans',
    expected: ['/standards/FIN-05', '/glossary#non-extractive-finance', '/curricula/local-economic-development/procurement-and-funding#non-extractive-terms'],
  },
  {
    language: 'en',
    query: 'go/no-go decision',
    expected: ['/standards/FEAS-03', '/curricula/developer-fundamentals/feasibility', '/curricula/developer-fundamentals/feasibility#the-gono-go-meeting'],
  },
  {
    language: 'en',
    query: 'harassment policy',
    expected: ['/standards/EQI-06', '/curricula/worker-owner-foundations/resolving-conflict#discrimination-and-harassment'],
  },
  {
    language: 'en',
    query: 'LLC or cooperative corporation',
    expected: ['/standards/LEG-01', '/curricula/developer-fundamentals/legal-and-tax-structures#the-main-options', '/glossary#llc', '/glossary#cooperative-corporation'],
    note: 'Choosing the legal form: LEG-01 and the lesson section comparing the main options.',
  },
  {
    language: 'en',
    query: 'worker cooperatives',
    expected: ['/glossary#worker-cooperative', '/curricula/developer-fundamentals/co-op-identity#what-makes-a-worker-cooperative'],
    note: 'A plural query finds the singular term.',
  },
  // English: questions in the reader's own words.
  {
    language: 'en',
    query: 'how do members get paid',
    expected: [
      '/standards/LEG-03',
      '/curricula/developer-fundamentals/legal-and-tax-structures#how-worker-owners-are-paid-and-taxed',
      '/curricula/worker-owner-foundations/patronage-and-your-capital-account',
      '/standards/FIN-01',
      '/standards/EQI-05',
    ],
    note: 'Wages and how they are taxed (LEG-03), the pay policy (EQI-05) or patronage (FIN-01 and its lesson).',
  },
  {
    language: 'en',
    query: 'how much should the buy-in be',
    expected: [
      '/standards/FIN-04',
      '/glossary#buy-in',
      '/curricula/worker-owner-foundations/what-ownership-means#the-buy-in',
      '/curricula/developer-fundamentals/finance-and-capital-accounts#the-buy-in-how-members-put-money-in',
    ],
    note: 'FIN-04 is about setting an equal, affordable buy-in.',
  },
  {
    language: 'en',
    query: 'what happens to my capital account when I leave',
    expected: ['/standards/FIN-06', '/standards/MEM-08', '/glossary#redemption', '/curricula/developer-fundamentals/finance-and-capital-accounts#paying-members-out'],
  },
  {
    language: 'en',
    query: 'expel a member',
    expected: ['/standards/MEM-09'],
    note: 'MEM-09 sets due process before a member is removed; the library says "removal", not "expel".',
  },
  {
    language: 'en',
    query: 'undocumented workers',
    expected: ['/standards/LEG-08', '/glossary#work-authorization'],
    note: 'LEG-08 (advice from an immigration lawyer) is what the library offers here; the content speaks of immigration status and work authorization.',
  },
  {
    language: 'en',
    query: 'retiring owner selling to employees',
    expected: [
      '/standards/CONV-01',
      '/standards/CONV-07',
      '/standards/domains/conversion',
      '/glossary#succession-planning',
      '/curricula/conversion-practitioner/engaging-owners',
      '/curricula/local-economic-development/why-worker-ownership#when-owners-retire-keeping-businesses-rooted',
    ],
  },
  {
    language: 'en',
    query: 'childcare at meetings',
    expected: ['/standards/EQI-04', '/curricula/worker-owner-foundations/meetings-and-decisions#meetings-every-member-can-attend'],
  },
  // English: IDs and domain prefixes, however they are typed.
  { language: 'en', query: 'gov03', expected: ['/standards/GOV-03'] },
  { language: 'en', query: 'GOV-03', expected: ['/standards/GOV-03'] },
  { language: 'en', query: 'fin 1', expected: ['/standards/FIN-01'] },
  { language: 'en', query: 'CONV', expected: ['/standards/domains/conversion'], note: 'A domain prefix opens the domain.' },
  // English: while typing.
  {
    language: 'en',
    query: 'feasib',
    typing: true,
    expected: ['/glossary#feasibility-study', '/standards/domains/feasibility', '/curricula/developer-fundamentals/feasibility'],
  },
  {
    language: 'en',
    query: 'collective res',
    typing: true,
    expected: ['/glossary#collective-reserve', '/standards/FIN-02'],
  },
  {
    language: 'en',
    query: 'steer',
    typing: true,
    expected: ['/glossary#steering-committee', '/standards/FORM-02'],
  },
  { language: 'en', query: 'handb', typing: true, expected: ['/standards/MEM-04'] },
  { language: 'en', query: 'interpre', typing: true, expected: ['/glossary#interpretation', '/standards/EQI-01'] },

  // Spanish: terms of the trade.
  {
    language: 'es',
    query: 'estatutos',
    expected: ['/es/glossary#bylaws', '/es/standards/GOV-01', '/es/standards/LEG-02'],
    note: 'The Spanish word for bylaws.',
  },
  {
    language: 'es',
    query: 'quorum',
    expected: ['/es/glossary#quorum', '/es/curricula/worker-owner-foundations/meetings-and-decisions#el-quórum-suficientes-personas-para-decidir'],
    note: 'Typed without the accent of "quórum".',
  },
  {
    language: 'es',
    query: 'cooperativas de trabajadores',
    expected: ['/es/glossary#worker-cooperative', '/es/curricula/local-economic-development/'],
    note: 'A plural query finds the singular glossary term.',
  },
  {
    language: 'es',
    query: 'reserva colectiva',
    expected: ['/es/glossary#collective-reserve', '/es/standards/FIN-02', '/es/curricula/worker-owner-foundations/patronage-and-your-capital-account#paso-1-la-reserva-colectiva'],
  },
  {
    language: 'es',
    query: 'cuota de ingreso',
    expected: ['/es/glossary#buy-in', '/es/standards/FIN-04', '/es/curricula/worker-owner-foundations/what-ownership-means#la-cuota-de-ingreso'],
  },
  {
    language: 'es',
    query: 'periodo de candidatura',
    expected: ['/es/glossary#candidacy-period', '/es/standards/MEM-01'],
    note: 'Typed without the accent of "período".',
  },
  {
    language: 'es',
    query: 'periodo de prueba',
    expected: ['/es/glossary#candidacy-period', '/es/standards/MEM-01'],
    note: 'The everyday words for a trial period.',
  },
  { language: 'es', query: 'seccion 1042', expected: ['/es/standards/CONV-04', '/es/glossary#section-1042'] },
  { language: 'es', query: 'valoracion del negocio', expected: ['/es/standards/CONV-02', '/es/glossary#valuation'] },
  {
    language: 'es',
    query: 'acceso linguistico',
    expected: ['/es/glossary#language-access', '/es/standards/EQI-01', '/es/standards/domains/equity-inclusion'],
    note: 'Typed without the diaeresis of "lingüístico".',
  },
  { language: 'es', query: 'intérpretes', expected: ['/es/standards/EQI-01', '/es/glossary#interpretation'] },
  {
    language: 'es',
    query: 'un socio un voto',
    expected: ['/es/standards/GOV-01', '/es/glossary#one-member-one-vote', '/es/curricula/worker-owner-foundations/what-ownership-means#un-socio-un-voto'],
  },
  { language: 'es', query: 'estudio de viabilidad', expected: ['/es/glossary#feasibility-study', '/es/standards/domains/feasibility'] },
  { language: 'es', query: 'conflicto de interés del desarrollador', expected: ['/es/standards/DEV-03', '/es/glossary#conflict-of-interest'] },
  {
    language: 'es',
    query: 'asamblea general',
    expected: ['/es/standards/GOV-03', '/es/glossary#general-meeting', '/es/curricula/worker-owner-foundations/meetings-and-decisions#la-asamblea-general'],
  },
  {
    language: 'es',
    query: 'matriz de decision',
    expected: ['/es/standards/GOV-04', '/es/glossary#decision-making-matrix', '/es/curricula/worker-owner-foundations/meetings-and-decisions#la-matriz-de-decisiones'],
    note: '"decision" without its accent, and singular, finds "Matriz de decisiones".',
  },
  { language: 'es', query: 'ESOP o cooperativa', expected: ['/es/standards/CONV-07'] },
  { language: 'es', query: 'abogado de inmigración', expected: ['/es/standards/LEG-08'] },
  { language: 'es', query: 'expulsión de un socio', expected: ['/es/standards/MEM-09'] },
  {
    language: 'es',
    query: 'preparación para la conversión',
    expected: [
      '/es/tools/readiness-assessment',
      '/es/curricula/conversion-practitioner/readiness-and-valuation',
      '/es/standards/FORM-04',
      '/es/curricula/conversion-practitioner/',
      '/es/standards/domains/conversion',
      '/es/glossary#conversion',
    ],
    note: 'The readiness self-assessment and the Spanish lesson on readiness answer it best; FORM-04 covers readiness too.',
  },
  {
    language: 'es',
    query: 'trabajadores indocumentados',
    expected: ['/es/standards/LEG-11', '/es/standards/LEG-08', '/es/glossary#work-authorization'],
    note: 'LEG-11 (immigration and work status in practice) and LEG-08 (advice from an immigration lawyer) are what the library offers here; the content speaks of "situación migratoria" and "permiso de trabajo".',
  },
  // Spanish: questions in the reader's own words.
  {
    language: 'es',
    query: 'cómo se reparte el excedente',
    expected: [
      '/es/standards/FIN-01',
      '/es/glossary#patronage',
      '/es/glossary#patronage-dividend',
      '/es/curricula/worker-owner-foundations/patronage-and-your-capital-account',
      '/es/curricula/worker-owner-foundations/patronage-and-your-capital-account#qué-significa-el-patrocinio',
      '/es/curricula/worker-owner-foundations/patronage-and-your-capital-account#paso-1-la-reserva-colectiva',
      '/es/curricula/worker-owner-foundations/patronage-and-your-capital-account#paso-2-el-reparto-por-horas',
    ],
    note: 'The surplus is shared by patronage: FIN-01 and the patronage lesson.',
  },
  {
    language: 'es',
    query: 'cuánto tengo que pagar para ser socio',
    expected: ['/es/standards/FIN-04', '/es/glossary#buy-in', '/es/curricula/worker-owner-foundations/what-ownership-means#la-cuota-de-ingreso'],
    note: 'The buy-in (cuota de ingreso) is what a worker pays to become a member.',
  },
  {
    language: 'es',
    query: 'qué pasa con mi cuenta de capital si me voy',
    expected: [
      '/es/standards/FIN-06',
      '/es/standards/MEM-08',
      '/es/glossary#redemption',
      '/es/curricula/worker-owner-foundations/patronage-and-your-capital-account#su-cuenta-de-capital-interna',
    ],
  },
  // Spanish: IDs and domain prefixes.
  { language: 'es', query: 'gov03', expected: ['/es/standards/GOV-03'] },
  { language: 'es', query: 'fin 1', expected: ['/es/standards/FIN-01'] },
  { language: 'es', query: 'FIN', expected: ['/es/standards/domains/finance'] },
  // Spanish: while typing.
  { language: 'es', query: 'viabil', typing: true, expected: ['/es/glossary#feasibility-study', '/es/standards/domains/feasibility'] },
  { language: 'es', query: 'patrocin', typing: true, expected: ['/es/glossary#patronage', '/es/standards/FIN-01', '/es/glossary#patronage-dividend'] },
  { language: 'es', query: 'hacerse soci', typing: true, expected: ['/es/standards/MEM-01'] },
];

const library = loadLibraryOrThrow(ROOT);
const indexes = {} as Record<SearchLanguage, LocalSearchIndex>;
const allUrls = {} as Record<SearchLanguage, Set<string>>;

beforeAll(async () => {
  for (const language of LANGUAGES) {
    const records = buildSearchRecords(library, { language, baseUrl: BASE_URLS[language] });
    const built = buildSearchIndex(records, { language, version: library.meta.version });
    const files = new Map(built.files.map((file) => [file.name, file.content]));
    const contentOf = (name: string): string => {
      const content = files.get(name);
      if (content === undefined) throw new Error(`The ${language} index has no file ${name}`);
      return content;
    };
    const index = await LocalSearchIndex.open(async (name) => JSON.parse(contentOf(name)));
    indexes[language] = index;
    const everything = await index.documents(Array.from({ length: index.manifest.documents }, (_, document) => document));
    allUrls[language] = new Set(everything.map((document) => document.url));
  }
}, 60_000);

/** Every result of a query, best first, as the reader sees it. */
async function results(language: SearchLanguage, query: string, options: SearchOptions = {}, limit = Number.POSITIVE_INFINITY): Promise<FoundDocument[]> {
  const index = indexes[language];
  const { top } = await index.search(query, { ...options, limit });
  return index.documents(top.map((item) => item.document));
}

function describeResults(found: readonly FoundDocument[]): string {
  if (found.length === 0) return '  (no results)';
  return found.map((document, position) => `  ${position + 1}. ${document.title} (${document.url})`).join('\n');
}

describe('search relevance', () => {
  it('has enough cases in each language', () => {
    expect(CASES.filter((item) => item.language === 'en').length).toBeGreaterThanOrEqual(20);
    expect(CASES.filter((item) => item.language === 'es').length).toBeGreaterThanOrEqual(12);
  });

  it('expects only addresses that exist in the index of their language', () => {
    const missing = CASES.flatMap((item) => item.expected.filter((url) => !allUrls[item.language].has(url)).map((url) => `[${item.language}] "${item.query}": ${url}`));
    expect(missing, 'These expected addresses are not pages of the index (a typo, or a page that moved):').toEqual([]);
  });

  it.each(CASES)('[$language] $query finds the right page in the top three', async ({ language, query, expected, typing, note }) => {
    const found = await results(language, query, { typing: typing === true }, SHOWN);
    const top = found.slice(0, TOP).map((document) => document.url);
    const message = [
      `[${language}] "${query}"${typing ? ' (typing)' : ''} should show one of these in the top ${TOP}:`,
      ...expected.map((url) => `  - ${url}`),
      ...(note ? [`Why: ${note}`] : []),
      `The top ${SHOWN} were:`,
      describeResults(found),
    ].join('\n');
    expect(
      top.some((url) => expected.includes(url)),
      message,
    ).toBe(true);
  });
});

describe('search by standard ID', () => {
  const variants = ['GOV-03', 'gov03', 'gov-3', 'gov 3', 'Gov-03'];
  it.each(LANGUAGES.flatMap((language) => variants.map((query) => ({ language, query }))))('[$language] $query puts GOV-03 first', async ({ language, query }) => {
    const found = await results(language, query, {}, SHOWN);
    expect(found[0]?.url, `[${language}] "${query}" should open GOV-03 first. The top ${SHOWN} were:\n${describeResults(found)}`).toBe(`${BASE_URLS[language]}standards/GOV-03`);
  });
});

describe('search languages', () => {
  it.each(['patrocinio', 'cooperativa', 'ESOP', 'GOV-03', 'Subchapter T', 'asamblea general'])('Spanish search for "%s" finds only Spanish pages', async (query) => {
    const found = await results('es', query);
    expect(found.length, `"${query}" should find something in Spanish`).toBeGreaterThan(0);
    const foreign = found.filter((document) => !document.url.startsWith('/es/'));
    expect(foreign.map((document) => document.url)).toEqual([]);
  });

  // English words of pages that are not translated: Spanish search does not fall back to the English pages.
  it.each(['appraiser', 'board packet', 'asset purchase'])('Spanish search for the English words "%s" shows no English page', async (query) => {
    const found = await results('es', query);
    expect(found.filter((document) => !document.url.startsWith('/es/')).map((document) => document.url)).toEqual([]);
    const english = await results('en', query, {}, 1);
    expect(english.length, `"${query}" should find an English page, or this case proves nothing`).toBe(1);
  });

  it.each(['patronage', 'cooperative', 'GOV-03'])('English search for "%s" finds no Spanish pages', async (query) => {
    const found = await results('en', query);
    expect(found.length).toBeGreaterThan(0);
    expect(found.filter((document) => document.url.startsWith('/es/')).map((document) => document.url)).toEqual([]);
  });
});

describe('search ranking rules', () => {
  // Each pair: a page with the word in its title, and a page of the same kind with the word only in its text.
  const pairs: Array<{ language: SearchLanguage; query: string; inTitle: string; inBody: string }> = [
    { language: 'en', query: 'immigration', inTitle: '/standards/LEG-08', inBody: '/standards/MEM-01' },
    { language: 'en', query: 'handbook', inTitle: '/standards/MEM-04', inBody: '/standards/EQI-01' },
    { language: 'es', query: 'manual', inTitle: '/es/standards/MEM-04', inBody: '/es/standards/EQI-01' },
  ];

  it.each(pairs)('[$language] $query ranks the page with the word in its title above one with it only in the text', async ({ language, query, inTitle, inBody }) => {
    const found = await results(language, query);
    const titleRank = found.findIndex((document) => document.url === inTitle);
    const bodyRank = found.findIndex((document) => document.url === inBody);
    const listing = describeResults(found.slice(0, Math.max(titleRank, bodyRank, SHOWN - 1) + 1));
    expect(titleRank, `${inTitle} should be found for "${query}":\n${listing}`).toBeGreaterThanOrEqual(0);
    expect(bodyRank, `${inBody} should be found for "${query}" (the word is in its text):\n${listing}`).toBeGreaterThanOrEqual(0);
    expect(found[titleRank]!.title.toLowerCase()).toContain(query.toLowerCase());
    expect(found[bodyRank]!.title.toLowerCase()).not.toContain(query.toLowerCase());
    expect(titleRank, `"${query}": ${inTitle} (word in the title) should rank above ${inBody} (word only in the text):\n${listing}`).toBeLessThan(bodyRank);
  });

  it.each([
    ['decisión', 'decision'],
    ['reunión', 'reunion'],
    ['período de candidatura', 'periodo de candidatura'],
    ['valoración', 'valoracion'],
  ])('Spanish "%s" and "%s" give the same top result', async (accented, plain) => {
    const withAccent = await results('es', accented, {}, SHOWN);
    const without = await results('es', plain, {}, SHOWN);
    expect(withAccent.length, `"${accented}" should find something`).toBeGreaterThan(0);
    expect(without[0]?.url, `"${accented}" gave:\n${describeResults(withAccent)}\n"${plain}" gave:\n${describeResults(without)}`).toBe(withAccent[0]?.url);
  });
});

describe('search with a typo', () => {
  // What a reader types on a phone, and what they meant. The misspelled word is in no page.
  const TYPOS: Array<{ language: SearchLanguage; typed: string; meant: string }> = [
    { language: 'en', typed: 'memebrship', meant: 'membership' },
    { language: 'en', typed: 'govermance', meant: 'governance' },
    { language: 'en', typed: 'quorom', meant: 'quorum' },
    { language: 'en', typed: 'feasability study', meant: 'feasibility study' },
    { language: 'en', typed: 'capital acount', meant: 'capital account' },
    { language: 'es', typed: 'viabilidd', meant: 'viabilidad' },
    { language: 'es', typed: 'asambela general', meant: 'asamblea general' },
    { language: 'es', typed: 'patrosinio', meant: 'patrocinio' },
    { language: 'es', typed: 'estatuots', meant: 'estatutos' },
    { language: 'es', typed: 'conversoin', meant: 'conversión' },
  ];

  it.each(TYPOS)('[$language] "$typed" finds what "$meant" finds first, and suggests "$meant"', async ({ language, typed, meant }) => {
    const index = indexes[language];
    const misspelled = (await index.search(typed, { limit: 50 })).near.map((near) => near.word);
    expect(misspelled.length, `"${typed}" should hold a word that is in no page, or this case proves nothing`).toBeGreaterThan(0);
    const wanted = (await results(language, meant, {}, 1))[0]!;
    const found = await results(language, typed, {}, SHOWN);
    expect(
      found.slice(0, TOP).map((document) => document.url),
      `[${language}] "${typed}" should show ${wanted.url} (the first result for "${meant}") in the top ${TOP}. The top ${SHOWN} were:\n${describeResults(found)}`,
    ).toContain(wanted.url);
    const result = await index.search(typed, { limit: 50 });
    await expect(index.suggestion(typed, result)).resolves.toBe(meant);
  });

  it('leaves alone a query whose every word is in some page', async () => {
    const result = await indexes.en.search('patronage quorum', { limit: 50 });
    expect(result.near).toEqual([]);
    await expect(indexes.en.suggestion('patronage quorum', result)).resolves.toBeUndefined();
  });

  it('does not guess while the reader is still typing the last word', async () => {
    expect((await indexes.en.search('quoro', { typing: true, limit: 50 })).near).toEqual([]);
  });
});
