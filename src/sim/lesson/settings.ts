/**
 * What one lesson fixes for the whole class: the level, one seed (so teams compare on the
 * same random numbers), the number of rounds and the kaizen budget per round. Pure.
 */
import { z } from 'zod';
import type { Level } from '../level/schema';

/** The largest seed a code can carry: seeds are 32-bit words in the RNG. */
export const MAX_SEED = 0xffffffff;
export const MAX_ROUNDS = 8;
export const MAX_BUDGET = 127;
/** The most teams a lesson has (a team's number goes in its join and plan codes). */
export const MAX_LESSON_TEAMS = 10;

export const lessonSettings = z
  .object({
    levelId: z.string().min(1),
    seed: z.number().int().min(0).max(MAX_SEED),
    rounds: z.number().int().min(1).max(MAX_ROUNDS),
    budgetPerRound: z.number().int().min(0).max(MAX_BUDGET),
  })
  .strict();

export interface LessonSettings {
  levelId: string;
  seed: number;
  rounds: number;
  budgetPerRound: number;
}

/** The level as the lesson plays it: the lesson's budget per round in place of the level's. */
export function lessonLevel(level: Level, settings: LessonSettings): Level {
  if (level.kaizen.budgetPerRound === settings.budgetPerRound) return level;
  return { ...level, kaizen: { ...level.kaizen, budgetPerRound: settings.budgetPerRound } };
}

/** Plain-language problems with the settings (empty when they can be played and put in a code). */
export function settingsProblems(settings: LessonSettings): string[] {
  const r = lessonSettings.safeParse(settings);
  if (r.success) return [];
  return r.error.issues.map((i) => `${i.path.join('.') || 'settings'}: ${i.message}`);
}
