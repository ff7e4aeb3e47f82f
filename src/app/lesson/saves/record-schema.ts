/**
 * The check of a saved lesson in the current layout (lesson-record.ts), run on every write and
 * every read: the shape (zod), then what the shape cannot say — the level must be a playable
 * level of the lesson's id, the team and round numbers must fit the lesson. Plain-language
 * reasons with the place of the problem; nothing throws.
 */
import { z } from 'zod';
import { command, lessonSettings, MAX_ROUNDS, parseLevel, type Level } from '../../../sim';
import { LESSON_FORMAT, LESSON_PHASES, LESSON_VERSION, type LessonRecord } from '../lesson-record';

export const MAX_TEAMS = 10;
/** A day: no lesson phase has a longer timer. */
const MAX_TIMER_SECONDS = 24 * 60 * 60;

const timers = z.object(
  Object.fromEntries(LESSON_PHASES.map((p) => [p, z.number().int().min(0).max(MAX_TIMER_SECONDS)])) as Record<
    (typeof LESSON_PHASES)[number],
    z.ZodNumber
  >,
).strict();

const lessonRecordShape = z
  .object({
    format: z.literal(LESSON_FORMAT),
    version: z.literal(LESSON_VERSION),
    id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'an id is 1–64 latin letters, digits, _ or -'),
    title: z.string().max(200),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
    settings: lessonSettings.extend({ lang: z.enum(['ru', 'en']), timers }).strict(),
    level: z.unknown(),
    teams: z
      .array(
        z
          .object({
            name: z.string().trim().min(1, 'a team needs a name').max(60),
            mode: z.enum(['projector', 'own-computer']),
            kaizen: z.array(z.array(command)),
          })
          .strict(),
      )
      .min(1, 'a lesson has at least one team')
      .max(MAX_TEAMS, `a lesson has at most ${MAX_TEAMS} teams`),
    progress: z
      .object({
        phase: z.enum(LESSON_PHASES),
        round: z.number().int().min(0).max(MAX_ROUNDS),
        played: z.number().int().min(0).max(MAX_ROUNDS),
        activeTeam: z.number().int().min(0),
        timerLeftMs: z.number().finite(),
        timerPaused: z.boolean(),
        playback: z
          .object({
            t: z.number().finite().min(0),
            speed: z.union([z.literal(1), z.literal(2), z.literal(4)]),
            paused: z.boolean(),
          })
          .strict(),
      })
      .strict(),
  })
  .strict();

export type RecordCheck = { ok: true; record: LessonRecord; level: Level } | { ok: false; code: 'damaged' | 'brokenLevel'; reason: string };

/** Check a lesson record of the current version. `level` is the record's level, parsed. */
export function parseLessonRecord(raw: unknown): RecordCheck {
  const shape = lessonRecordShape.safeParse(raw);
  if (!shape.success) {
    const issues = shape.error.issues.slice(0, 3).map((i) => `${placeOf(i.path)}: ${i.message}`);
    return { ok: false, code: 'damaged', reason: issues.join('; ') };
  }
  const record = shape.data as LessonRecord;
  const level = checkedLevel(record.level);
  if (!level.ok) {
    const first = level.issues[0];
    return { ok: false, code: 'brokenLevel', reason: `its level is broken${first ? ` (${first.path}: ${first.message})` : ''}` };
  }
  const problem = meaningProblem(record, level.level);
  return problem ? { ok: false, code: 'damaged', reason: problem } : { ok: true, record, level: level.level };
}

/**
 * The full check of a level tries every card on a copy and takes a good part of a second on a
 * weak PC; a lesson is saved after every card, always with the same level. The result depends
 * only on the level's JSON, so the last few are kept by their text.
 */
const levelChecks = new Map<string, ReturnType<typeof parseLevel>>();
const LEVEL_CHECKS_KEPT = 4;

function checkedLevel(raw: unknown): ReturnType<typeof parseLevel> {
  const text = JSON.stringify(raw) ?? 'undefined';
  const known = levelChecks.get(text);
  if (known) return known;
  const result = parseLevel(raw);
  if (levelChecks.size >= LEVEL_CHECKS_KEPT) levelChecks.delete(levelChecks.keys().next().value as string);
  levelChecks.set(text, result);
  return result;
}

function meaningProblem(r: LessonRecord, level: Level): string | undefined {
  const { rounds } = r.settings;
  if (level.id !== r.settings.levelId) return `its level is "${level.id}", but the lesson is set for "${r.settings.levelId}"`;
  if (r.progress.round > rounds) return `it is at round ${r.progress.round} of a lesson of ${rounds} rounds`;
  if (r.progress.played > rounds) return `it has ${r.progress.played} rounds played in a lesson of ${rounds}`;
  if (r.progress.activeTeam >= r.teams.length) return `its active team is number ${r.progress.activeTeam + 1}, but it has ${r.teams.length}`;
  const long = r.teams.find((t) => t.kaizen.length > rounds - 1);
  if (long) return `team "${long.name}" has ${long.kaizen.length} kaizen phases in a lesson of ${rounds} rounds`;
  return undefined;
}

function placeOf(path: readonly PropertyKey[]): string {
  if (path.length === 0) return 'the lesson';
  return path.reduce<string>((acc, p) => (typeof p === 'number' ? `${acc}[${p}]` : acc ? `${acc}.${String(p)}` : String(p)), '');
}
