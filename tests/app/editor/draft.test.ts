import { readFileSync } from 'node:fs';
import path from 'node:path';
import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import { addStation, addStep, setAt } from '../../../src/app/editor/commands';
import { draftFromLevel, emptyDraft, fillText, levelFileName, levelFileText, levelInputOf, validateDraft, type Draft } from '../../../src/app/editor/draft';
import { loadDraft, saveDraft, DRAFT_KEY, type KeyValueStore } from '../../../src/app/editor/draft-store';
import { histogramOf, drawTimes } from '../../../src/app/editor/histogram';
import { runDraft } from '../../../src/app/editor/run-draft';
import { readLevelFile } from '../../../src/app/editor/shape';
import { parseLevel, runRounds } from '../../../src/sim';

const root = path.resolve(import.meta.dirname, '../../..');
const canteen = JSON.parse(readFileSync(path.join(root, 'levels/canteen.json'), 'utf8')) as unknown;

/** The smallest playable process: the empty plan with one station on the route and a briefing. */
function playable(): Draft {
  return [addStation(3, 3, 'ru'), addStep(0, 'station-1'), setAt(['briefing', 'ru'], 'Приходят за справкой.')].reduce<Draft>((d, r) => produce(d, r), emptyDraft());
}

class MemoryStore implements KeyValueStore {
  data = new Map<string, string>();
  getItem(key: string): string | null {
    return this.data.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.data.set(key, value);
  }
}

describe('the draft and the level loader', () => {
  it('the empty plan is not playable, and the loader says it needs a station, a route and a briefing', () => {
    const check = validateDraft(emptyDraft());
    expect(check.ok).toBe(false);
    expect(check.issues.map((i) => i.path)).toEqual(['$.briefing.ru', '$.briefing.en', '$.stations', '$.entities[0].route']);
  });

  it('one station on the route and a briefing in one language make it playable', () => {
    expect(validateDraft(playable())).toMatchObject({ ok: true });
  });

  it('a text written in one language shows in both', () => {
    expect(fillText({ ru: 'Касса', en: '' })).toEqual({ ru: 'Касса', en: 'Касса' });
    expect(fillText({ ru: ' ', en: 'Cash' })).toEqual({ ru: 'Cash', en: 'Cash' });
    expect(levelInputOf(playable()).briefing).toEqual({ ru: 'Приходят за справкой.', en: 'Приходят за справкой.' });
  });

  it('the saved file starts with "$schema" and "version" and loads as the same level', () => {
    const text = levelFileText(playable());
    const file = JSON.parse(text) as Record<string, unknown>;
    expect(Object.keys(file).slice(0, 3)).toEqual(['$schema', 'version', 'id']);
    expect(file.$schema).toBe('./level.schema.json');
    const loaded = parseLevel(file);
    const direct = validateDraft(playable());
    expect(loaded.ok && direct.ok && loaded.level).toEqual(direct.ok && { ...direct.level, $schema: './level.schema.json' });
    expect(levelFileName(playable())).toBe('my-process.json');
    expect(levelFileName({ ...playable(), id: 'Моя' })).toBe('level.json');
  });

  it('a shipped level opened for editing and saved again is the same level', () => {
    const r = parseLevel(canteen);
    if (!r.ok) throw new Error('canteen does not load');
    const again = parseLevel(JSON.parse(levelFileText(draftFromLevel(r.level))));
    expect(again).toEqual({ ok: true, level: { ...r.level, $schema: './level.schema.json' } });
  });
});

describe('opening a file', () => {
  it('a file that is not JSON is refused with the reason', () => {
    const r = readLevelFile('{ "id": ');
    expect(r.ok).toBe(false);
    expect(!r.ok && r.issues[0]?.path).toBe('$');
    expect(!r.ok && r.issues[0]?.message).toMatch(/^not JSON: /);
  });

  it('a file whose lists are not lists is refused, each problem at its path', () => {
    const r = readLevelFile(JSON.stringify({ ...emptyDraft(), stations: 'none', entities: [{ ...emptyDraft().entities[0], route: {} }] }));
    expect(r.ok ? [] : r.issues).toEqual([
      { path: '$.stations', message: 'a list [ … ] is missing' },
      { path: '$.entities[0].route', message: 'a list [ … ] is missing' },
    ]);
  });

  it('a file of another format version is refused; one without a version is read as this one', () => {
    expect(readLevelFile(JSON.stringify({ ...playable(), version: 2 }))).toEqual({
      ok: false,
      issues: [{ path: '$.version', message: 'the file is written for format version 2; this game reads version 1' }],
    });
    const { version: _v, ...noVersion } = playable();
    expect(readLevelFile(JSON.stringify(noVersion))).toMatchObject({ ok: true, draft: { version: 1 } });
  });

  it('a file with wrong values opens, and the checker lists them per field', () => {
    const r = readLevelFile(JSON.stringify({ ...playable(), maxTime: -5 }));
    expect(r.ok).toBe(true);
    expect(r.ok && validateDraft(r.draft).issues).toEqual([{ path: '$.maxTime', message: 'Too small: expected number to be >0' }]);
  });
});

