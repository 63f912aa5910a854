/** How a figure's number reads in each language: "about 820 co-ops", "62.5%", "19,67 US$ por hora". */
import type { Figure, Language } from '../model';

type Unit = Figure['unit'];

const LOCALES: Record<Language, string> = { en: 'en-US', es: 'es-US' };

const UNIT_WORDS: Record<Language, Partial<Record<Unit, string>>> = {
  en: { 'co-ops': 'co-ops', workers: 'workers', years: 'years', 'dollars-per-hour': 'an hour' },
  es: { 'co-ops': 'cooperativas', workers: 'trabajadores', years: 'años', 'dollars-per-hour': 'por hora' },
};

const ABOUT: Record<Language, string> = { en: 'about', es: 'alrededor de' };

/** The number alone, with its unit: a bar of a chart reads this way. */
export function formatFigureNumber(value: number, unit: Unit, language: Language): string {
  const locale = LOCALES[language];
  if (unit === 'percent') return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(value / 100);
  if (unit === 'dollars' || unit === 'dollars-per-hour') {
    const money = new Intl.NumberFormat(locale, { style: 'currency', currency: 'USD', maximumFractionDigits: Number.isInteger(value) ? 0 : 2 }).format(value);
    return unit === 'dollars' ? money : `${money} ${UNIT_WORDS[language][unit]}`;
  }
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value)} ${UNIT_WORDS[language][unit]}`;
}

/** The figure's headline: its number and unit, after "about" when the source gives an estimate. */
export function formatFigure(figure: Pick<Figure, 'value' | 'unit' | 'approximate'>, language: Language): string {
  const number = formatFigureNumber(figure.value, figure.unit, language);
  return figure.approximate ? `${ABOUT[language]} ${number}` : number;
}
