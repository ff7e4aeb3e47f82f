/** Lesson mode's pure part: settings, replay of a team, join codes and plan codes. */
export { lessonSettings, lessonLevel, settingsProblems, MAX_SEED, MAX_ROUNDS, MAX_BUDGET, type LessonSettings } from './settings';
export { replayTeam, type ReplayResult } from './replay';
