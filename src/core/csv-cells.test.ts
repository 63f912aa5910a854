import { describe, expect, it } from 'vitest';
import { defuseFormula } from './csv-cells';

describe('defuseFormula', () => {
  it.each(['=', '+', '-', '@', '\t', '\r'])('puts a quote before text that starts with %j', (first) => {
    const text = `${first}HYPERLINK("http://x","y")`;
    expect(defuseFormula(text)).toBe(`'${text}`);
  });

  it.each([' ', '  ', '\u00a0', '\n', ' \t'])('also when whitespace %j comes first', (space) => {
    expect(defuseFormula(`${space}=1+1`)).toBe(`'${space}=1+1`);
    expect(defuseFormula(`${space}\tcmd`)).toBe(`'${space}\tcmd`);
  });

  it.each(['-120.50', '-7', '42', '0.25'])('leaves the plain number %s as it is, so a spreadsheet adds it up', (number) => {
    expect(defuseFormula(number)).toBe(number);
  });

  it.each(['-120.50+1', '-1,200.50', '+5', '-', '- a list item', '@mention', '-2+3+cmd|"/C calc"!A0'])('still quotes %j, which only looks like a number or is not one', (text) => {
    expect(defuseFormula(text)).toBe(`'${text}`);
  });

  it.each(['Ana', '', 'Change the bylaws', '1 + 1 = 2', 'a=b', 'name@example.org', "'already quoted", ' Ana'])('leaves the ordinary text %j alone', (text) => {
    expect(defuseFormula(text)).toBe(text);
  });
});
