/** Saved lessons: the browser store, lesson files, the migrations and the check of a record. */
export { createSaveStore, type SaveStore, type SaveSummary, type SetAsideEntry, type LoadResult, type StorageLike } from './store';
export { exportLessonFile, importLessonFile } from './file';
export { migrate } from './migrate';
export { parseLessonRecord, MAX_TEAMS, type RecordCheck } from './record-schema';
export { SAVE_PROBLEMS, type SaveProblem, type SaveFailure } from './problems';
