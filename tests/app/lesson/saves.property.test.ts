/**
 * Thousands of damaged saves and lesson files fed to the loaders: each is accepted as a valid
 * lesson or refused with a reason; none throws, and none harms another saved lesson or loses
 * the damaged text (it is kept aside, byte for byte).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createSaveStore, importLessonFile, migrate, parseLessonRecord, SAVE_PROBLEMS } from '../../../src/app/lesson/saves';
import { MemoryStorage } from './memory-storage';
import { fixtureText, record } from './records';

const SLOW = 120_000;
const good = record();
const goodText = JSON.stringify(good);
const other = record({ id: 'another-lesson', title: 'Другой урок' });
const otherText = JSON.stringify(other);

type Edit = { path: number[]; op: 'set' | 'delete'; value: unknown };

/** A JSON edit somewhere in the record: a random walk down from the root picks the place. */
const edit = fc.record({
  path: fc.array(fc.nat(), { minLength: 1, maxLength: 5 }),
  op: fc.constantFrom<Edit['op']>('set', 'delete'),
  value: fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constantFrom(-1, 0, 1.5, 99, '', 'kaizen', null, [], {}, 1e308)),
});

function applyEdit(root: unknown, e: Edit): unknown {
  const copy = JSON.parse(JSON.stringify(root)) as unknown;
  let node = copy;
  for (const [depth, step] of e.path.entries()) {
    if (typeof node !== 'object' || node === null) return copy;
    const keys = Object.keys(node);
    if (keys.length === 0) return copy;
    const key = keys[step % keys.length] as string;
    const last = depth === e.path.length - 1;
    const child = (node as Record<string, unknown>)[key];
    if (last || typeof child !== 'object' || child === null) {
      if (e.op === 'delete') {
        if (Array.isArray(node)) node.splice(Number(key), 1);
        else delete (node as Record<string, unknown>)[key];
      } else (node as Record<string, unknown>)[key] = e.value;
      return copy;
    }
    node = child;
  }
  return copy;
}

/** Text damage: cut short, a character replaced, or a stretch of junk written in. */
const textDamage = fc.oneof(
  fc.nat().map((n) => (t: string) => t.slice(0, n % t.length)),
  fc.tuple(fc.nat(), fc.string({ minLength: 1, maxLength: 3 })).map(([n, s]) => (t: string) => {
    const at = n % t.length;
    return t.slice(0, at) + s + t.slice(at + s.length);
  }),
);

const damagedText = fc.oneof(
  fc.array(edit, { minLength: 1, maxLength: 3 }).map((edits) => JSON.stringify(edits.reduce(applyEdit, good as unknown))),
  textDamage.map((damage) => damage(goodText)),
  fc.string({ maxLength: 50 }),
  fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)),
);

describe('damaged saves, by the thousand', () => {
  it('are each read as a valid lesson or refused with a reason, never a throw', () => {
    fc.assert(
      fc.property(damagedText, (text) => {
        let raw: unknown;
        try {
          raw = JSON.parse(text);
        } catch {
          raw = undefined;
        }
        const m = migrate(raw);
        if (m.ok) expect(parseLessonRecord(m.record).ok).toBe(true);
        else {
          expect(SAVE_PROBLEMS).toContain(m.code);
          expect(m.reason.length).toBeGreaterThan(10);
        }
        const file = importLessonFile(text);
        expect(file.ok).toBe(m.ok && raw !== undefined);
      }),
      { numRuns: 2000 },
    );
  }, SLOW);

  it('in the store, harm no other lesson, fall back to the previous save, and keep the damaged text aside', () => {
    fc.assert(
      fc.property(damagedText, (text) => {
        const storage = new MemoryStorage();
        const saves = createSaveStore(storage, () => new Date('2026-11-23T10:00:00.000Z'));
        expect(saves.save(other)).toEqual({ ok: true });
        expect(saves.save(good)).toEqual({ ok: true });
        const key = `mini-process-factory/lesson/${good.id}`;
        storage.items.set(`${key}/previous`, goodText);
        storage.items.set(key, text);

        const loaded = saves.load(good.id);
        expect(loaded.ok).toBe(true);
        if (!loaded.ok) return;
        if (loaded.warning === undefined) {
          // Read as it was: a valid lesson of the same id (an edit that made no difference, or another valid record).
          expect(loaded.record.id).toBe(good.id);
          expect(saves.setAside()).toEqual([]);
        } else {
          expect(loaded.record).toEqual(good);
          expect(SAVE_PROBLEMS).toContain(loaded.warningCode);
          const aside = saves.setAside();
          expect(aside).toHaveLength(1);
          expect(aside[0]?.code).toBe(loaded.warningCode);
          expect(saves.setAsideText(aside[0]?.key ?? '')).toBe(text);
        }
        expect(storage.items.get(`mini-process-factory/lesson/${other.id}`)).toBe(otherText);
        expect(saves.list().map((s) => s.id).sort()).toEqual([other.id, good.id].sort());
      }),
      { numRuns: 1000 },
    );
  }, SLOW);

  it('of version 1, damaged, are read or refused the same way', () => {
    const v1 = fixtureText('lesson-v1-round.json');
    fc.assert(
      fc.property(textDamage, (damage) => {
        const r = importLessonFile(damage(v1));
        if (r.ok) expect(r.record.version).toBe(3);
        else expect(r.reason.length).toBeGreaterThan(10);
      }),
      { numRuns: 1000 },
    );
  }, SLOW);

  it('any value at all given to migrate gives an answer, never a throw', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        const m = migrate(value);
        expect(typeof m.ok).toBe('boolean');
      }),
      { numRuns: 2000 },
    );
  }, SLOW);
});
