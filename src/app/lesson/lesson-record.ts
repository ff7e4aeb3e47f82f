/**
 * What a saved lesson holds. Figures are not stored: they are re-derived by replaying each
 * team's kaizen plan (deterministic), so a save stays small and can never disagree with the game.
 * The layout is versioned; saves/migrate.ts upgrades older versions and saves/record-schema.ts checks it.
 */
import type { Command, LessonSettings } from '../../sim';

export const LESSON_FORMAT = 'mini-process-factory/lesson';
/** The current version of the layout below (history in saves/migrate.ts). */
export const LESSON_VERSION = 3;

export const LESSON_PHASES = ['briefing', 'round', 'analysis', 'kaizen', 'debrief'] as const;
export type LessonPhase = (typeof LESSON_PHASES)[number];

export interface TeamRecord {
  name: string;
  mode: 'projector' | 'own-computer';
  /** kaizen[i] = the commands kept in the i-th kaizen phase (after round i+1) */
  kaizen: Command[][];
}

export interface LessonRecordSettings extends LessonSettings {
  lang: 'ru' | 'en';
  /** seconds per phase; 0 = no timer */
  timers: Record<LessonPhase, number>;
}

export interface LessonRecord {
  format: typeof LESSON_FORMAT;
  version: number;
  id: string;
  title: string;
  /** ISO 8601 */
  createdAt: string;
  updatedAt: string;
  settings: LessonRecordSettings;
  /** the level JSON as played, so a resumed lesson replays identically even after a game update */
  level: unknown;
  teams: TeamRecord[];
  progress: LessonProgress;
}

export interface LessonProgress {
  phase: LessonPhase;
  /** the round being played, analysed or prepared for (kaizen k comes after round k); 0 in the briefing */
  round: number;
  /** rounds whose analysis has been shown: their figures are final (since version 2) */
  played: number;
  activeTeam: number;
  /** ms left in the phase; negative = overtime (since version 2) */
  timerLeftMs: number;
  timerPaused: boolean;
  /**
   * Where the team on show's round stood on the floor (since version 3), so a reload in a round
   * goes on from there: simulated seconds since the round's start (the round's length = its
   * results were shown), the playback speed and whether it was paused. At 0 outside a round.
   */
  playback: LessonPlayback;
}

export interface LessonPlayback {
  t: number;
  speed: 1 | 2 | 4;
  paused: boolean;
}

/** Where a round starts: its first second, at 1×, running. */
export const PLAYBACK_AT_START: LessonPlayback = { t: 0, speed: 1, paused: false };
