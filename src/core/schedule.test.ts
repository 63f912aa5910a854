import { describe, expect, it } from 'vitest';
import { computeSchedule, totalMinutes, type Session } from './schedule';

const lesson = (id: string, minutes: number) => ({ id, title: `Lesson ${id}`, minutes });
const shape = (sessions: Session[]) =>
  sessions.map((session) => [session.minutes, session.blocks.map((block) => (block.kind === 'break' ? `break ${block.minutes}` : `${block.id} ${block.minutes}`))]);

describe('computeSchedule', () => {
  it('fills each session in order, with a break between two lessons', () => {
    // 50 + 10 + 40 = 100 fits in 120; adding 10 + 45 would make 155, so C starts session 2.
    const sessions = computeSchedule([lesson('A', 50), lesson('B', 40), lesson('C', 45), lesson('D', 60)], { sessionMinutes: 120, breakMinutes: 10 });
    expect(shape(sessions)).toEqual([
      [100, ['A 50', 'break 10', 'B 40']],
      [115, ['C 45', 'break 10', 'D 60']],
    ]);
    expect(sessions.map((session) => session.number)).toEqual([1, 2]);
  });

  it('counts the break when deciding whether a lesson still fits', () => {
    // 60 + 60 = 120 would fit without a break, but not with the 15-minute break.
    expect(shape(computeSchedule([lesson('A', 60), lesson('B', 60)], { sessionMinutes: 120, breakMinutes: 15 }))).toEqual([
      [60, ['A 60']],
      [60, ['B 60']],
    ]);
    expect(shape(computeSchedule([lesson('A', 60), lesson('B', 60)], { sessionMinutes: 120, breakMinutes: 0 }))).toEqual([[120, ['A 60', 'B 60']]]);
  });

  it('splits a lesson longer than a session into parts', () => {
    const sessions = computeSchedule([lesson('A', 30), lesson('B', 200), lesson('C', 20)], { sessionMinutes: 90, breakMinutes: 10 });
    expect(shape(sessions)).toEqual([
      [30, ['A 30']],
      [90, ['B 90']],
      [90, ['B 90']],
      [50, ['B 20', 'break 10', 'C 20']],
    ]);
    expect(sessions[1]?.blocks[0]).toMatchObject({ part: { index: 1, of: 3 } });
    expect(sessions[3]?.blocks[0]).toMatchObject({ part: { index: 3, of: 3 } });
  });

  it('never makes a session longer than the chosen length', () => {
    const items = [35, 80, 25, 90, 45, 60, 75, 30].map((minutes, index) => lesson(String(index), minutes));
    for (const sessionMinutes of [60, 90, 120, 180]) {
      const sessions = computeSchedule(items, { sessionMinutes, breakMinutes: 10 });
      for (const session of sessions) expect(session.minutes).toBeLessThanOrEqual(sessionMinutes);
      const taught = sessions.flatMap((session) => session.blocks).filter((block) => block.kind === 'lesson');
      expect(taught.reduce((sum, block) => sum + block.minutes, 0)).toBe(totalMinutes(items));
    }
  });

  it('gives no session for no lessons, and refuses impossible lengths', () => {
    expect(computeSchedule([], { sessionMinutes: 90, breakMinutes: 10 })).toEqual([]);
    expect(() => computeSchedule([lesson('A', 30)], { sessionMinutes: 5, breakMinutes: 0 })).toThrow('at least 15 minutes');
    expect(() => computeSchedule([lesson('A', 30)], { sessionMinutes: 60, breakMinutes: -1 })).toThrow('cannot be negative');
  });
});
