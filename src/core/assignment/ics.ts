/**
 * The calendar of an assignment as an iCalendar file (RFC 5545): one all-day event per due date,
 * listing the lessons due that day with their links.
 */
import type { Assignment } from './model';

export interface CalendarLesson {
  title: string;
  url: string;
}

export interface CalendarOptions {
  /** When the file is made (DTSTAMP); passed in so the output is reproducible. */
  stamp: Date;
  /** Finds a lesson's title and address; undefined for a lesson no longer in the library. */
  lessonOf: (docId: string) => CalendarLesson | undefined;
  /** The event title, e.g. (cohort, count) => `${cohort}: ${count} lessons due`. */
  summary: (cohort: string, count: number) => string;
  /** The link to the whole assignment. */
  assignmentUrl: string;
}

export function assignmentCalendar(assignment: Assignment, options: CalendarOptions): string {
  const byDate = new Map<string, typeof assignment.items>();
  for (const item of assignment.items) {
    if (!item.due) continue;
    byDate.set(item.due, [...(byDate.get(item.due) ?? []), item]);
  }
  const stamp = options.stamp
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Worker Co-op Development Library//Assignments//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  for (const [date, items] of [...byDate.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const description = items
      .map((item) => {
        const lesson = options.lessonOf(item.lesson);
        const line = lesson ? `- ${lesson.title}: ${lesson.url}` : `- ${item.lesson}`;
        return item.note ? `${line}\n  ${item.note}` : line;
      })
      .concat(['', options.assignmentUrl])
      .join('\n');
    lines.push(
      'BEGIN:VEVENT',
      `UID:${date}-${fingerprint(options.assignmentUrl)}@worker-coop-library`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${date.replace(/-/g, '')}`,
      `DTEND;VALUE=DATE:${nextDay(date)}`,
      `SUMMARY:${escapeText(options.summary(assignment.cohort, items.length))}`,
      `DESCRIPTION:${escapeText(description)}`,
      `URL:${options.assignmentUrl}`,
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

/** RFC 5545 3.3.11: backslash, semicolon and comma are escaped; a new line becomes \n. */
export function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** RFC 5545 3.1: lines longer than 75 octets continue on the next line after a space. */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const character of line) {
    const bytes = encoder.encode(character).length;
    const limit = parts.length === 0 ? 75 : 74; // a continuation line starts with one space
    if (size + bytes > limit) {
      parts.push(current);
      current = '';
      size = 0;
    }
    current += character;
    size += bytes;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

function nextDay(date: string): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString().slice(0, 10).replace(/-/g, '');
}

/** A short stable fingerprint (FNV-1a), so each event keeps the same UID when the file is made again. */
function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}
