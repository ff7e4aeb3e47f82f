/** The lesson's CSV (one row per team and round, as far as the lesson has come) and its file name. */
import { lessonCsv, teamCsvRows } from '../../app/lesson/export-csv';
import type { LessonController } from '../../app/lesson/lesson-controller';
import type { Lang } from '../i18n';
import { isoDay } from './dates';
import { safeFileName } from './storage';

export function lessonCsvText(lesson: LessonController, lang: Lang): string {
  const rows = lesson.record.teams.flatMap((team, i) => teamCsvRows(team.name, lesson.teamRounds(i).rounds, lesson.level, lang));
  return lessonCsv(rows, lang, lesson.level);
}

/** урок-<level>-<date>.csv (lesson-… in English). */
export function csvFileName(lesson: LessonController, lang: Lang = 'ru', now = new Date()): string {
  return safeFileName(`${lang === 'ru' ? 'урок' : 'lesson'}-${lesson.settings.levelId}-${isoDay(now)}.csv`);
}
