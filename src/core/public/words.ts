/**
 * The words of the fixed values of case studies, the directory and the facts and figures. They are
 * groups of the one vocabulary table (src/core/vocabulary.ts spreads them in), kept here so that the
 * table stays readable.
 */
import type { CaseCommunity, CaseSector, FigureTopic, OrganizationService, SpokenLanguage, UsState } from '../model';
import type { CaseStudy } from '../generated/content-types';
import { US_STATES } from './us-states';

type Words = Readonly<{ en: string; es: string }>;
const both = (en: string, es: string): Words => ({ en, es });

export const PUBLIC_LABELS = {
  /** What a co-op does. */
  sector: {
    'home-care': both('Home care', 'Cuidado en el hogar'),
    cleaning: both('Cleaning', 'Limpieza'),
    food: both('Food and groceries', 'Alimentos y abarrotes'),
    manufacturing: both('Manufacturing', 'Manufactura'),
    construction: both('Construction and trades', 'Construcción y oficios'),
    technology: both('Technology and design', 'Tecnología y diseño'),
    transportation: both('Transportation', 'Transporte'),
    'professional-services': both('Professional services', 'Servicios profesionales'),
    childcare: both('Childcare', 'Cuidado infantil'),
    retail: both('Retail', 'Comercio minorista'),
    environmental: both('Recycling and composting', 'Reciclaje y compostaje'),
  } satisfies Record<CaseSector, Words>,

  /** Who leads and owns a co-op, as a filter reads it. */
  community: {
    immigrant: both('Immigrant-led', 'Dirigida por inmigrantes'),
    black: both('Black-led', 'Dirigida por personas negras'),
    latino: both('Latino-led', 'Dirigida por latinos'),
    women: both('Women-led', 'Dirigida por mujeres'),
    'asian-american': both('Asian American-led', 'Dirigida por asiático-americanos'),
    indigenous: both('Indigenous-led', 'Dirigida por indígenas'),
  } satisfies Record<CaseCommunity, Words>,

  /** What a support organization offers. */
  service: {
    development: both('Co-op development', 'Desarrollo de cooperativas'),
    conversion: both('Help selling to workers', 'Ayuda para vender a los trabajadores'),
    federation: both('Network or federation', 'Red o federación'),
    lending: both('Loans', 'Préstamos'),
    funding: both('Grants and investment', 'Subvenciones e inversión'),
    legal: both('Legal help', 'Ayuda legal'),
    accounting: both('Accounting', 'Contabilidad'),
    training: both('Training', 'Capacitación'),
    research: both('Research', 'Investigación'),
  } satisfies Record<OrganizationService, Words>,

  /** A language people work or get help in. */
  spokenLanguage: {
    en: both('English', 'Inglés'),
    es: both('Spanish', 'Español'),
    zh: both('Chinese', 'Chino'),
    ht: both('Haitian Creole', 'Criollo haitiano'),
    fr: both('French', 'Francés'),
    pt: both('Portuguese', 'Portugués'),
    vi: both('Vietnamese', 'Vietnamita'),
    ko: both('Korean', 'Coreano'),
    ar: both('Arabic', 'Árabe'),
    so: both('Somali', 'Somalí'),
    ne: both('Nepali', 'Nepalí'),
    tl: both('Tagalog', 'Tagalo'),
    hmn: both('Hmong', 'Hmong'),
    ru: both('Russian', 'Ruso'),
  } satisfies Record<SpokenLanguage, Words>,

  /** A state, the District of Columbia or Puerto Rico; or the whole country, where an organization works nationwide. */
  state: {
    ...(Object.fromEntries(US_STATES.map((entry) => [entry.code, entry.name])) as Record<UsState, Words>),
    nationwide: both('Nationwide', 'En todo el país'),
  },

  /** Where a case's co-op stands today. */
  caseStatus: {
    operating: both('Operating', 'En operación'),
    closed: both('Closed', 'Cerrada'),
    changed: both('No longer a worker co-op', 'Ya no es cooperativa de trabajadores'),
  } satisfies Record<CaseStudy['status'], Words>,

  /** What a figure is about. */
  figureTopic: {
    count: both('How many co-ops', 'Cuántas cooperativas'),
    workers: both('Workers', 'Trabajadores'),
    sectors: both('Sectors', 'Sectores'),
    survival: both('How long they last', 'Cuánto duran'),
    pay: both('Pay and job quality', 'Salario y calidad del empleo'),
    growth: both('Growth', 'Crecimiento'),
  } satisfies Record<FigureTopic, Words>,
} as const;
