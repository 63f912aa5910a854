/**
 * What every template shares: the counsel caution at the top, the words around the content, and a first
 * section on how to use a template. Stated once here so that the three templates say it the same way.
 */
import { bullets, paragraph, section, type Bilingual, type Language, type SourceSection, type TemplateLabels } from './model';

/** Who publishes the templates, written into each file's properties. */
export const PUBLISHER: Bilingual = {
  en: 'Worker Co-op Development Library',
  es: 'Biblioteca de Desarrollo de Cooperativas de Trabajadores',
};

/** The start of every counsel caution; each template adds what it needs a lawyer for. */
const CAUTION: Bilingual = {
  en: 'A starting point to review with a lawyer before use. This template is not legal, tax or financial advice. It is a draft to help your group talk through its choices. Laws differ by state and by case, so a lawyer who knows co-ops in your state should review the final version before anyone signs it or adopts it.',
  es: 'Un punto de partida para revisar con un abogado antes de usarlo. Esta plantilla no es consejo legal, de impuestos ni financiero. Es un borrador para ayudar a su grupo a conversar sobre sus decisiones. Las leyes cambian según el estado y el caso, así que un abogado que conozca de cooperativas en su estado debe revisar la versión final antes de que alguien la firme o la apruebe.',
};

/** The counsel caution of a template: the shared words, then the template's own. */
export function cautionText(own: Bilingual, language: Language): string {
  return `${CAUTION[language]} ${own[language]}`;
}

const LABELS: Bilingual<TemplateLabels> = {
  en: { note: 'Note', stateLaw: 'Check in your state’s law', header: 'Starting point: review with a lawyer before use', revised: 'Template version of {date}', page: 'Page', of: 'of' },
  es: { note: 'Nota', stateLaw: 'Revise en la ley de su estado', header: 'Punto de partida: revíselo con un abogado antes de usarlo', revised: 'Versión de la plantilla del {date}', page: 'Página', of: 'de' },
};

export function templateLabels(language: Language): TemplateLabels {
  return LABELS[language];
}

/** The first section of every template: how to fill it in, and that the group decides. */
export const HOW_TO_USE: SourceSection = section(
  'how-to-use',
  { en: 'How to use this template', es: 'Cómo usar esta plantilla' },
  paragraph(
    'Words in square brackets, like [Co-op name], are blanks. Replace each one with your own words, or delete the line if it does not fit your group.',
    'Las palabras entre corchetes, como [Nombre de la cooperativa], son espacios en blanco. Cambie cada una por sus propias palabras, o borre la línea si no le sirve a su grupo.',
  ),
  bullets(
    [
      'Notes in a box explain the choices in plain words. A note marked “Check in your state’s law” points to a rule that differs from state to state. Delete every note before the document is signed or adopted.',
      'The group decides what the document says. Go through it at a meeting, in the languages members use, and give people time to ask questions.',
      'Write down each choice the group makes. Then take the draft and your questions to a lawyer who knows co-ops.',
      'Keep the signed or adopted version, with its date, where every member can find it.',
    ],
    [
      'Las notas en un recuadro explican las decisiones en palabras sencillas. Una nota marcada “Revise en la ley de su estado” señala una regla que cambia de un estado a otro. Borre todas las notas antes de firmar o aprobar el documento.',
      'El grupo decide lo que dice el documento. Revíselo en una reunión, en los idiomas que usan los socios, y dé tiempo para preguntas.',
      'Anote cada decisión que toma el grupo. Después lleve el borrador y sus preguntas a un abogado que conozca de cooperativas.',
      'Guarde la versión firmada o aprobada, con su fecha, donde todos los socios la puedan encontrar.',
    ],
  ),
);
