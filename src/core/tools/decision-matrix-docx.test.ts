import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { decisionMatrixDocx } from './decision-matrix-docx';

const rows = [
  ['Decision', 'Who decides', 'Notes'],
  ['Change the bylaws', 'Members', 'Ask a lawyer first'],
  ['Cambiar los estatutos', 'Los socios', 'Dos tercios'],
];
const text = {
  page: 'Page',
  of: 'of',
  after: ['Review this matrix every year.'],
};

async function read(file: Blob | Buffer): Promise<{ raw: string; html: string }> {
  const buffer = Buffer.isBuffer(file) ? file : Buffer.from(await file.arrayBuffer());
  expect(buffer.subarray(0, 2).toString()).toBe('PK');
  const [{ value: raw }, { value: html }] = await Promise.all([mammoth.extractRawText({ buffer }), mammoth.convertToHtml({ buffer })]);
  return { raw, html };
}

describe('decisionMatrixDocx', () => {
  it('writes the title, the table with each cell, and the notes under it', async () => {
    const { raw, html } = await read(
      await decisionMatrixDocx(rows, 'Our decision matrix', {
        ...text,
        dateLine: 'Date of this matrix: 2025-03-01',
      }),
    );
    expect(raw).toContain('Our decision matrix');
    expect(raw).toContain('Date of this matrix: 2025-03-01');
    expect(raw).toContain('Review this matrix every year.');
    expect(html).toContain('<table>');
    expect(html.match(/<tr>/g)).toHaveLength(3);
    for (const row of rows) for (const value of row) expect(html).toContain(value);
    expect(raw.indexOf('Our decision matrix')).toBeLessThan(raw.indexOf('Change the bylaws'));
    expect(raw.indexOf('Change the bylaws')).toBeLessThan(raw.indexOf('Review this matrix every year.'));
  });

  it('leaves the date out when there is none', async () => {
    const { raw } = await read(await decisionMatrixDocx(rows, 'Our decision matrix', text));
    expect(raw).not.toContain('Date');
  });
});
