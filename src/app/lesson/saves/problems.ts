/**
 * Why a saved lesson or a lesson file cannot be used, as a machine-readable code beside the
 * English `reason` (the detail): the UI words each code in the teacher's language.
 */
export type SaveProblem =
  /** not JSON, or cut short */
  | 'notJson'
  /** JSON, but not a lesson of this game (another format, another program's data) */
  | 'notLesson'
  /** a lesson without a usable format version */
  | 'noVersion'
  /** saved by a newer version of the game */
  | 'newerVersion'
  /** a lesson whose content fails the checks (a field missing or wrong, numbers that do not fit) */
  | 'damaged'
  /** a lesson whose level is not a playable level */
  | 'brokenLevel'
  /** a save that holds another lesson than its key says */
  | 'otherLesson'
  /** an entry among the saved lessons that is none of them */
  | 'unknownEntry'
  /** a file too large to be a lesson */
  | 'tooLarge'
  /** no saved lesson with this id */
  | 'missing'
  /** the browser refused to store (storage full or switched off) */
  | 'refused'
  /** the record given to save() is not valid (a bug in the caller) */
  | 'invalid';

export type SaveFailure = { ok: false; code: SaveProblem; reason: string };

export const SAVE_PROBLEMS: readonly SaveProblem[] = [
  'notJson',
  'notLesson',
  'noVersion',
  'newerVersion',
  'damaged',
  'brokenLevel',
  'otherLesson',
  'unknownEntry',
  'tooLarge',
  'missing',
  'refused',
  'invalid',
];
