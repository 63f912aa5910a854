import { describe, expect, it } from 'vitest';
import { domainSourceHash, standardSourceHash } from './translation-hash';

const STANDARD: Parameters<typeof standardSourceHash>[0] = { title: 'T', statement: 'The statement.', rationale: 'Why.', guidance: 'How,\nin two lines.', evidence: ['A', 'B'] };

describe('the fingerprint of the English text', () => {
  it('is 12 hexadecimal characters and the same every time', () => {
    expect(standardSourceHash(STANDARD)).toMatch(/^[0-9a-f]{12}$/);
    expect(standardSourceHash({ ...STANDARD })).toBe(standardSourceHash(STANDARD));
  });

  it('changes when a word changes', () => {
    expect(standardSourceHash({ ...STANDARD, statement: 'The new statement.' })).not.toBe(standardSourceHash(STANDARD));
    expect(standardSourceHash({ ...STANDARD, evidence: ['A'] })).not.toBe(standardSourceHash(STANDARD));
  });

  it('ignores spacing and line wrapping', () => {
    expect(standardSourceHash({ ...STANDARD, guidance: 'How, in   two lines.\n' })).toBe(standardSourceHash(STANDARD));
  });

  it('covers the translated fields of a domain', () => {
    const domain = { title: 'Finance', purpose: 'P', scope: 'S' };
    expect(domainSourceHash({ ...domain, scope: 'Other' })).not.toBe(domainSourceHash(domain));
  });
});
