/** Helpers for the tests of links that carry data: real prose to fill them, padding, and what a link's reader says. */
import { AssignmentLinkError, decodeAssignment } from '../../src/core/assignment/codec';
import { READINESS_QUESTIONS } from '../../src/core/tools/readiness-questions';

/** Real prose of the library, in both languages, handed out in order so that no text repeats. */
export function proseSource(): (length: number) => string {
  const prose = READINESS_QUESTIONS.flatMap((question) => [question.help?.en, question.action?.en, question.help?.es, question.action?.es]).join(' ');
  let offset = 0;
  return (length) => {
    let text = '';
    while (text.length < length) {
      text += prose.slice(offset, offset + length - text.length);
      offset = (offset + length) % prose.length;
    }
    return text;
  };
}

/** lz-string stops at the end mark of its data, so characters after it change the length, not the data. */
export const padded = (value: string, length: number): string => value + 'A'.repeat(length - value.length);

/** Why an assignment link cannot be read: 'none' when it can, 'crash' when reading it fails some other way. */
export function problemOf(code: string): string {
  try {
    decodeAssignment(code);
    return 'none';
  } catch (error) {
    return error instanceof AssignmentLinkError ? error.problem : 'crash';
  }
}
