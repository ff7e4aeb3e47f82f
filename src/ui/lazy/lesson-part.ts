/** Lesson mode's screens and controller, fetched when #lesson, #lesson/<id> or #join is first opened. */
export { LessonController } from '../../app/lesson/lesson-controller';
export { createSaveStore } from '../../app/lesson/saves';
export { mountJoin } from '../lesson/join-screen';
export { mountLesson } from '../lesson/lesson-app';
export { mountSetup } from '../lesson/setup-screen';
export { fallbackText } from '../lesson/save-messages';
