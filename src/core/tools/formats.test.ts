import { afterEach, describe, expect, it, vi } from 'vitest';
import { toolFormats } from './formats';

describe('toolFormats', () => {
  afterEach(() => vi.restoreAllMocks());

  it('writes money, numbers, percents and dates the way the page language writes them', () => {
    const english = toolFormats('en-US');
    expect(english.money(123450)).toBe('$1,234.50');
    expect(english.number(2.46)).toBe('2');
    expect(english.number(2.46, 1)).toBe('2.5');
    expect(english.percent(12.5)).toBe('12.5%');
    expect(english.date('2025-01-31')).toBe('Jan 31, 2025');
    const spanish = toolFormats('es-US');
    expect(spanish.date('2025-01-31')).toMatch(/31.*ene.*2025/);
    expect(spanish.number(1234.5, 1)).toBe(new Intl.NumberFormat('es-US', { maximumFractionDigits: 1 }).format(1234.5));
  });

  it('makes each format once per language, and a date format only when a date is written', () => {
    const { NumberFormat, DateTimeFormat } = Intl;
    const numberFormats = vi.spyOn(Intl, 'NumberFormat').mockImplementation(function (...args) {
      return new NumberFormat(...args);
    });
    const dateFormats = vi.spyOn(Intl, 'DateTimeFormat').mockImplementation(function (...args) {
      return new DateTimeFormat(...args);
    });
    for (let draw = 0; draw < 3; draw += 1) {
      const formats = toolFormats('en-GB');
      formats.money(100);
      formats.number(1, 1);
    }
    expect(numberFormats).toHaveBeenCalledTimes(2);
    expect(dateFormats).not.toHaveBeenCalled();
    toolFormats('en-GB').date('2025-01-31');
    toolFormats('en-GB').date('2025-02-28');
    expect(dateFormats).toHaveBeenCalledTimes(1);
  });
});
