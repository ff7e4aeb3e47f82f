/**
 * A new lesson's record from the teacher's setup: the level as shipped now (kept in the
 * record, so a resumed lesson replays identically after a game update), the teams, and the
 * progress at the briefing with its timer full.
 */
import type { Level } from '../../sim';
import { LESSON_FORMAT, LESSON_VERSION, PLAYBACK_AT_START, type LessonPhase, type LessonRecord, type TeamRecord } from './lesson-record';

export const MIN_ROUNDS = 3;
export const MAX_LESSON_ROUNDS = 5;
export const MAX_TEAMS = 10;

/** Timers a teacher starts from, in seconds (a 45-minute lesson of three rounds). */
export const DEFAULT_TIMERS: Record<LessonPhase, number> = { briefing: 180, round: 420, analysis: 300, kaizen: 300, debrief: 0 };

export interface LessonSetup {
  level: Level;
  title: string;
  seed: number;
  rounds: number;
  budgetPerRound: number;
  timers: Record<LessonPhase, number>;
  teams: { name: string; mode: TeamRecord['mode'] }[];
  lang: 'ru' | 'en';
}

/** What is wrong with a setup, as message keys for the setup form (empty: it can start). */
export function setupProblems(s: Omit<LessonSetup, 'level'>): ('teamsNone' | 'teamsTooMany' | 'teamNameEmpty' | 'teamNameTwice' | 'roundsRange' | 'budgetRange' | 'seedRange' | 'timerRange')[] {
  const out: ReturnType<typeof setupProblems> = [];
  if (s.teams.length === 0) out.push('teamsNone');
  if (s.teams.length > MAX_TEAMS) out.push('teamsTooMany');
  const names = s.teams.map((t) => t.name.trim());
  if (names.some((n) => n.length === 0)) out.push('teamNameEmpty');
  if (new Set(names.map((n) => n.toLocaleLowerCase())).size !== names.length) out.push('teamNameTwice');
  if (!Number.isInteger(s.rounds) || s.rounds < MIN_ROUNDS || s.rounds > MAX_LESSON_ROUNDS) out.push('roundsRange');
  if (!Number.isInteger(s.budgetPerRound) || s.budgetPerRound < 0 || s.budgetPerRound > 127) out.push('budgetRange');
  if (!Number.isInteger(s.seed) || s.seed < 0 || s.seed > 0xffffffff) out.push('seedRange');
  if (Object.values(s.timers).some((v) => !Number.isInteger(v) || v < 0 || v > 7200)) out.push('timerRange');
  return out;
}

export function createLessonRecord(setup: LessonSetup, id: string, now: string): LessonRecord {
  return {
    format: LESSON_FORMAT,
    version: LESSON_VERSION,
    id,
    title: setup.title,
    createdAt: now,
    updatedAt: now,
    settings: {
      levelId: setup.level.id,
      seed: setup.seed,
      rounds: setup.rounds,
      budgetPerRound: setup.budgetPerRound,
      lang: setup.lang,
      timers: { ...setup.timers },
    },
    level: structuredClone(setup.level),
    teams: setup.teams.map((t) => ({ name: t.name.trim(), mode: t.mode, kaizen: [] })),
    progress: { phase: 'briefing', round: 0, played: 0, activeTeam: 0, timerLeftMs: setup.timers.briefing * 1000, timerPaused: false, playback: { ...PLAYBACK_AT_START } },
  };
}

/** A lesson id that is unique on this computer (the wall clock and a random part). */
export function newLessonId(): string {
  const random = globalThis.crypto?.randomUUID?.() ?? Math.random().toString(36).slice(2);
  return `lesson-${Date.now().toString(36)}-${random.slice(0, 8)}`;
}
