/**
 * The level format: the single definition of what a level file may contain.
 * The published JSON Schema (levels/level.schema.json) is generated from this file
 * (`npm run schema`), and a test keeps the two identical.
 */
import { z } from 'zod';

export const LEVEL_FORMAT_VERSION = 1;

const id = z
  .string()
  .regex(/^[a-z][a-z0-9-]*$/, 'an id is lower-case latin letters, digits and dashes, starting with a letter');

/** A text shown to players: Russian first, English second. */
export const text = z
  .object({ ru: z.string().min(1), en: z.string().min(1) })
  .strict()
  .describe('A text in Russian and English');

const seconds = z.number().finite().min(0).describe('seconds');
const tileCoord = z.number().int().min(0);

export const distribution = z
  .discriminatedUnion('type', [
    z.object({ type: z.literal('constant'), value: seconds }).strict(),
    z.object({ type: z.literal('uniform'), min: seconds, max: seconds }).strict(),
    z.object({ type: z.literal('triangular'), min: seconds, mode: seconds, max: seconds }).strict(),
    z.object({ type: z.literal('exponential'), mean: seconds }).strict(),
    z
      .object({
        type: z.literal('normal'),
        mean: seconds,
        sd: seconds,
        min: seconds.optional().describe('truncation: no draw below this'),
        max: seconds.optional().describe('truncation: no draw above this'),
      })
      .strict(),
    z
      .object({
        type: z.literal('lognormal'),
        median: z.number().finite().positive(),
        sigma: z.number().finite().min(0).describe('shape: standard deviation of the log'),
        max: seconds.optional(),
      })
      .strict(),
    z.object({ type: z.literal('empirical'), values: z.array(seconds).min(1) }).strict(),
  ])
  .describe('A distribution of durations in seconds');

/** Where every second of an entity's time is booked: value-adding or one of the eight wastes. */
export const WASTES = [
  'waiting',
  'motion',
  'transport',
  'inventory',
  'overprocessing',
  'overproduction',
  'defects',
  'unusedSkills',
] as const;
export const BUCKETS = ['value', ...WASTES] as const;
export const bucket = z.enum(BUCKETS);
export const waste = z.enum(WASTES);

/** A floor larger than this is not a school building, and would make every walk slow to plan. */
export const MAX_FLOOR_SIDE = 200;
/** Units of one arrival stream: a whole school many times over (the queueing test levels use 400,000). */
export const MAX_ARRIVALS = 1_000_000;

const tileRow = z.string().max(MAX_FLOOR_SIDE).regex(/^[.#DOc]+$/, 'a row uses only . # D O c');

export const floor = z
  .object({
    tileSize: z.number().positive().describe('metres per tile side'),
    walkSpeed: z.number().positive().describe('metres per second'),
    tiles: z
      .array(tileRow)
      .min(1)
      .max(MAX_FLOOR_SIDE)
      .describe('rows, top to bottom: . floor, # wall, D door, O obstacle, c clutter (walkable, slow)'),
    clutterSlowdown: z.number().min(1).default(3).describe('walking through clutter costs this many tiles'),
    rooms: z
      .array(
        z
          .object({
            id,
            name: text,
            x: tileCoord,
            y: tileCoord,
            w: z.number().int().positive(),
            h: z.number().int().positive(),
          })
          .strict(),
      )
      .default([]),
  })
  .strict();

export const spot = z.object({ id, name: text, x: tileCoord, y: tileCoord }).strict();

export const hours = z
  .object({
    period: z.number().positive().describe('the schedule repeats every this many seconds, e.g. 86400'),
    open: z
      .array(z.tuple([seconds, seconds]))
      .min(1)
      .describe('[from, to] windows in seconds since the start of each period'),
  })
  .strict();

export const batch = z
  .object({
    period: z.number().positive(),
    at: seconds.describe('offset in the period at which everything waiting is released to the servers'),
  })
  .strict();

export const station = z
  .object({
    id,
    name: text,
    x: tileCoord,
    y: tileCoord,
    servers: z.number().int().min(1).max(1000).describe('staff, or places for self-service stations'),
    staffed: z.boolean().default(true).describe('false for self-service places (sinks, seats)'),
    queueCapacity: z.number().int().min(0).optional().describe('WIP limit of the queue; the rest wait outside it'),
    hours: hours.optional(),
    batch: batch.optional(),
    disorder: z.number().min(0).max(1).default(0).describe('0 = in perfect order; scales the search time'),
    search: distribution.optional().describe('search time per service at disorder 1 (booked as motion)'),
  })
  .strict();

export const defect = z
  .object({
    id,
    probability: z
      .number()
      .min(0)
      .lt(1, 'must be below 1: a defect that always happens would send the entity round for ever'),
    outcome: z.enum(['revisit', 'rework']),
    backTo: id.optional().describe('rework: the step the entity goes back to'),
    away: distribution.optional().describe('revisit: time before the entity comes back'),
  })
  .strict();

export const step = z
  .object({
    id,
    name: text,
    station: id,
    duration: distribution,
    class: bucket.describe('value-adding, or the waste this step is'),
    endBy: seconds.optional().describe('the step ends by this time of the round at the latest (end of the break)'),
    electronic: z.boolean().default(false).describe('documents only: sent without being carried'),
    continues: z
      .boolean()
      .default(false)
      .describe('the step follows the previous one at the same station with the same server, without queueing again'),
    defects: z.array(defect).default([]),
  })
  .strict();

export const arrival = z.discriminatedUnion('type', [
  z
    .object({
      type: z.literal('poisson'),
      ratePerHour: z.number().positive(),
      start: seconds.default(0),
      count: z.number().int().positive().max(MAX_ARRIVALS),
    })
    .strict(),
  z
    .object({
      type: z.literal('waves'),
      waves: z
        .array(
          z
            .object({
              id,
              name: text.optional(),
              at: seconds,
              count: z.number().int().positive().max(MAX_ARRIVALS),
              spread: seconds.default(0).describe('arrivals spread evenly over this many seconds'),
            })
            .strict(),
        )
        .min(1),
    })
    .strict(),
  z.object({ type: z.literal('list'), times: z.array(seconds).min(1).max(MAX_ARRIVALS) }).strict(),
]);

export const boundary = z
  .object({
    from: z.union([z.literal('arrival'), id]).default('arrival').describe('"arrival", or the step whose start starts the clock'),
    to: z.union([z.literal('exit'), id]).default('exit').describe('"exit", or the step whose end stops the clock'),
    pauseDuring: z
      .array(id)
      .default([])
      .describe("steps that are the customer's own time, not the process's (eating): the clock stops while they last"),
  })
  .strict();

export const entity = z
  .object({
    id,
    kind: z.enum(['person', 'document']),
    name: text,
    enterAt: id.describe('a spot'),
    leaveAt: id.describe('a spot'),
    arrivals: arrival,
    route: z.array(step).min(1),
    leadTime: boundary.default({ from: 'arrival', to: 'exit', pauseDuring: [] }),
  })
  .strict();

export const valueMeasure = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('stepTimeAtLeast'),
      entity: id,
      step: id,
      seconds,
      name: text,
      target: z.number().min(0).max(1),
    })
    .strict(),
  z
    .object({ kind: z.literal('leadTimeAtMost'), entity: id, seconds, name: text, target: z.number().min(0).max(1) })
    .strict(),
  z
    .object({
      kind: z.literal('visitsAtMost'),
      entity: id,
      visits: z.number().int().positive(),
      name: text,
      target: z.number().min(0).max(1),
    })
    .strict(),
]);

