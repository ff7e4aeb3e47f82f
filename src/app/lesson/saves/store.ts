/**
 * Saved lessons in the browser's storage (localStorage: synchronous, so a write has landed
 * before the next line runs and survives a crash right after it). Every lesson has two slots:
 * the current save and the one before it, so a damaged current save falls back to the previous
 * with a warning. A damaged or foreign entry is moved aside under its own key with the reason —
 * never overwritten, never silently dropped — until the teacher discards it. Every write is
 * checked first; a storage that throws (full, switched off) gives a reason, never an exception.
 */
import type { LessonPhase, LessonRecord } from '../lesson-record';
import { ASIDE_PREFIX, currentKey, previousKey, readKey } from './keys';
import { migrate } from './migrate';
import { parseLessonRecord } from './record-schema';
import { SAVE_PROBLEMS, type SaveFailure, type SaveProblem } from './problems';

export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

export interface SaveSummary {
  id: string;
  title: string;
  updatedAt: string;
  phase: LessonPhase;
  round: number;
  teams: number;
}

export interface SetAsideEntry {
  key: string;
  /** why it could not be read, for the UI's words; `reason` is the detail */
  code: SaveProblem;
  reason: string;
  /** when it was set aside (ISO) */
  savedAt?: string;
}

export type LoadResult =
  /** `warning`: the latest save could not be used and the one before it was opened; `warningCode` says why */
  | { ok: true; record: LessonRecord; warning?: string; warningCode?: SaveProblem }
  | SaveFailure;

export interface SaveStore {
  /** every readable saved lesson, newest first (unreadable ones are set aside on the way) */
  list(): SaveSummary[];
  load(id: string): LoadResult;
  save(record: LessonRecord): { ok: true } | SaveFailure;
  remove(id: string): void;
  /** saves that could not be read, kept aside under their own keys, with the reason */
  setAside(): SetAsideEntry[];
  /** the text of an entry set aside, as it was found (for a download, to rescue by hand) */
  setAsideText(key: string): string | undefined;
  discardSetAside(key: string): void;
}

const REFUSED = 'the browser refused to store the lesson (its storage is full or switched off)';

type Read =
  | { ok: true; record: LessonRecord; text: string }
  | { ok: false; missing: true }
  | { ok: false; missing: false; code: SaveProblem; reason: string; text: string };

