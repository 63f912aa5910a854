/**
 * Text cells that a spreadsheet would run as a formula. The downloads carry text that came from
 * outside the library's own words: a member's name, a decision's notes, a business name read from a
 * shared link. Opened in a spreadsheet, a cell such as =HYPERLINK("http://…","Click") would run, so,
 * as OWASP advises against CSV injection, such a cell is written behind a single quote, which makes
 * the spreadsheet show it as plain text.
 */

// The characters that start a formula, or that a spreadsheet strips before looking for one (tab and
// carriage return). Spreadsheets also skip leading spaces, so whitespace in front counts too.
const FORMULA_START = /^\s*[=+\-@\t\r]/;

// A negative amount such as -120.50 begins with a minus sign yet is a number, not a formula; the
// tools write amounts this way, and they must stay numbers that a spreadsheet can add up.
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

/** The text of a cell, with a leading quote when a spreadsheet would otherwise read it as a formula. */
export function defuseFormula(text: string): string {
  return FORMULA_START.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text;
}
