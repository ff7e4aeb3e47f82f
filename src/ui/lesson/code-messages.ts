/** Why a join or plan code was refused, in the reader's language (the core gives a machine-readable code). */
import type { CodeProblem } from '../../sim/lesson';
import { tr, type Lang, type MessageKey } from '../i18n';

const KEYS: Record<CodeProblem, MessageKey> = {
  empty: 'lessonCode_empty',
  badCharacter: 'lessonCode_badCharacter',
  tooShort: 'lessonCode_tooShort',
  tooLong: 'lessonCode_tooLong',
  typo: 'lessonCode_typo',
  wrongKind: 'lessonCode_wrongKind',
  newerVersion: 'lessonCode_newerVersion',
  otherLesson: 'lessonCode_otherLesson',
  unknownLevel: 'lessonCode_unknownLevel',
  invalidPlan: 'lessonCode_invalidPlan',
};

/** `detail` is the core's own English words, kept for the cases where they say which card or phase. */
export function codeProblemText(lang: Lang, code: CodeProblem, detail: string): string {
  return tr(lang, KEYS[code] ?? 'lessonCode_typo', { detail });
}
