/** Saved lessons in the browser: nothing is lost, a damaged save falls back or is set aside, a full storage gives a reason. */
import { describe, expect, it } from 'vitest';
import { createSaveStore } from '../../../src/app/lesson/saves';
import { MemoryStorage } from './memory-storage';
import { record } from './records';

const KEY = 'mini-process-factory/lesson/lesson-2026-11-23-a';
const PREVIOUS = `${KEY}/previous`;
const ASIDE = 'mini-process-factory/lesson-aside/lesson-2026-11-23-a';
const clock = () => new Date('2026-11-23T10:00:00.000Z');

function store() {
  const storage = new MemoryStorage();
  return { storage, saves: createSaveStore(storage, clock) };
}

describe('the save store', () => {
  it('gives back a saved lesson exactly', () => {
    const { saves } = store();
    const r = record();
    expect(saves.save(r)).toEqual({ ok: true });
    expect(saves.load(r.id)).toEqual({ ok: true, record: r });
  });

  it('lists saved lessons newest first, with their phase, round and team count', () => {
    const { saves } = store();
    saves.save(record({ id: 'older', title: 'Утро', updatedAt: '2026-11-20T08:00:00.000Z' }));
    saves.save(record({ id: 'newer', title: 'День', updatedAt: '2026-11-23T12:00:00.000Z' }));
    expect(saves.list()).toEqual([
      { id: 'newer', title: 'День', updatedAt: '2026-11-23T12:00:00.000Z', phase: 'kaizen', round: 2, teams: 2 },
      { id: 'older', title: 'Утро', updatedAt: '2026-11-20T08:00:00.000Z', phase: 'kaizen', round: 2, teams: 2 },
    ]);
  });

  it('keeps the save before the latest one in a second slot', () => {
    const { storage, saves } = store();
    const first = record();
    const second = record({ progress: { ...first.progress, phase: 'round', round: 3 } });
    saves.save(first);
    saves.save(second);
    expect(JSON.parse(storage.items.get(KEY) ?? '')).toEqual(second);
    expect(JSON.parse(storage.items.get(PREVIOUS) ?? '')).toEqual(first);
  });

  it('does not push the previous save out when the same lesson is saved again unchanged', () => {
    const { storage, saves } = store();
    const first = record();
    const second = record({ title: 'new title' });
    saves.save(first);
    saves.save(second);
    saves.save(second);
    expect(JSON.parse(storage.items.get(PREVIOUS) ?? '')).toEqual(first);
  });

  it('opens the previous save, with a warning, when the latest one is damaged, and sets the damaged one aside', () => {
    const { storage, saves } = store();
    const first = record();
    saves.save(first);
    saves.save(record({ title: 'later' }));
    storage.items.set(KEY, '{"format":"mini-process-factory/lesson","vers');
    expect(saves.load(first.id)).toEqual({
      ok: true,
      record: first,
      warningCode: 'notJson',
      warning: 'the latest save of this lesson could not be read (the save is damaged (it is not complete JSON)); the save before it was opened, so the last change may be missing',
    });
    expect(saves.setAside()).toEqual([{ key: ASIDE, code: 'notJson', reason: 'the save is damaged (it is not complete JSON)', savedAt: '2026-11-23T10:00:00.000Z' }]);
    expect(saves.setAsideText(ASIDE)).toBe('{"format":"mini-process-factory/lesson","vers');
    // The previous save is back in place: the next load is clean.
    expect(saves.load(first.id)).toEqual({ ok: true, record: first });
  });

  it('reports a lesson whose saves are both damaged, and keeps both aside', () => {
    const { storage, saves } = store();
    storage.items.set(KEY, 'garbage');
    storage.items.set(PREVIOUS, JSON.stringify({ ...record(), version: 9 }));
    expect(saves.load('lesson-2026-11-23-a')).toEqual({ ok: false, code: 'notJson', reason: 'the save is damaged (it is not complete JSON)' });
    expect(saves.setAside().map((e) => [e.key, e.code, e.reason])).toEqual([
      [ASIDE, 'notJson', 'the save is damaged (it is not complete JSON)'],
      [`${ASIDE}/previous`, 'newerVersion', 'this lesson was saved by a newer version of the game (format 9; this game reads up to 3): update the game to open it'],
    ]);
    expect(saves.list()).toEqual([]);
  });

  it('sets aside a save that holds another lesson than its key says, and entries it does not know', () => {
    const { storage, saves } = store();
    storage.items.set(KEY, JSON.stringify(record({ id: 'someone-else' })));
    storage.items.set('mini-process-factory/lesson/bad key!', 'x');
    storage.items.set('another-app/setting', 'kept');
    expect(saves.list()).toEqual([]);
    expect(saves.setAside().map((e) => `${e.code}: ${e.reason}`).sort()).toEqual([
      'otherLesson: the save holds lesson "someone-else", not "lesson-2026-11-23-a"',
      'unknownEntry: an unknown entry among the saved lessons',
    ]);
    expect(storage.items.get('another-app/setting')).toBe('kept');
  });

  it('never overwrites an entry set aside: a second damaged save gets a key of its own', () => {
    const { storage, saves } = store();
    storage.items.set(KEY, 'first damage');
    saves.load('lesson-2026-11-23-a');
    storage.items.set(KEY, 'second damage');
    saves.load('lesson-2026-11-23-a');
    expect(saves.setAside().map((e) => e.key).sort()).toEqual([ASIDE, `${ASIDE}~2`]);
    expect(saves.setAsideText(ASIDE)).toBe('first damage');
    expect(saves.setAsideText(`${ASIDE}~2`)).toBe('second damage');
  });

  it('moves a damaged save aside before writing over its slot', () => {
    const { storage, saves } = store();
    storage.items.set(KEY, 'damaged');
    expect(saves.save(record())).toEqual({ ok: true });
    expect(saves.setAsideText(ASIDE)).toBe('damaged');
    expect(saves.load(record().id)).toEqual({ ok: true, record: record() });
  });

  it('refuses to save an invalid record and leaves the good save alone', () => {
    const { storage, saves } = store();
    saves.save(record());
    const before = new Map(storage.items);
    expect(saves.save(record({ teams: [] }))).toEqual({
      ok: false,
      code: 'invalid',
      reason: 'the lesson was not saved, it is not valid: teams: a lesson has at least one team',
    });
    expect(storage.items).toEqual(before);
  });

  it('says so when the storage is full, and the last good save stays readable', () => {
    const { storage, saves } = store();
    saves.save(record());
    storage.refuseWrites = true;
    expect(saves.save(record({ title: 'later' }))).toEqual({
      ok: false,
      code: 'refused',
      reason: 'the browser refused to store the lesson (its storage is full or switched off)',
    });
    expect(saves.load(record().id)).toEqual({ ok: true, record: record() });
  });

  it('works without throwing on a storage that is switched off', () => {
    const storage = new MemoryStorage();
    storage.refuseEverything = true;
    const saves = createSaveStore(storage, clock);
    expect(saves.list()).toEqual([]);
    expect(saves.setAside()).toEqual([]);
    expect(saves.load('x')).toEqual({ ok: false, code: 'missing', reason: 'there is no saved lesson with this name' });
    expect(saves.save(record())).toEqual({ ok: false, code: 'refused', reason: 'the browser refused to store the lesson (its storage is full or switched off)' });
    expect(() => saves.remove('x')).not.toThrow();
  });

  it('removes both slots of a lesson, and discards only entries set aside', () => {
    const { storage, saves } = store();
    saves.save(record());
    saves.save(record({ title: 'later' }));
    saves.discardSetAside(KEY);
    expect(storage.items.has(KEY)).toBe(true);
    saves.remove(record().id);
    expect([...storage.items.keys()]).toEqual([]);
    storage.items.set(KEY, 'damaged');
    saves.list();
    saves.discardSetAside(ASIDE);
    expect([...storage.items.keys()]).toEqual([]);
  });

  it('opens a lesson whose current save is missing from its previous one', () => {
    const { storage, saves } = store();
    storage.items.set(PREVIOUS, JSON.stringify(record()));
    expect(saves.list().map((s) => s.id)).toEqual(['lesson-2026-11-23-a']);
    expect(saves.load('lesson-2026-11-23-a')).toEqual({ ok: true, record: record() });
  });

  it('reads a version-1 save left by an earlier game as the current version', () => {
    const { storage, saves } = store();
    const v1 = { ...record(), version: 1, progress: { phase: 'analysis', round: 2, activeTeam: 1, timerLeftMs: 0, timerPaused: false } };
    storage.items.set(KEY, JSON.stringify(v1));
    const r = saves.load('lesson-2026-11-23-a');
    expect(r).toEqual({ ok: true, record: { ...record(), progress: { phase: 'analysis', round: 2, played: 2, activeTeam: 1, timerLeftMs: 0, timerPaused: false, playback: { t: 0, speed: 1, paused: false } } } });
  });
});
