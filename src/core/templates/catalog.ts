/**
 * The list of templates: what each is called and what it is for, in both languages, and where its files
 * are. It is small and has no other imports, so the page that lists the downloads can use it without
 * loading the templates' text or the DOCX writer.
 */
import type { Bilingual, Language } from './model';

export const TEMPLATE_IDS = ['engagement-letter', 'membership-agreement', 'bylaws-outline'] as const;
export type TemplateId = (typeof TEMPLATE_IDS)[number];

export interface TemplateEntry {
  /** The permanent name of the template, used in its file names. */
  readonly id: TemplateId;
  /** The title, on the page and at the top of the file. */
  readonly title: Bilingual;
  /** One or two sentences on what the template is for. */
  readonly description: Bilingual;
  /** The file of each language, as a path from the site root: "templates/<id>.<language>.docx". */
  readonly files: Bilingual;
  /** The date of this version of the template (YYYY-MM-DD). Change it when the text changes. */
  readonly revised: string;
}

/** The folder, under the site root, that holds the template files. */
export const TEMPLATES_FOLDER = 'templates';

/** The date of the current version of every template: the release of the library it was written for. */
const REVISED = '2026-11-26';

function files(id: TemplateId): Bilingual {
  const file = (language: Language) => `${TEMPLATES_FOLDER}/${id}.${language}.docx`;
  return { en: file('en'), es: file('es') };
}

export const TEMPLATES: readonly TemplateEntry[] = [
  {
    id: 'engagement-letter',
    title: { en: 'Developer engagement letter', es: 'Carta de acuerdo de trabajo con el desarrollador de cooperativas' },
    description: {
      en: 'A short letter that a co-op developer and a group sign before the real work starts. It says who the developer works for, who pays, what the developer will and will not do, the fees, how information is kept private and how the work ends, with a section that discloses conflicts of interest.',
      es: 'Una carta corta que el desarrollador de cooperativas y el grupo firman antes de empezar el trabajo de verdad. Dice para quién trabaja el desarrollador, quién paga, qué hará y qué no hará, el costo, cómo se cuida la información privada y cómo termina el trabajo, con una sección que declara los conflictos de interés.',
    },
    files: files('engagement-letter'),
    revised: REVISED,
  },
  {
    id: 'membership-agreement',
    title: { en: 'Membership agreement outline', es: 'Esquema del acuerdo de membresía' },
    description: {
      en: 'An outline of the agreement between the co-op and each new member: the candidacy period, the buy-in and how it is paid, rights and duties, patronage and the capital account, leaving and the payout, and the fair steps before anyone is removed.',
      es: 'Un esquema del acuerdo entre la cooperativa y cada socio nuevo: el período de candidatura, la cuota de ingreso y cómo se paga, los derechos y deberes, el patrocinio y la cuenta de capital, la salida y el pago, y los pasos justos antes de expulsar a alguien.',
    },
    files: files('membership-agreement'),
    revised: REVISED,
  },
  {
    id: 'bylaws-outline',
    title: { en: 'Worker co-op bylaws outline', es: 'Esquema de estatutos de una cooperativa de trabajadores' },
    description: {
      en: 'The parts of a worker co-op’s bylaws, from purpose and membership to the collective reserve and closing the co-op, with a note on each part about the choices to make and what to check in your state’s law.',
      es: 'Las partes de los estatutos de una cooperativa de trabajadores, desde el propósito y la membresía hasta la reserva colectiva y el cierre de la cooperativa, con una nota en cada parte sobre las decisiones que hay que tomar y lo que hay que revisar en la ley de su estado.',
    },
    files: files('bylaws-outline'),
    revised: REVISED,
  },
];

/** The catalog entry of a template; throws with the known IDs when there is none. */
export function templateEntry(id: string): TemplateEntry {
  const entry = TEMPLATES.find((candidate) => candidate.id === id);
  if (!entry) throw new Error(`Unknown template "${id}": use one of ${TEMPLATE_IDS.join(', ')}`);
  return entry;
}
