/**
 * One Spanish word for each concept. The style guide (CONTENT-STYLE.md) names the preferred Spanish term
 * of each concept the library uses; these are the other names that drifted into the Spanish text, each
 * with the term that replaces it. `npm run check` reports every one it finds, with its place.
 */

export interface TermRule {
  /** A non-preferred variant, matched case-insensitively on whole words. */
  readonly variant: RegExp;
  /** What to write instead. */
  readonly preferred: string;
}

const rule = (variant: string, preferred: string): TermRule => ({ variant: new RegExp(`(?<![\\p{L}\\p{N}-])(?:${variant})(?![\\p{L}])`, 'giu'), preferred });

export const TERM_RULES: readonly TermRule[] = [
  rule(
    'art[ií]culos de (?:constituci[oó]n|incorporaci[oó]n)|acta de constituci[oó]n',
    '"acta constitutiva" (articles of incorporation) or "acta de organización" (articles of organization)',
  ),
  rule('subsidios?', '"subvención" / "subvenciones"'),
  rule('valuador(?:es|as?)?', '"tasador"'),
  rule('valuaci[oó]n(?:es)?|valoraci[oó]n del negocio|tasaci[oó]n del negocio', '"avalúo" ("avalúo del negocio", "avalúo independiente")'),
  rule(
    'compensaci[oó]n laboral|compensaci[oó]n al trabajador|compensaci[oó]n de (?:los )?trabajadores|seguro de accidentes de trabajo',
    '"seguro de compensación para trabajadores"',
  ),
  rule('carta de (?:compromiso|contrataci[oó]n|encargo)', '"carta de acuerdo de servicios"'),
  rule('acuerdo de trabajo', '"acuerdo de servicios" for the developer\'s engagement agreement, "carta de acuerdo de servicios" for the letter'),
  rule('propiedad(?:es)? de reemplazo calificadas?', '"bienes de reemplazo calificados"'),
  rule('pagos? seg[uú]n (?:los )?resultados', '"pago condicionado a resultados" (earn-out)'),
  rule('curr[ií]culos?|planes de estudio(?!s)', '"plan de estudios" / "planes de estudios"'),
  // A partnership itself pays no income tax: an LLC is "treated as" one for taxes.
  rule('pagan? impuestos como sociedad|tributan? como sociedad', '"se trata como sociedad (partnership) para los impuestos"'),
  rule('alquiler(?:es)?', '"renta", or "contrato de arrendamiento" for the lease'),
  rule('papel[oó]grafos?', '"rotafolio"'),
  rule('estudios? de factibilidad', '"estudio de viabilidad"'),
  rule('plan(?:es)? de retiro', '"plan de jubilación"'),
  // A web domain keeps its name; a part of the standards is an "área".
  rule('dominios?(?! (?:del sitio|web|de internet))', '"área" for a part of the standards'),
  rule('cooperativas? de trabajo', '"cooperativa de trabajadores"'),
  rule('trabajador(?:es)?[ -]propietarios?|trabajadoras?[ -]propietarias?', '"trabajador-dueño" / "trabajadores-dueños"'),
  rule('consejo directivo|consejo de administraci[oó]n', '"junta directiva"'),
  rule('cuentas? de capital interno', '"cuenta de capital interna"'),
  rule('desarrolladore?s? econ[oó]micos?', '"agente de desarrollo económico"'),
  rule('comit[eé] (?:directivo|de direcci[oó]n)', '"comité organizador"'),
  // Gender: both forms in full, or the generic plural; never "(a)", "/a", "@", "x" or "e" endings.
  rule('\\p{L}+\\((?:a|as)\\)|\\p{L}+os?/as?|\\p{L}+@\\p{L}*|todes|\\p{L}+xs', 'both forms in full ("las socias y los socios") or the generic plural'),
];

export interface TermDrift {
  /** 1-based line and column. */
  readonly line: number;
  readonly column: number;
  readonly found: string;
  readonly preferred: string;
}

/** Lines that name a source or an address keep the source's own words. */
const SKIPPED_LINE = /https?:\/\/|^\s*(?:-\s*)?(?:title|publisher|url|note):/;

/**
 * Which lines of a file are Spanish: every line of a Spanish file; in a bilingual YAML file, the lines of
 * each `es:` value (inline, or the block below it).
 */
export function spanishLines(text: string, wholeFileIsSpanish: boolean): boolean[] {
  const lines = text.split('\n');
  if (wholeFileIsSpanish) return lines.map(() => true);
  const spanish: boolean[] = [];
  let blockIndent = -1;
  for (const line of lines) {
    const indent = line.length - line.trimStart().length;
    if (blockIndent >= 0 && line.trim() !== '' && indent <= blockIndent) blockIndent = -1;
    const key = /^(\s*)(?:-\s+)?es:\s*(.*)$/.exec(line);
    if (key) {
      spanish.push(true);
      // A block value (`es: |`, `es: >-`, or nothing after the key) goes on in the lines below.
      if (/^[|>]?[-+]?$/.test(key[2]!.trim())) blockIndent = key[1]!.length;
    } else {
      spanish.push(blockIndent >= 0 || /[{,]\s*es:\s/.test(line));
    }
  }
  return spanish;
}

/** Every non-preferred variant in the Spanish lines of a text. */
export function findTermDrift(text: string, wholeFileIsSpanish: boolean): TermDrift[] {
  const lines = text.split('\n');
  const spanish = spanishLines(text, wholeFileIsSpanish);
  const found: TermDrift[] = [];
  lines.forEach((line, index) => {
    if (!spanish[index] || SKIPPED_LINE.test(line)) return;
    // In a line that holds both languages (`{ en: …, es: … }`), only the Spanish part counts.
    const start = wholeFileIsSpanish ? 0 : Math.max(0, line.search(/\bes:\s/));
    for (const { variant, preferred } of TERM_RULES) {
      for (const match of line.slice(start).matchAll(variant)) {
        found.push({ line: index + 1, column: start + match.index + 1, found: match[0], preferred });
      }
    }
  });
  return found.sort((a, b) => a.line - b.line || a.column - b.column);
}
