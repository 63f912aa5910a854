import { describe, expect, it } from 'vitest';
import { addressForSchemeCheck, judgeAddress } from './url-safety';

/** A small seeded generator, so that the same spellings are tried on every run. */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
    mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed;
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}

const FORBIDDEN = ['javascript', 'vbscript', 'data', 'file', 'blob', 'livescript'];
// Characters a browser drops inside or around an address, and invisible ones an editor hides.
const IGNORED = ['\t', '\n', '\r', '\u0000', '\u0001', '\u001f', ' ', '\u00a0', '\u00ad', '\u200b', '\u200d', '\u2028', '\ufeff'];
// `&colon` without its semicolon is not a reference (it is not one of HTML's old names), so it is not tried.
const NAMED = { ':': ['&colon;'], '\t': ['&Tab;'], '\n': ['&NewLine;'] } as Record<string, string[]>;

/** One way of writing a character, chosen at random: itself, another case, a reference or an escape. */
function spell(character: string, random: () => number): string {
  const code = character.codePointAt(0)!;
  const choices = [
    () => character,
    () => (random() < 0.5 ? character.toUpperCase() : character.toLowerCase()),
    () => `&#${code};`,
    () => `&#${'0'.repeat(Math.floor(random() * 4))}${code}`,
    () => `&#x${code.toString(16)};`,
    () => `&#X${code.toString(16).toUpperCase()};`,
    () => `%${code.toString(16).padStart(2, '0')}`,
    () => (/[a-z]/i.test(character) ? String.fromCodePoint(code + 0xfee0) : character),
    () => NAMED[character]?.[Math.floor(random() * NAMED[character]!.length)] ?? character,
    () => `&amp;#${code};`,
  ];
  return choices[Math.floor(random() * choices.length)]!();
}

function disguise(scheme: string, random: () => number): string {
  let out = random() < 0.5 ? IGNORED[Math.floor(random() * IGNORED.length)]! : '';
  for (const character of `${scheme}:`) {
    out += spell(character, random);
    if (random() < 0.3) out += IGNORED[Math.floor(random() * IGNORED.length)]!;
  }
  return `${out}alert(1)`;
}

describe('judgeAddress', () => {
  it('allows addresses within the site and the web, mail and anchor links', () => {
    for (const address of [
      '/standards/GOV-01',
      'GOV-01',
      './lesson.mdx',
      '../tools/templates',
      '#why-it-matters',
      '/search?q=a:b',
      'https://ica.coop/en',
      'HTTP://example.org',
      'mailto:info@example.org',
      '',
    ]) {
      expect(judgeAddress(address), address).toEqual({ allowed: true });
    }
  });

  it('refuses other schemes, naming the scheme and the fix', () => {
    expect(judgeAddress('javascript:alert(1)')).toEqual({
      allowed: false,
      message: 'the address "javascript:alert(1)" uses "javascript:", which pages may not link to; only http:, https:, mailto: and addresses within the site are allowed',
      fix: 'link to a page of the site, such as /standards/GOV-01 or #a-heading, or to a web address that starts with https://',
    });
    expect(judgeAddress('ftp://example.org/file')).toMatchObject({ allowed: false, message: expect.stringContaining('uses "ftp:"') });
  });

  it('refuses addresses that leave the site without a scheme', () => {
    expect(judgeAddress('//evil.example/x')).toMatchObject({ allowed: false, fix: 'write the whole address, starting with https://' });
    expect(judgeAddress('\\\\evil.example')).toMatchObject({ allowed: false });
  });

  it('shows invisible characters in the message, so a contributor can find them', () => {
    const verdict = judgeAddress('java\u200bscript:alert(1)');
    expect(verdict).toMatchObject({ allowed: false, message: expect.stringContaining('java\\u200bscript:') });
  });

  it('undoes every spelling before judging', () => {
    expect(addressForSchemeCheck('&#x6A;&#97;v&#x61;script&colon;x')).toBe('javascript:x');
    expect(addressForSchemeCheck(' \tJAVA\nSCRIPT:x')).toBe('JAVASCRIPT:x');
    expect(addressForSchemeCheck('&amp;#106;avascript:x')).toBe('javascript:x');
    expect(addressForSchemeCheck('ｊａｖａｓｃｒｉｐｔ：x')).toBe('javascript:x');
    expect(addressForSchemeCheck('java%73cript%3Ax')).toBe('javascript:x');
  });

  it('refuses every one of 3,000 random spellings of a forbidden scheme', () => {
    const random = generator(20261203);
    const allowedByMistake: string[] = [];
    for (let round = 0; round < 3000; round += 1) {
      const spelled = disguise(FORBIDDEN[round % FORBIDDEN.length]!, random);
      if (judgeAddress(spelled).allowed) allowedByMistake.push(JSON.stringify(spelled));
    }
    expect(allowedByMistake).toEqual([]);
  });

  it('agrees with the URL parser of the platform: whatever it reads as another scheme is refused', () => {
    const random = generator(42);
    for (let round = 0; round < 500; round += 1) {
      // Without references or escapes, the text is what the browser's URL parser sees.
      const scheme = FORBIDDEN[round % FORBIDDEN.length]!;
      let spelled = '';
      for (const character of `${scheme}:`) spelled += (random() < 0.5 ? character.toUpperCase() : character) + (random() < 0.3 ? '\t' : '');
      const protocol = new URL(`${spelled}x`, 'https://site.example/').protocol;
      expect(protocol).toBe(`${scheme}:`);
      expect(judgeAddress(`${spelled}x`).allowed).toBe(false);
    }
  });
});
