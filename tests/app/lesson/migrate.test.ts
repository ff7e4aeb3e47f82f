/** Saved lessons of every version the game has written are read as the current version; anything else is refused in plain words. */
import { describe, expect, it } from 'vitest';
import { LESSON_VERSION } from '../../../src/app/lesson/lesson-record';
import { migrate, parseLessonRecord } from '../../../src/app/lesson/saves';
import { fixture, record } from './records';

describe('migrating a saved lesson', () => {
  it('is at version 3 now', () => {
    expect(LESSON_VERSION).toBe(3);
  });

  it('reads a version-1 save at a kaizen phase with that round counted as played, and keeps everything else', () => {
    const v1 = fixture('lesson-v1-kaizen.json');
    const m = migrate(v1);
    if (!m.ok) throw new Error(m.reason);
    expect(m.record.version).toBe(3);
    expect(m.record.progress).toEqual({ phase: 'kaizen', round: 2, played: 2, activeTeam: 0, timerLeftMs: 125000, timerPaused: true, playback: { t: 0, speed: 1, paused: false } });
    const { version: _v, progress: _p, ...rest } = m.record;
    const { version: _v1, progress: _p1, ...rest1 } = v1;
    expect(rest).toEqual(rest1);
  });

  it('reads a version-1 save in the middle of a round with only the rounds before it counted as played', () => {
    const m = migrate(fixture('lesson-v1-round.json'));
    if (!m.ok) throw new Error(m.reason);
    expect(m.record.progress.played).toBe(1);
  });

  it('reads a version-1 save at the briefing with nothing played', () => {
    const v1 = fixture('lesson-v1-round.json');
    const m = migrate({ ...v1, progress: { ...(v1.progress as object), phase: 'briefing', round: 0 } });
    if (!m.ok) throw new Error(m.reason);
    expect(m.record.progress.played).toBe(0);
  });

  it('reads a version-2 save in the middle of a round with its round starting from the beginning, and keeps everything else', () => {
    const v2 = fixture('lesson-v2-round.json');
    const m = migrate(v2);
    if (!m.ok) throw new Error(m.reason);
    expect(m.record.version).toBe(3);
    expect(m.record.progress).toEqual({ phase: 'round', round: 2, played: 1, activeTeam: 0, timerLeftMs: -4000, timerPaused: false, playback: { t: 0, speed: 1, paused: false } });
    const { version: _v, progress: _p, ...rest } = m.record;
    const { version: _v2, progress: _p2, ...rest2 } = v2;
    expect(rest).toEqual(rest2);
  });

  it('reads a save of the current version (3) as it is, with the round\'s playback position', () => {
    const v3 = fixture('lesson-v3-round.json');
    const m = migrate(v3);
    if (!m.ok) throw new Error(m.reason);
    expect(m.record).toEqual(v3);
    expect(m.record.progress.playback).toEqual({ t: 734.5, speed: 2, paused: true });
  });

  it('refuses a playback position no round can have', () => {
    const v3 = fixture('lesson-v3-round.json') as { progress: Record<string, unknown> };
    for (const playback of [{ t: -1, speed: 1, paused: false }, { t: 5, speed: 3, paused: false }, { t: 5, speed: 1 }]) {
      expect(migrate({ ...v3, progress: { ...v3.progress, playback } })).toMatchObject({ ok: false, code: 'damaged' });
    }
  });

  it('passes a current record through unchanged', () => {
    const r = record({ progress: { phase: 'analysis', round: 3, played: 3, activeTeam: 1, timerLeftMs: -35000, timerPaused: false, playback: { t: 0, speed: 2, paused: false } } });
    expect(migrate(JSON.parse(JSON.stringify(r)))).toEqual({ ok: true, record: r });
  });

  it('refuses a save of a newer game, and says to update', () => {
    expect(migrate({ ...record(), version: 4 })).toEqual({
      ok: false,
      code: 'newerVersion',
      reason: 'this lesson was saved by a newer version of the game (format 4; this game reads up to 3): update the game to open it',
    });
  });

  it('refuses what is not a saved lesson of this game', () => {
    expect(migrate(null)).toEqual({ ok: false, code: 'notLesson', reason: 'this is not a saved lesson' });
    expect(migrate([1, 2])).toEqual({ ok: false, code: 'notLesson', reason: 'this is not a saved lesson' });
    expect(migrate({ format: 'other-game/save', version: 1 })).toEqual({ ok: false, code: 'notLesson', reason: 'this is not a lesson of Mini Process Factory' });
    expect(migrate({ ...record(), version: '2' })).toEqual({ ok: false, code: 'noVersion', reason: 'the saved lesson has no valid format version' });
    expect(migrate({ ...record(), version: 0 })).toEqual({ ok: false, code: 'noVersion', reason: 'the saved lesson has no valid format version' });
  });

  it('says where a save is damaged', () => {
    const r = record();
    expect(migrate({ ...r, teams: [{ ...r.teams[0], name: '  ' }] })).toEqual({
      ok: false,
      code: 'damaged',
      reason: 'the saved lesson is damaged: teams[0].name: a team needs a name',
    });
    expect(migrate({ ...r, progress: { ...r.progress, activeTeam: 5 } })).toEqual({
      ok: false,
      code: 'damaged',
      reason: 'the saved lesson is damaged: its active team is number 6, but it has 2',
    });
    expect(migrate({ ...r, settings: { ...r.settings, levelId: 'canteen' } })).toEqual({
      ok: false,
      code: 'damaged',
      reason: 'the saved lesson is damaged: its level is "library", but the lesson is set for "canteen"',
    });
    expect(migrate({ ...r, level: { id: 'library' } })).toMatchObject({ ok: false, code: 'brokenLevel', reason: expect.stringMatching(/^the saved lesson is damaged: its level is broken \(/) });
    expect(migrate({ ...r, extra: 1 })).toEqual({ ok: false, code: 'damaged', reason: 'the saved lesson is damaged: the lesson: Unrecognized key: "extra"' });
  });
});

describe('checking a new record before its first save', () => {
  it('gives back the record and its level, parsed', () => {
    const r = record();
    const check = parseLessonRecord(r);
    if (!check.ok) throw new Error(check.reason);
    expect(check.record).toEqual(r);
    expect(check.level.id).toBe('library');
    expect(check.level.cards.map((c) => c.id)).toContain('sort-shelves');
  });

  it('refuses more than ten teams and a plan longer than the lesson', () => {
    const r = record();
    const team = r.teams[1];
    expect(parseLessonRecord({ ...r, teams: Array(11).fill(team) })).toEqual({ ok: false, code: 'damaged', reason: 'teams: a lesson has at most 10 teams' });
    expect(parseLessonRecord({ ...r, teams: [{ ...team, kaizen: [[], [], []] }] })).toEqual({
      ok: false,
      code: 'damaged',
      reason: 'team "Ежи" has 3 kaizen phases in a lesson of 3 rounds',
    });
  });
});