describe('the autosaved draft', () => {
  it('comes back as it was saved', () => {
    const store = new MemoryStore();
    expect(saveDraft(store, playable())).toBe(true);
    expect(loadDraft(store)).toEqual({ kind: 'draft', draft: playable() });
  });

  it('nothing stored: nothing loaded', () => {
    expect(loadDraft(new MemoryStore())).toEqual({ kind: 'none' });
  });

  it('an unreadable draft is moved aside under its own key, never lost, and a second one beside it', () => {
    const store = new MemoryStore();
    store.setItem(DRAFT_KEY, '{"format":"mpf-editor-draft","draft":');
    const first = loadDraft(store);
    expect(first).toMatchObject({ kind: 'corrupt', keptAs: 'mpf.editor.draft.unreadable' });
    expect(store.getItem('mpf.editor.draft.unreadable')).toBe('{"format":"mpf-editor-draft","draft":');
    expect(loadDraft(store)).toEqual({ kind: 'none' });
    store.setItem(DRAFT_KEY, 'rubbish');
    expect(loadDraft(store)).toMatchObject({ kind: 'corrupt', keptAs: 'mpf.editor.draft.unreadable.2', reason: expect.stringMatching(/^not JSON/) });
    expect(store.getItem('mpf.editor.draft.unreadable')).toBe('{"format":"mpf-editor-draft","draft":');
  });

  it('a draft in a shape the editor cannot show is moved aside too', () => {
    const store = new MemoryStore();
    store.setItem(DRAFT_KEY, JSON.stringify({ format: 'mpf-editor-draft', draft: { stations: 3 } }));
    expect(loadDraft(store)).toMatchObject({ kind: 'corrupt', keptAs: 'mpf.editor.draft.unreadable' });
  });

  it('storage that refuses to write is reported, not thrown', () => {
    const store: KeyValueStore = { getItem: () => null, setItem: () => { throw new Error('quota'); } };
    expect(saveDraft(store, playable())).toBe(false);
  });
});

describe('the live histogram of a distribution', () => {
  it('draws with the core’s seeded generator: the same seed, the same times', () => {
    const d = { type: 'exponential', mean: 60 };
    expect(drawTimes(d, 50, 3)).toEqual(drawTimes(d, 50, 3));
    expect(drawTimes(d, 50, 3)).not.toEqual(drawTimes(d, 50, 4));
  });

  it('a constant is one bar at its value', () => {
    expect(histogramOf({ type: 'constant', value: 60 }, { n: 100, bins: 4 })).toEqual({ min: 60, max: 60, counts: [100, 0, 0, 0], mean: 60, expected: 60, n: 100 });
  });

  it('a uniform 0–100 fills ten bins evenly within sampling error, mean near 50', () => {
    const h = histogramOf({ type: 'uniform', min: 0, max: 100 }, { n: 10000, bins: 10 });
    expect(h?.counts.every((c) => c > 900 && c < 1100)).toBe(true);
    expect(Math.abs((h?.mean ?? 0) - 50)).toBeLessThan(1);
    expect(h?.expected).toBe(50);
  });

  it('an invalid distribution has no histogram', () => {
    expect(histogramOf({ type: 'uniform', min: 10, max: 5 })).toBeUndefined();
    expect(histogramOf({ type: 'triangular', min: 1 })).toBeUndefined();
  });
});

describe('run now', () => {
  it('gives exactly the CLI’s JSON for the level and seed', () => {
    const r = runDraft(playable(), 7);
    const check = validateDraft(playable());
    if (!r.ok || !check.ok) throw new Error('not playable');
    const rounds = runRounds(check.level, { seed: 7, rounds: 1 });
    expect(r.json).toBe(`${JSON.stringify({ level: 'my-process', seed: 7, rounds: rounds.ok && rounds.rounds }, null, 2)}\n`);
    expect(r.metrics.arrived).toBeGreaterThan(0);
  });

  it('counts a multi-day round’s throughput per day: the kindergarten’s admission week finishes about 5,6 families a day, not 0,2 an hour', () => {
    const parsed = parseLevel(JSON.parse(readFileSync(path.join(root, 'levels/kindergarten.json'), 'utf8')) as unknown);
    if (!parsed.ok) throw new Error('kindergarten does not load');
    const r = runDraft(draftFromLevel(parsed.level), 1);
    if (!r.ok) throw new Error('kindergarten does not run');
    expect(r.throughput.per).toBe('day');
    expect(r.throughput.value).toBe(r.metrics.throughputPerHour * 24);
    expect(r.throughput.value.toFixed(1)).toBe('5.6');
  });

  it('keeps the hourly rate for a round within one day', () => {
    const r = runDraft(playable(), 7);
    if (!r.ok) throw new Error('not playable');
    expect(r.throughput).toEqual({ per: 'hour', value: r.metrics.throughputPerHour });
  });

  it('refuses an invalid draft with its problems', () => {
    expect(runDraft(emptyDraft(), 1)).toMatchObject({ ok: false, issues: [{ path: '$.briefing.ru' }, { path: '$.briefing.en' }, { path: '$.stations' }, { path: '$.entities[0].route' }] });
  });
});