const targetPath = z.string().min(1).describe('a path by ids, e.g. stations.cash.servers or entities.pupil.route.pay.duration');

export const effect = z.discriminatedUnion('op', [
  z.object({ op: z.literal('set'), target: targetPath, value: z.unknown() }).strict(),
  z
    .object({ op: z.literal('scale'), target: targetPath, factor: z.number().finite().min(0) })
    .strict()
    .describe('multiply a number, or every time of a distribution'),
  z.object({ op: z.literal('add'), target: targetPath, amount: z.number().finite() }).strict(),
  z.object({ op: z.literal('remove'), target: targetPath }).strict().describe('remove an element (a route step, a defect)'),
  z
    .object({ op: z.literal('insertAfter'), target: targetPath, value: z.record(z.string(), z.unknown()) })
    .strict()
    .describe('insert a new element after the one the target names'),
  z
    .object({
      op: z.literal('paint'),
      tile: z.enum(['.', '#', 'D', 'O', 'c']),
      x: tileCoord,
      y: tileCoord,
      w: z.number().int().positive().default(1),
      h: z.number().int().positive().default(1),
    })
    .strict()
    .describe('repaint a rectangle of floor tiles'),
]);

export const TOOLS = [
  '5s-sort',
  '5s-set-in-order',
  '5s-shine',
  '5s-standardize',
  '5s-sustain',
  'visual',
  'routing',
  'levelling',
] as const;

export const card = z
  .object({
    id,
    tool: z.enum(TOOLS),
    name: text,
    why: text.describe('one line: what it changes and why'),
    cost: z.number().int().min(0),
    targets: z.array(waste).min(1).describe('the wastes it acts on'),
    requires: z.array(id).default([]),
    trap: z.boolean().default(false),
    effects: z.array(effect).describe('empty only for the card that stops the 5S decay (Sustain)'),
  })
  .strict();

export const kaizen = z
  .object({
    budgetPerRound: z
      .number()
      .int()
      .min(0)
      .optional()
      .describe('points to spend on cards before each new round; unspent points carry over. No limit when absent'),
    decay: z
      .object({
        disorderPerRound: z.number().min(0).max(1).describe('how much disorder creeps back at every station after each round'),
        stoppedBy: id.describe('the card (5S step 5, Sustain) that stops the decay while in force'),
      })
      .strict()
      .optional()
      .describe('5S gains fade round by round unless Sustain is in place'),
  })
  .strict();

export const level = z
  .object({
    $schema: z.string().optional(),
    version: z.literal(LEVEL_FORMAT_VERSION),
    id,
    title: text,
    briefing: text,
    clockStart: seconds.default(0).describe('time of day at round start, in seconds after midnight'),
    maxTime: z.number().positive().describe('the round stops here even if entities are still inside'),
    floor,
    spots: z.array(spot).min(1),
    stations: z.array(station).min(1),
    entities: z.array(entity).min(1),
    valueMeasure,
    cards: z.array(card).default([]),
    kaizen: kaizen.default({}),
  })
  .strict();

export type Text = z.infer<typeof text>;
export type Distribution = z.infer<typeof distribution>;
export type Bucket = z.infer<typeof bucket>;
export type Waste = z.infer<typeof waste>;
export type Floor = z.infer<typeof floor>;
export type Station = z.infer<typeof station>;
export type Step = z.infer<typeof step>;
export type Defect = z.infer<typeof defect>;
export type Arrival = z.infer<typeof arrival>;
export type EntityType = z.infer<typeof entity>;
export type ValueMeasure = z.infer<typeof valueMeasure>;
export type Effect = z.infer<typeof effect>;
export type Card = z.infer<typeof card>;
export type Kaizen = z.infer<typeof kaizen>;
export type Level = z.infer<typeof level>;
/** A level as written in a file, before defaults are filled in. */
export type LevelInput = z.input<typeof level>;