export function createSaveStore(storage: StorageLike, now: () => Date = () => new Date()): SaveStore {
  const get = (key: string): string | null => {
    try {
      return storage.getItem(key);
    } catch {
      return null;
    }
  };
  const set = (key: string, text: string): boolean => {
    try {
      storage.setItem(key, text);
      return true;
    } catch {
      return false;
    }
  };
  const drop = (key: string): void => {
    try {
      storage.removeItem(key);
    } catch {
      // Nothing to do: the entry stays, and is read (or set aside) again next time.
    }
  };
  const allKeys = (): string[] => {
    const keys: string[] = [];
    try {
      for (let i = 0; i < storage.length; i++) {
        const key = storage.key(i);
        if (key !== null) keys.push(key);
      }
    } catch {
      // A storage that cannot be listed holds nothing we can show.
    }
    return keys;
  };

  const read = (key: string, id: string): Read => {
    const text = get(key);
    if (text === null) return { ok: false, missing: true };
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch {
      return { ok: false, missing: false, code: 'notJson', reason: 'the save is damaged (it is not complete JSON)', text };
    }
    const m = migrate(raw);
    if (!m.ok) return { ok: false, missing: false, code: m.code, reason: m.reason, text };
    if (m.record.id !== id) return { ok: false, missing: false, code: 'otherLesson', reason: `the save holds lesson "${m.record.id}", not "${id}"`, text };
    return { ok: true, record: m.record, text };
  };

  /** Move an entry aside under a fresh key of its own; false (and the entry left where it is) when that cannot be done. */
  const putAside = (key: string, text: string, code: SaveProblem, reason: string): boolean => {
    const base = `${ASIDE_PREFIX}${key.replace(/^.*?lesson\//, '')}`;
    let asideKey = base;
    for (let n = 2; get(asideKey) !== null; n++) asideKey = `${base}~${n}`;
    if (!set(asideKey, JSON.stringify({ code, reason, savedAt: now().toISOString(), from: key, text }))) return false;
    drop(key);
    return true;
  };

  /** A lesson by id, falling back to its previous save (and putting it back in place) when the current one is unreadable. */
  const open = (id: string): LoadResult => {
    const current = read(currentKey(id), id);
    if (current.ok) return { ok: true, record: current.record };
    if (!current.missing) putAside(currentKey(id), current.text, current.code, current.reason);
    const previous = read(previousKey(id), id);
    if (previous.ok) {
      set(currentKey(id), previous.text);
      const why = current.missing ? 'was missing' : `could not be read (${current.reason})`;
      return {
        ok: true,
        record: previous.record,
        warningCode: current.missing ? 'missing' : current.code,
        warning: `the latest save of this lesson ${why}; the save before it was opened, so the last change may be missing`,
      };
    }
    if (!previous.missing) putAside(previousKey(id), previous.text, previous.code, previous.reason);
    if (current.missing && previous.missing) return { ok: false, code: 'missing', reason: 'there is no saved lesson with this name' };
    const failed = current.missing ? (previous as { code: SaveProblem; reason: string }) : current;
    return { ok: false, code: failed.code, reason: failed.reason };
  };

  return {
    list() {
      const ids = new Set<string>();
      for (const key of allKeys()) {
        const k = readKey(key);
        if (k === undefined) continue;
        if ('other' in k) {
          const text = get(key);
          if (text !== null) putAside(key, text, 'unknownEntry', 'an unknown entry among the saved lessons');
        } else ids.add(k.id);
      }
      const summaries: SaveSummary[] = [];
      for (const id of ids) {
        const r = open(id);
        if (!r.ok) continue;
        const { title, updatedAt, progress, teams } = r.record;
        summaries.push({ id, title, updatedAt, phase: progress.phase, round: progress.round, teams: teams.length });
      }
      return summaries.sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : a.id < b.id ? -1 : 1));
    },

    load: open,

    save(record) {
      const check = parseLessonRecord(record);
      if (!check.ok) return { ok: false, code: 'invalid', reason: `the lesson was not saved, it is not valid: ${check.reason}` };
      const text = JSON.stringify(record);
      const current = read(currentKey(record.id), record.id);
      if (current.ok) {
        if (current.text === text) return { ok: true };
        if (!set(previousKey(record.id), current.text)) return { ok: false, code: 'refused', reason: REFUSED };
      } else if (!current.missing && !putAside(currentKey(record.id), current.text, current.code, current.reason)) {
        return { ok: false, code: 'refused', reason: `${REFUSED}; a damaged earlier save is in the way and there is no room to keep it aside` };
      }
      return set(currentKey(record.id), text) ? { ok: true } : { ok: false, code: 'refused', reason: REFUSED };
    },

    remove(id) {
      drop(currentKey(id));
      drop(previousKey(id));
    },

    setAside() {
      const entries: SetAsideEntry[] = [];
      for (const key of allKeys()) {
        if (!key.startsWith(ASIDE_PREFIX)) continue;
        const wrapper = asideWrapper(get(key));
        entries.push(
          wrapper
            ? { key, code: wrapper.code, reason: wrapper.reason, ...(wrapper.savedAt === undefined ? {} : { savedAt: wrapper.savedAt }) }
            : { key, code: 'unknownEntry', reason: 'an unreadable entry' },
        );
      }
      return entries.sort((a, b) => ((a.savedAt ?? '') < (b.savedAt ?? '') ? 1 : (a.savedAt ?? '') > (b.savedAt ?? '') ? -1 : 0));
    },

    setAsideText(key) {
      if (!key.startsWith(ASIDE_PREFIX)) return undefined;
      const text = get(key);
      if (text === null) return undefined;
      return asideWrapper(text)?.text ?? text;
    },

    discardSetAside(key) {
      if (key.startsWith(ASIDE_PREFIX)) drop(key);
    },
  };
}

function asideWrapper(text: string | null): { code: SaveProblem; reason: string; savedAt?: string; text: string } | undefined {
  if (text === null) return undefined;
  try {
    const w: unknown = JSON.parse(text);
    if (typeof w !== 'object' || w === null) return undefined;
    const { code, reason, savedAt, text: inner } = w as Record<string, unknown>;
    if (typeof reason !== 'string' || typeof inner !== 'string') return undefined;
    const known = SAVE_PROBLEMS.find((p) => p === code) ?? 'unknownEntry';
    return { code: known, reason, text: inner, ...(typeof savedAt === 'string' ? { savedAt } : {}) };
  } catch {
    return undefined;
  }
}
