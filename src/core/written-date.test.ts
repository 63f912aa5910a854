import { describe, expect, it } from 'vitest';
import { writtenDate } from './written-date';

const ENGLISH = {
  months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  pattern: '{month} {day}, {year}',
};
const SPANISH = {
  months: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
  pattern: '{day} de {month} de {year}',
};

describe('writtenDate', () => {
  it('writes the day in the order and words of the language', () => {
    const day = Date.UTC(2026, 11, 3, 15, 30);
    expect(writtenDate(day, ENGLISH)).toBe('December 3, 2026');
    expect(writtenDate(day, SPANISH)).toBe('3 de diciembre de 2026');
  });

  it('gives the same day as the browser would in universal time, late at night and early in the year', () => {
    for (const moment of [Date.UTC(2025, 0, 1, 0, 0), Date.UTC(2024, 1, 29, 23, 59)]) {
      const expected = new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' }).format(moment);
      expect(writtenDate(moment, ENGLISH)).toBe(expected);
    }
  });
});
