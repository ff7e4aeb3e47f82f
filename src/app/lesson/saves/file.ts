/**
 * A lesson as a file: to carry it to another computer or keep it after the browser's storage
 * is cleared. The file is the record itself (it names its format and version), pretty-printed.
 */
import type { LessonRecord } from '../lesson-record';
import { migrate } from './migrate';
import type { SaveFailure } from './problems';

/** Larger than any lesson of ten teams; a bigger file is not a lesson and is not parsed. */
const MAX_FILE_CHARS = 5_000_000;

export function exportLessonFile(record: LessonRecord): string {
  return `${JSON.stringify(record, null, 2)}\n`;
}

export function importLessonFile(text: string): { ok: true; record: LessonRecord } | SaveFailure {
  if (text.length > MAX_FILE_CHARS) return { ok: false, code: 'tooLarge', reason: 'the file is far too large to be a lesson' };
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, code: 'notJson', reason: 'this file is not a lesson file (it is not JSON, or it is cut short)' };
  }
  return migrate(raw);
}
