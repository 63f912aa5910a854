/**
 * Judges an address a page links to. A browser reads `jav&#x61;script:`, `JAVASCRIPT:`, `java\tscript:`
 * and ` javascript:` alike, so the scheme is judged only after every such spelling is undone: character
 * references (named, decimal, hex, with or without the semicolon), percent escapes, compatibility forms
 * of letters, and whitespace, control and invisible characters anywhere. Undoing is repeated until
 * nothing changes, so that a reference hidden inside another is found too. An address that would only
 * be harmless because of a spelling the browser does not undo is still refused: the rule is meant to be
 * easy to state, not to be argued with.
 */
import { parseEntities } from 'parse-entities';
import { ALLOWED_URL_SCHEMES } from './mdx-policy';

export type AddressVerdict = { readonly allowed: true } | { readonly allowed: false; readonly message: string; readonly fix: string };

const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
// Whitespace, control characters (C0, DEL, C1), separators and invisible format characters.
const IGNORED_BY_BROWSERS = /[\p{White_Space}\p{Cc}\p{Cf}\p{Z}]/gu;
const MOST_ROUNDS = 8;
const FIX = 'link to a page of the site, such as /standards/GOV-01 or #a-heading, or to a web address that starts with https://';

/** The address as a browser would judge its scheme: decoded, folded, with ignorable characters removed. */
export function addressForSchemeCheck(address: string): string {
  let current = address;
  for (let round = 0; round < MOST_ROUNDS; round += 1) {
    const next = decodePercent(parseEntities(current, { nonTerminated: true }))
      .normalize('NFKC')
      .replace(IGNORED_BY_BROWSERS, '');
    if (next === current) break;
    current = next;
  }
  return current;
}

/** Whether a page may link to `address`, and if not, what to tell the contributor. */
export function judgeAddress(address: string): AddressVerdict {
  const decoded = addressForSchemeCheck(address);
  const shown = quote(address);
  const scheme = SCHEME.exec(decoded)?.[1]?.toLowerCase();
  if (scheme !== undefined) {
    if (ALLOWED_URL_SCHEMES.includes(scheme)) return { allowed: true };
    return {
      allowed: false,
      message: `the address ${shown} uses "${scheme}:", which pages may not link to; only ${ALLOWED_URL_SCHEMES.map((name) => `${name}:`).join(', ')} and addresses within the site are allowed`,
      fix: FIX,
    };
  }
  if (/^[\\/]{2}/.test(decoded)) {
    return { allowed: false, message: `the address ${shown} starts with "//" and leaves the site without a scheme`, fix: 'write the whole address, starting with https://' };
  }
  return { allowed: true };
}

function decodePercent(text: string): string {
  return text.replace(/(?:%[0-9a-f]{2})+/gi, (run) => {
    try {
      return decodeURIComponent(run);
    } catch {
      // Not valid UTF-8: decode byte by byte, which is what matters for ASCII scheme letters.
      return run.replace(/%([0-9a-f]{2})/gi, (_escape, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
    }
  });
}

/** The address as the error shows it: quoted, invisible characters made visible, and not too long. */
function quote(address: string): string {
  const short = address.length > 80 ? `${address.slice(0, 77)}...` : address;
  return JSON.stringify(short).replace(
    /[\u0080-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u2064\ufeff]/g,
    (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
