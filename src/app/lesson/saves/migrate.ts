/**
 * Reading a saved lesson of any version this game has written, as a record of the current one.
 *
 * Version history of the lesson layout:
 * - 1: the first layout (settings, level, teams with their kaizen phases, progress without `played`;
 *   the phase timer could not run past zero).
 * - 2: `progress.played` — the rounds whose analysis has been shown, so BACK never undoes a played
 *   round's figures after a reload; `progress.timerLeftMs` may be negative (overtime).
 * - 3: `progress.playback` — where the round on the floor stood (simulated time, speed, paused), so
 *   a reload mid-round goes on from there; an older save starts its round from the beginning.
 *
 * Each step takes the raw JSON of one version to the next; only the last result is checked by
 * the schema. A save of a newer game, or not a lesson at all, is refused in plain words.
 */
import { LESSON_FORMAT, LESSON_VERSION, PLAYBACK_AT_START, type LessonRecord } from '../lesson-record';
import { parseLessonRecord } from './record-schema';
import type { SaveFailure } from './problems';

type Raw = Record<string, unknown>;

const isObject = (v: unknown): v is Raw => typeof v === 'object' && v !== null && !Array.isArray(v);

/** MIGRATIONS[v] turns a record of version v into one of version v + 1. */
const MIGRATIONS: Record<number, (raw: Raw) => Raw> = {
  1: (raw) => {
    const progress = raw.progress;
    if (!isObject(progress)) return { ...raw, version: 2 };
    // Version 1 did not record which analyses had been shown: the phase says it. In a round,
    // that round is not final yet; from its analysis on, it is.
    const round = typeof progress.round === 'number' ? progress.round : 0;
    const shown = progress.phase === 'analysis' || progress.phase === 'kaizen' || progress.phase === 'debrief';
    return { ...raw, version: 2, progress: { ...progress, played: shown ? round : Math.max(0, round - 1) } };
  },
  2: (raw) => {
    const progress = raw.progress;
    if (!isObject(progress)) return { ...raw, version: 3 };
    // Version 2 did not keep the round's playback: its round starts again from the beginning, as it did then.
    return { ...raw, version: 3, progress: { ...progress, playback: { ...PLAYBACK_AT_START } } };
  },
};

export function migrate(raw: unknown): { ok: true; record: LessonRecord } | SaveFailure {
  if (!isObject(raw)) return { ok: false, code: 'notLesson', reason: 'this is not a saved lesson' };
  if (raw.format !== LESSON_FORMAT) return { ok: false, code: 'notLesson', reason: 'this is not a lesson of Mini Process Factory' };
  const version = raw.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, code: 'noVersion', reason: 'the saved lesson has no valid format version' };
  }
  if (version > LESSON_VERSION) {
    return {
      ok: false,
      code: 'newerVersion',
      reason: `this lesson was saved by a newer version of the game (format ${version}; this game reads up to ${LESSON_VERSION}): update the game to open it`,
    };
  }
  let current: Raw = raw;
  for (let v = version; v < LESSON_VERSION; v++) {
    const step = MIGRATIONS[v];
    if (!step) return { ok: false, code: 'noVersion', reason: `there is no way to read format ${v} (this is a bug in the game)` };
    current = step(current);
  }
  const checked = parseLessonRecord(current);
  if (!checked.ok) return { ok: false, code: checked.code, reason: `the saved lesson is damaged: ${checked.reason}` };
  return { ok: true, record: checked.record };
}
