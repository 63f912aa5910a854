import { describe, expect, it } from 'vitest';
import { formatFigure, formatFigureNumber } from './figure-format';

describe('how a figure reads', () => {
  it('writes counts with their unit in each language', () => {
    expect(formatFigure({ value: 1234, unit: 'co-ops' }, 'en')).toBe('1,234 co-ops');
    expect(formatFigure({ value: 1234, unit: 'workers', approximate: true }, 'es')).toBe('alrededor de 1,234 trabajadores');
  });

  it('writes percents and money the way each language does', () => {
    expect(formatFigureNumber(62.5, 'percent', 'en')).toBe('62.5%');
    // US Spanish writes numbers as US English does.
    expect(formatFigureNumber(62.5, 'percent', 'es')).toBe('62.5%');
    expect(formatFigureNumber(19.67, 'dollars-per-hour', 'en')).toBe('$19.67 an hour');
    expect(formatFigureNumber(8241, 'dollars', 'en')).toBe('$8,241');
    expect(formatFigureNumber(19.67, 'dollars-per-hour', 'es')).toContain('por hora');
  });
});
