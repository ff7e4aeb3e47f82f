/**
 * A team at its own computer keeps its lesson too: the join code's settings and the kaizen
 * phases played so far are saved in the browser at every phase change and every change in
 * a kaizen phase, so a reload or a crash
 * on the pupil's computer loses no round — the team continues where it was (its plan code
 * included). One joined lesson per browser: joining another replaces it.
 */
import { z } from 'zod';
import { command, lessonSettings, MAX_LESSON_TEAMS, type Command, type LessonSettings } from '../../sim';
import type { StorageLike } from './saves';

export const JOINED_KEY = 'mini-process-factory/joined-lesson';

const joined = z.object({
  settings: lessonSettings,
  kaizen: z.array(z.array(command)).max(16),
  pending: z.array(command).max(200).optional(),
  team: z.number().int().min(0).max(MAX_LESSON_TEAMS - 1).optional(),
  playback: z
    .object({
      phase: z.enum(['round', 'results']),
      t: z.number().finite().min(0),
      speed: z.union([z.literal(1), z.literal(2), z.literal(4)]),
      paused: z.boolean(),
    })
    .strict()
    .optional(),
  savedAt: z.string(),
});

export interface JoinedLesson {
  settings: LessonSettings;
  kaizen: Command[][];
  /** the changes made so far in a kaizen phase not yet closed by a round (so a reload keeps them too) */
  pending?: Command[];
  /** the team the join code named (0 = team 1); absent for an old join code, which named none */
  team?: number;
  /**
   * The last round played was on the floor (at simulated second t, speed, paused) or its results
   * were shown when the page went: a reload goes back there instead of on to the next kaizen.
   */
  playback?: JoinedPlayback;
  /** ISO */
  savedAt: string;
}

export interface JoinedPlayback {
  phase: 'round' | 'results';
  t: number;
  speed: 1 | 2 | 4;
  paused: boolean;
}

export function saveJoined(storage: StorageLike, lesson: JoinedLesson): boolean {
  try {
    storage.setItem(JOINED_KEY, JSON.stringify(lesson));
    return true;
  } catch {
    return false;
  }
}

/** The joined lesson saved here, or undefined (none, or unreadable: then it is not offered). */
export function loadJoined(storage: StorageLike): JoinedLesson | undefined {
  try {
    const text = storage.getItem(JOINED_KEY);
    if (text === null) return undefined;
    const r = joined.safeParse(JSON.parse(text));
    return r.success ? (r.data as JoinedLesson) : undefined;
  } catch {
    return undefined;
  }
}

export function forgetJoined(storage: StorageLike): void {
  try {
    storage.removeItem(JOINED_KEY);
  } catch {
    /* nothing to forget */
  }
}
