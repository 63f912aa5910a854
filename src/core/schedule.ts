/**
 * Splits a curriculum into teaching sessions of a chosen length. Lessons keep their order; a break
 * separates two lessons in the same session; a lesson longer than a session is split into parts.
 */

export interface ScheduleItem {
  id: string;
  title: string;
  minutes: number;
}

export type ScheduleBlock = { kind: 'lesson'; id: string; title: string; minutes: number; part?: { index: number; of: number } } | { kind: 'break'; minutes: number };

export interface Session {
  /** 1, 2, 3... */
  number: number;
  blocks: ScheduleBlock[];
  /** Teaching and break minutes together. */
  minutes: number;
}

export interface ScheduleOptions {
  /** The length of a session, in minutes (at least 15). */
  sessionMinutes: number;
  /** The break between two lessons in the same session, in minutes. */
  breakMinutes: number;
}

export function computeSchedule(items: readonly ScheduleItem[], options: ScheduleOptions): Session[] {
  const { sessionMinutes, breakMinutes } = options;
  if (!Number.isFinite(sessionMinutes) || sessionMinutes < 15) throw new RangeError('A session lasts at least 15 minutes.');
  if (!Number.isFinite(breakMinutes) || breakMinutes < 0) throw new RangeError('A break cannot be negative.');
  const sessions: Session[] = [];
  const open = () => {
    const session: Session = { number: sessions.length + 1, blocks: [], minutes: 0 };
    sessions.push(session);
    return session;
  };
  const add = (session: Session, block: ScheduleBlock) => {
    session.blocks.push(block);
    session.minutes += block.minutes;
  };
  let current: Session | undefined;
  for (const item of items) {
    const gap = current && current.blocks.length > 0 ? breakMinutes : 0;
    if (current && current.minutes + gap + item.minutes <= sessionMinutes) {
      if (gap > 0) add(current, { kind: 'break', minutes: gap });
      add(current, { kind: 'lesson', id: item.id, title: item.title, minutes: item.minutes });
      continue;
    }
    if (item.minutes <= sessionMinutes) {
      current = open();
      add(current, { kind: 'lesson', id: item.id, title: item.title, minutes: item.minutes });
      continue;
    }
    // Longer than a session: full sessions of it, then what is left starts a session of its own.
    const parts = Math.ceil(item.minutes / sessionMinutes);
    for (let index = 1; index <= parts; index += 1) {
      current = open();
      const minutes = index < parts ? sessionMinutes : item.minutes - sessionMinutes * (parts - 1);
      add(current, { kind: 'lesson', id: item.id, title: item.title, minutes, part: { index, of: parts } });
    }
  }
  return sessions;
}

/** Total teaching minutes of the items, without breaks. */
export function totalMinutes(items: readonly ScheduleItem[]): number {
  return items.reduce((sum, item) => sum + item.minutes, 0);
}
