/** Lesson mode's pure part: settings, replay of a team, join codes and plan codes. */
export { lessonSettings, lessonLevel, settingsProblems, MAX_SEED, MAX_ROUNDS, MAX_BUDGET, MAX_LESSON_TEAMS, type LessonSettings } from './settings';
export { replayTeam, type ReplayResult } from './replay';
export { encodeJoinCode, decodeJoinCode, type JoinCodeRead } from './join-code';
export { encodePlanCode, decodePlanCode, type PlanCodeRead } from './plan-code';
export { normalizeCode, ALPHABET as CODE_ALPHABET, type CodeProblem, type CodeFailure } from './code-frame';
