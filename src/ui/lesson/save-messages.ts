/** Why a saved lesson or a lesson file cannot be used, in the teacher's language (the store gives a code and English detail). */
import type { SaveProblem } from '../../app/lesson/saves';
import { tr, type Lang, type MessageKey } from '../i18n';

export interface Problem {
  code?: SaveProblem;
  reason: string;
}

export function saveProblemText(lang: Lang, p: Problem): string {
  if (!p.code) return p.reason;
  return tr(lang, `lessonSave_${p.code}` as MessageKey, { detail: p.reason });
}

/** The latest save could not be used and the one before it was opened. */
export function fallbackText(lang: Lang, code: SaveProblem | undefined, detail: string): string {
  return tr(lang, 'lessonSaveFallback', { why: code ? saveProblemText(lang, { code, reason: detail }) : detail });
}
