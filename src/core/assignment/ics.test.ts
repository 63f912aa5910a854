import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { assignmentCalendar, escapeText, foldLine } from './ics';
import type { Assignment } from './model';

const ASSIGNMENT: Assignment = {
  cohort: 'Cohorte de primavera; grupo 2',
  message: '',
  language: 'es',
  view: 'learner',
  items: [
    { lesson: 'curricula/a/one', due: '2026-12-01', note: 'Traiga preguntas, por favor' },
    { lesson: 'curricula/a/two', due: '2026-12-01' },
    { lesson: 'curricula/a/three', due: '2026-12-31' },
    { lesson: 'curricula/a/gone', due: '2026-12-31' },
    { lesson: 'curricula/a/undated' },
  ],
};

const TITLES: Record<string, string> = {
  'curricula/a/one': 'Lección uno',
  'curricula/a/two': 'Lección dos',
  'curricula/a/three': 'Lección tres, con una coma y un título largo que obliga a doblar la línea',
};

function calendar(stamp = new Date('2026-11-26T10:00:00Z')) {
  return assignmentCalendar(ASSIGNMENT, {
    stamp,
    lessonOf: (id) => (TITLES[id] ? { title: TITLES[id]!, url: `https://example.org/es/${id}` } : undefined),
    summary: (cohort, count) => `${cohort}: ${count} lecciones`,
    assignmentUrl: 'https://example.org/es/assignment#1.abc',
  });
}

describe('assignmentCalendar', () => {
  it('is read by an independent iCalendar parser: one all-day event per due date', () => {
    const component = new ICAL.Component(ICAL.parse(calendar()));
    expect(component.getFirstPropertyValue('version')).toBe('2.0');
    const events = component.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
    expect(events.map((event) => [event.startDate.toString(), event.endDate.toString(), event.startDate.isDate])).toEqual([
      ['2026-12-01', '2026-12-02', true],
      ['2026-12-31', '2027-01-01', true],
    ]);
    expect(events[0]?.summary).toBe('Cohorte de primavera; grupo 2: 2 lecciones');
    expect(events[0]?.description).toBe(
      '- Lección uno: https://example.org/es/curricula/a/one\n  Traiga preguntas, por favor\n- Lección dos: https://example.org/es/curricula/a/two\n\nhttps://example.org/es/assignment#1.abc',
    );
    expect(events[1]?.description).toContain('- curricula/a/gone');
    expect(new Set(events.map((event) => event.uid)).size).toBe(2);
  });

  it('uses CRLF line endings and folds every line at 75 octets', () => {
    const text = calendar();
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toContain('\n');
    for (const line of text.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  });

  it('gives the same file for the same assignment and time', () => {
    expect(calendar()).toBe(calendar());
    expect(calendar()).toContain('DTSTAMP:20261126T100000Z');
  });
});

describe('escapeText and foldLine', () => {
  it('escape the characters RFC 5545 reserves', () => {
    expect(escapeText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
  });

  it('never split a character in two', () => {
    const folded = foldLine(`SUMMARY:${'ñ'.repeat(60)}`);
    expect(folded.split('\r\n ').join('')).toBe(`SUMMARY:${'ñ'.repeat(60)}`);
  });
});
