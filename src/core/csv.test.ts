import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { toCsv } from './csv';

const read = (csv: string): string[][] => parse(csv, { bom: true, relaxColumnCount: true });

describe('toCsv', () => {
  it('writes UTF-8 with a byte-order mark and CRLF line ends, quoting only where needed', () => {
    expect(
      toCsv([
        ['Nombre', 'Notas'],
        ['Ana', 'dice "sí", luego vota'],
      ]),
    ).toBe('\uFEFFNombre,Notas\r\nAna,"dice ""sí"", luego vota"\r\n');
  });

  it('writes a text cell that a spreadsheet would run as a formula behind a quote, and reads back whole', () => {
    const formula = '=HYPERLINK("http://x","y")';
    const [[cell]] = read(toCsv([[formula]])) as [[string]];
    expect(cell).toBe(`'${formula}`);
  });

  it('defuses every cell of every row, not only the first', () => {
    const rows = read(toCsv([['Ana', '@SUM(1+1)'], [], ['+1', 'ok', '-cmd']]));
    expect(rows).toEqual([['Ana', "'@SUM(1+1)"], [''], ["'+1", 'ok', "'-cmd"]]);
  });

  it('leaves numbers, and text that is a plain number, readable as numbers', () => {
    const [row] = read(toCsv([[-120.5, '-120.50', 3, '0.00']])) as [string[]];
    expect(row).toEqual(['-120.5', '-120.50', '3', '0.00']);
    expect(row.map(Number).every(Number.isFinite)).toBe(true);
  });
});
