/**
 * The engine's features, each on a tiny level built here, with constant durations so that
 * every time can be worked out by hand. Floors are one corridor row, one metre per tile and
 * one metre per second unless a test says otherwise, so metres and seconds are the same numbers.
 */
import { describe, expect, it } from 'vitest';
import { BUCKETS, parseLevel, simulateRound, type Bucket, type Level, type RoundMetrics, type RunState } from '../../../src/sim';
import { leadTimeOf, type Entity } from '../../../src/sim/engine/entity';

const t = (en: string) => ({ ru: en, en });
type Raw = Record<string, unknown>;

/** A staffed station with one server on the corridor row, at tile x. */
function station(id: string, x: number, extra: Raw = {}): Raw {
  return { id, name: t(id), x, y: 1, servers: 1, ...extra };
}

/** A value-adding step of constant duration. */
function step(id: string, at: string, seconds: number, extra: Raw = {}): Raw {
  return { id, name: t(id), station: at, duration: { type: 'constant', value: seconds }, class: 'value', ...extra };
}

/** A person entering and leaving at the door, arriving at the listed times. */
function unit(route: Raw[], times: number[] = [0], extra: Raw = {}): Raw {
  return {
    id: 'unit',
    kind: 'person',
    name: t('unit'),
    enterAt: 'door',
    leaveAt: 'door',
    arrivals: { type: 'list', times },
    route,
    ...extra,
  };
}

interface Spec {
  stations: Raw[];
  entities: Raw[];
  spots?: Raw[];
  tiles?: string[];
  tileSize?: number;
  walkSpeed?: number;
  clockStart?: number;
  maxTime?: number;
  valueMeasure?: Raw;
}

/** A corridor of ten floor tiles, x = 1..10 on row y = 1. */
const CORRIDOR = ['############', '#..........#', '############'];

/** A checked level: the spec filled in with plain defaults and passed through parseLevel. */
function makeLevel(spec: Spec): Level {
  const raw = {
    version: 1,
    id: 'test',
    title: t('test'),
    briefing: t('test'),
    clockStart: spec.clockStart ?? 0,
    maxTime: spec.maxTime ?? 1_000_000,
    floor: { tileSize: spec.tileSize ?? 1, walkSpeed: spec.walkSpeed ?? 1, tiles: spec.tiles ?? CORRIDOR },
    spots: spec.spots ?? [{ id: 'door', name: t('door'), x: 1, y: 1 }],
    stations: spec.stations,
    entities: spec.entities,
    valueMeasure: spec.valueMeasure ?? {
      kind: 'leadTimeAtMost',
      entity: (spec.entities[0] as { id: string }).id,
      seconds: 1e9,
      name: t('all'),
      target: 0,
    },
  };
  const r = parseLevel(raw);
  if (!r.ok) throw new Error(`test level rejected: ${JSON.stringify(r.issues)}`);
  return r.level;
}

function play(level: Level, seed = 1, trace = false): { run: RunState; metrics: RoundMetrics; units: Entity[] } {
  const { run, metrics } = simulateRound(level, seed, trace);
  return { run, metrics, units: run.entities };
}

/** A unit's ledger as { bucket: seconds }, leaving out empty buckets. */
function ledgerOf(e: Entity): Partial<Record<Bucket, number>> {
  const out: Partial<Record<Bucket, number>> = {};
  BUCKETS.forEach((b, i) => {
    const s = e.ledger[i] as number;
    if (s !== 0) out[b] = s;
  });
  return out;
}

const leadOf = (e: Entity): number => leadTimeOf(e);
const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);
const ledgerTotal = (e: Entity): number => sum(e.ledger);

// ---------------------------------------------------------------------------------------------

describe('a person walking from the door to a desk 4 tiles away and back (1.5 m tiles, 2 m/s)', () => {
  const level = makeLevel({
    tileSize: 1.5,
    walkSpeed: 2,
    stations: [station('desk', 5)],
    entities: [unit([step('serve', 'desk', 10)])],
  });
  const { units, metrics, run } = play(level, 1, true);
  const [u] = units as [Entity];

  it('takes metres / walkSpeed each way: 6 m in 3 s', () => {
    expect(run.moves).toEqual([
      { entity: 0, from: 1, to: 0, start: 0, end: 3 },
      { entity: 0, from: 0, to: 1, start: 13, end: 16 },
    ]);
    expect(leadOf(u)).toBe(16);
  });

  it('records the 12 metres walked', () => {
    expect(u.metres).toBe(12);
    expect(metrics.metresPerEntity).toBe(12);
  });

  it('books the walking as motion and the service as value', () => {
    expect(ledgerOf(u)).toEqual({ motion: 6, value: 10 });
    expect(metrics.waste.motion).toBeCloseTo(6 / 60, 12);
  });
});

describe('a document carried from the door to a desk and back', () => {
  const level = makeLevel({
    tileSize: 1.5,
    walkSpeed: 2,
    stations: [station('desk', 5)],
    entities: [unit([step('sign', 'desk', 10)], [0], { kind: 'document' })],
  });
  const [u] = play(level).units as [Entity];

  it('books the carrying as transport, with the metres recorded', () => {
    expect(ledgerOf(u)).toEqual({ transport: 6, value: 10 });
    expect(u.metres).toBe(12);
  });
});

describe('a document handed from desk A to desk B 6 tiles away', () => {
  // It comes in at A and leaves at B (spots on the desks' tiles), so only the hand-over moves it.
  const build = (electronic: boolean) =>
    makeLevel({
      spots: [
        { id: 'in', name: t('in'), x: 2, y: 1 },
        { id: 'out', name: t('out'), x: 8, y: 1 },
      ],
      stations: [station('a', 2), station('b', 8)],
      entities: [
        unit([step('write', 'a', 10), step('approve', 'b', 20, { electronic })], [0], {
          kind: 'document',
          enterAt: 'in',
          leaveAt: 'out',
        }),
      ],
    });

  it('on paper is carried: 6 metres, 6 s of transport', () => {
    const [u] = play(build(false)).units as [Entity];
    expect(u.metres).toBe(6);
    expect(ledgerOf(u)).toEqual({ value: 30, transport: 6 });
    expect(leadOf(u)).toBe(36);
  });

  it('sent electronically adds no metres and no transport', () => {
    const { units, metrics } = play(build(true));
    const [u] = units as [Entity];
    expect(u.metres).toBe(0);
    expect(ledgerOf(u)).toEqual({ value: 30 });
    expect(leadOf(u)).toBe(30);
    expect(metrics.waste.transport).toBe(0);
  });
});

describe('two units arriving together at a one-server desk (10 s each)', () => {
  // The door is on the desk's tile: no walking.
  const build = (kind: 'person' | 'document') =>
    makeLevel({ stations: [station('desk', 1)], entities: [unit([step('serve', 'desk', 10)], [0, 0], { kind })] });

  it('makes the second person wait 10 s, booked as waiting', () => {
    const { units, metrics } = play(build('person'));
    expect(units.map(ledgerOf)).toEqual([{ value: 10 }, { waiting: 10, value: 10 }]);
    expect(metrics.waste.waiting).toBeCloseTo(10 / 60, 12);
    expect(metrics.stations[0]).toMatchObject({ served: 2, meanWaitSeconds: 5, maxQueue: 1 });
  });

  it('makes the second document wait 10 s, booked as inventory', () => {
    const { units, metrics } = play(build('document'));
    expect(units.map(ledgerOf)).toEqual([{ value: 10 }, { inventory: 10, value: 10 }]);
    expect(metrics.waste.inventory).toBeCloseTo(10 / 60, 12);
    expect(metrics.waste.waiting).toBe(0);
  });
});

describe('a desk open 09:00–12:00 in a round that starts at 08:30', () => {
  const level = makeLevel({
    clockStart: 8.5 * 3600,
    stations: [station('desk', 1, { hours: { period: 86400, open: [[9 * 3600, 12 * 3600]] } })],
    entities: [unit([step('serve', 'desk', 10)], [0])],
  });
  const { units, metrics } = play(level);
  const [u] = units as [Entity];

  it('makes a unit arriving at round time 0 wait exactly 1800 s', () => {
    expect(ledgerOf(u)).toEqual({ waiting: 1800, value: 10 });
    expect(leadOf(u)).toBe(1810);
    expect(metrics.stations[0]?.meanWaitSeconds).toBe(1800);
  });

  it('counts the staff time only while the desk is open', () => {
    expect(metrics.stations[0]).toMatchObject({ utilisation: 1, idleMinutes: 0, valueWorkMinutes: 10 / 60 });
  });
});

describe('a desk open the first 50 s of every 100 s', () => {
  const level = makeLevel({
    stations: [station('desk', 1, { hours: { period: 100, open: [[0, 50]] } })],
    entities: [unit([step('serve', 'desk', 10)], [45, 60])],
  });
  const [early, late] = play(level).units as [Entity, Entity];

  it('finishes work begun before closing time after it', () => {
    expect(ledgerOf(early)).toEqual({ value: 10 });
    expect(early.leadEnd).toBe(55);
  });

  it('keeps a unit arriving after closing waiting until it opens again', () => {
    expect(ledgerOf(late)).toEqual({ waiting: 40, value: 10 });
    expect(late.leadEnd).toBe(110);
  });
});

describe('a desk open 5 s in every 1000 s whose clerk starts a 100 s service just before closing', () => {
  it('reports a utilisation of at most 1 (here exactly 1: the clerk never idles)', () => {
    const { metrics } = play(
      makeLevel({
        stations: [station('desk', 1, { hours: { period: 1000, open: [[0, 5]] } })],
        entities: [unit([step('serve', 'desk', 100)], [0])],
      }),
    );
    expect(metrics.stations[0]?.idleMinutes).toBe(0);
    expect(metrics.stations[0]?.utilisation).toBe(1);
  });
});

describe('a desk whose opening windows overlap: [0, 100] and [50, 150] of every 1000 s', () => {
  const level = makeLevel({
    stations: [
      station('desk', 1, {
        hours: {
          period: 1000,
          open: [
            [0, 100],
            [50, 150],
          ],
        },
      }),
    ],
    entities: [unit([step('serve', 'desk', 10)], [120])],
  });

  it('is open until 150, so a unit arriving at 120 is served at once', () => {
    const [u] = play(level).units as [Entity];
    expect(ledgerOf(u)).toEqual({ value: 10 });
    expect(u.leadEnd).toBe(130);
  });
});

describe('a desk open all day in two back-to-back windows listed late one first: [100, 200] and [0, 100] of every 200 s', () => {
  const level = makeLevel({
    stations: [
      station('desk', 1, {
        hours: {
          period: 200,
          open: [
            [100, 200],
            [0, 100],
          ],
        },
      }),
    ],
    entities: [unit([step('serve', 'desk', 10)], [150])],
  });

  it('never closes, so a unit arriving at 150 is served at once', () => {
    const [u] = play(level).units as [Entity];
    expect(ledgerOf(u)).toEqual({ value: 10 });
    expect(u.leadEnd).toBe(160);
  });
});

describe('a director signing once a day at 01:00 (batch: period 86400, at 3600)', () => {
  const level = makeLevel({
    maxTime: 200_000,
    stations: [station('director', 1, { batch: { period: 86400, at: 3600 } })],
    entities: [unit([step('sign', 'director', 10)], [0, 1000, 4000], { kind: 'document' })],
  });
  const { units, metrics } = play(level);
  const [first, second, late] = units as [Entity, Entity, Entity];

  it('serves what was waiting at the release, one after another', () => {
    expect(ledgerOf(first)).toEqual({ inventory: 3600, value: 10 });
    expect(ledgerOf(second)).toEqual({ inventory: 2610, value: 10 });
  });

  it('leaves what arrived after the release until the next day, though the server is free', () => {
    expect(ledgerOf(late)).toEqual({ inventory: 86000, value: 10 });
    expect(late.leadEnd).toBe(86400 + 3600 + 10);
    expect(metrics.completed).toBe(3);
  });
});

describe('a rework defect at step b sending the unit back to step a (probability 0.5)', () => {
  // door at x 1, A at x 2, B at x 5; a takes 10 s, b 20 s; units arrive 10,000 s apart, so never meet.
  const N = 40;
  const level = makeLevel({
    stations: [station('a', 2), station('b', 5)],
    entities: [
      unit(
        [
          step('a', 'a', 10),
          step('b', 'b', 20, { defects: [{ id: 'wrong', probability: 0.5, outcome: 'rework', backTo: 'a' }] }),
        ],
        Array.from({ length: N }, (_, i) => i * 10_000),
      ),
    ],
  });
  const { units, metrics } = play(level, 7);
  const defects = units.map((e) => e.defects);

  it('happens to some units and not others with this seed', () => {
    expect(defects.filter((k) => k === 0).length).toBeGreaterThan(5);
    expect(defects.filter((k) => k === 1).length).toBeGreaterThan(5);
    expect(defects.filter((k) => k >= 2).length).toBeGreaterThan(0);
  });

  it('books every repeated walk and step as defects: 36 s per rework, the first pass as usual', () => {
    // First pass: walk 1 + a 10 + walk 3 + b 20; each rework: walk 3 + a 10 + walk 3 + b 20; out: walk 4.
    for (const e of units) {
      const k = e.defects;
      const want: Partial<Record<Bucket, number>> = { motion: 8, value: 30 };
      if (k > 0) want.defects = 36 * k;
      expect(ledgerOf(e)).toEqual(want);
      expect(leadOf(e)).toBe(38 + 36 * k);
      expect(e.metres).toBe(8 + 6 * k);
      expect(e.ctx.visits).toBe(1);
    }
  });

  it('gives the share of units without a defect as the first-pass yield', () => {
    expect(metrics.firstPassYield).toBe(defects.filter((k) => k === 0).length / N);
    expect(metrics.waste.defects).toBeCloseTo((36 * sum(defects)) / 60, 9);
  });
});

describe('a revisit defect: a family sent home from the desk with probability 0.5, away 300 s', () => {
  // door at x 1, desk at x 4 (3 s walk); the check takes 60 s.
  const N = 40;
  const build = (visits: number) =>
    makeLevel({
      stations: [station('desk', 4)],
      entities: [
        unit(
          [
            step('check', 'desk', 60, {
              defects: [{ id: 'missing-paper', probability: 0.5, outcome: 'revisit', away: { type: 'constant', value: 300 } }],
            }),
          ],
          Array.from({ length: N }, (_, i) => i * 10_000),
          { id: 'family' },
        ),
      ],
      valueMeasure: { kind: 'visitsAtMost', entity: 'family', visits, name: t('visits'), target: 0.5 },
    });
  const { units, metrics } = play(build(1), 3);
  const visits = units.map((e) => e.ctx.visits);

  it('sends some families home once or more with this seed', () => {
    expect(visits.filter((v) => v === 1).length).toBeGreaterThan(5);
    expect(visits.filter((v) => v === 2).length).toBeGreaterThan(5);
  });

  it('counts one more visit per time sent home, and books the time away, the walk back and the repeat as defects', () => {
    for (const e of units) {
      const k = e.defects;
      expect(e.ctx.visits).toBe(1 + k);
      const want: Partial<Record<Bucket, number>> = { motion: 6, value: 60 };
      if (k > 0) want.defects = (300 + 3 + 60) * k;
      expect(ledgerOf(e)).toEqual(want);
      expect(leadOf(e)).toBe(66 + 363 * k);
    }
  });

  it('gives visitsAtMost the share of families with at most that many visits', () => {
    expect(metrics.valueMeasure.value).toBe(visits.filter((v) => v <= 1).length / N);
    expect(play(build(2), 3).metrics.valueMeasure.value).toBe(visits.filter((v) => v <= 2).length / N);
    expect(metrics.valueMeasure.met).toBe(metrics.valueMeasure.value >= 0.5);
  });
});

describe('a rework defect at step a when the lead time starts only at step b', () => {
  it('stays outside the lead time: whatever the defects, only the walk to b, b and the walk out are booked', () => {
    const level = makeLevel({
      stations: [station('a', 2), station('b', 5)],
      entities: [
        unit(
          [
            step('a', 'a', 10, { defects: [{ id: 'redo', probability: 0.5, outcome: 'rework', backTo: 'a' }] }),
            step('b', 'b', 20),
          ],
          Array.from({ length: 20 }, (_, i) => i * 10_000),
          { leadTime: { from: 'b', to: 'exit' } },
        ),
      ],
    });
    for (const e of play(level, 5).units) {
      expect(ledgerOf(e)).toEqual({ motion: 7, value: 20 });
      expect(leadOf(e)).toBe(27);
    }
  });
});

describe('two steps at one desk where the second continues with the same server (order 10 s, then pay 5 s)', () => {
  const build = (continues: boolean) =>
    makeLevel({
      stations: [station('desk', 1)],
      entities: [
        unit([step('order', 'desk', 10), step('pay', 'desk', 5, { continues, class: 'overprocessing' })], [0, 5]),
      ],
    });

  it('keeps the server: a customer arriving meanwhile cannot slip in between', () => {
    const { units, metrics } = play(build(true));
    const [first, second] = units as [Entity, Entity];
    expect(ledgerOf(first)).toEqual({ value: 10, overprocessing: 5 });
    expect(leadOf(first)).toBe(15);
    expect(ledgerOf(second)).toEqual({ waiting: 10, value: 10, overprocessing: 5 });
    expect(leadOf(second)).toBe(25);
    expect(metrics.stations[0]).toMatchObject({ served: 2, valueWorkMinutes: 20 / 60, nonValueWorkMinutes: 10 / 60 });
  });

  it('without continues, the first customer queues again behind the second', () => {
    const [first, second] = play(build(false)).units as [Entity, Entity];
    expect(ledgerOf(first)).toEqual({ value: 10, waiting: 10, overprocessing: 5 });
    expect(leadOf(first)).toBe(25);
    // The second orders 10–20 in between, then queues again behind the first's payment (20–25).
    expect(ledgerOf(second)).toEqual({ waiting: 5 + 5, value: 10, overprocessing: 5 });
    expect(second.leadEnd).toBe(30);
  });
});

describe('a meal of 300 s that must end by round time 500 (endBy)', () => {
  const build = (seconds: number, target: number) =>
    makeLevel({
      stations: [station('tables', 1, { servers: 10, staffed: false })],
      entities: [unit([step('eat', 'tables', 300, { endBy: 500 })], [0, 100, 300, 600], { id: 'pupil' })],
      valueMeasure: { kind: 'stepTimeAtLeast', entity: 'pupil', step: 'eat', seconds, name: t('eat'), target },
    });
  const { units, metrics } = play(build(250, 0.9));

  it('is cut short at 500 for a unit that starts at 300, and takes no time for one that starts after 500', () => {
    expect(units.map(ledgerOf)).toEqual([{ value: 300 }, { value: 300 }, { value: 200 }, {}]);
    expect(units.map((e) => e.leadEnd)).toEqual([300, 400, 500, 600]);
    expect(units.map((e) => e.measuredStep)).toEqual([300, 300, 200, 0]);
  });

  it('gives stepTimeAtLeast the share that got at least that long', () => {
    expect(metrics.valueMeasure).toEqual({ value: 0.5, target: 0.9, met: false });
    expect(play(build(200, 0.75)).metrics.valueMeasure).toEqual({ value: 0.75, target: 0.75, met: true });
    expect(play(build(300, 0.5)).metrics.valueMeasure).toEqual({ value: 0.5, target: 0.5, met: true });
  });
});

describe('a desk in disorder 0.5 with a search of 8 s at disorder 1', () => {
  const build = (disorder: number) =>
    makeLevel({
      stations: [station('desk', 1, { disorder, search: { type: 'constant', value: 8 } })],
      entities: [unit([step('serve', 'desk', 10)], [0, 0])],
    });

  it('adds 4 s of search to each service, booked as motion, holding the server', () => {
    const { units, metrics } = play(build(0.5));
    expect(units.map(ledgerOf)).toEqual([
      { motion: 4, value: 10 },
      { waiting: 14, motion: 4, value: 10 },
    ]);
    expect(metrics.stations[0]).toMatchObject({ valueWorkMinutes: 20 / 60, nonValueWorkMinutes: 8 / 60, utilisation: 1 });
  });

  it('adds nothing when the desk is in perfect order', () => {
    expect(play(build(0)).units.map(ledgerOf)).toEqual([{ value: 10 }, { waiting: 10, value: 10 }]);
  });
});

describe('a lead time measured between steps (door x 1, A x 2, B x 5, C x 8; a 10 s, b 20 s, c 5 s)', () => {
  const build = (leadTime: Raw) =>
    makeLevel({
      stations: [station('a', 2), station('b', 5), station('c', 8)],
      entities: [unit([step('a', 'a', 10), step('b', 'b', 20), step('c', 'c', 5)], [0], { leadTime })],
    });

  it('from arrival to exit covers everything: 49 s', () => {
    const [u] = play(build({ from: 'arrival', to: 'exit' })).units as [Entity];
    expect(ledgerOf(u)).toEqual({ motion: 7 + 7, value: 35 });
    expect(leadOf(u)).toBe(49);
  });

  it('from step b starts the clock when the unit sets off for b, and the ledger adds up to the lead time', () => {
    const { units, metrics } = play(build({ from: 'b', to: 'exit' }));
    const [u] = units as [Entity];
    expect(u.leadStart).toBe(11);
    expect(ledgerOf(u)).toEqual({ motion: 3 + 3 + 7, value: 25 });
    expect(leadOf(u)).toBe(38);
    expect(metrics.leadTime.mean).toBe(38);
  });

  it('to step b stops the clock at the end of b', () => {
    const { units, metrics, run } = play(build({ from: 'arrival', to: 'b' }));
    const [u] = units as [Entity];
    expect(u.leadEnd).toBe(34);
    expect(ledgerOf(u)).toEqual({ motion: 4, value: 30 });
    expect(metrics.leadTime.mean).toBe(34);
    expect(metrics.completed).toBe(1);
    expect(run.wip).toBe(0);
  });

  it('from b to b covers the walk to b and b itself', () => {
    const [u] = play(build({ from: 'b', to: 'b' })).units as [Entity];
    expect(ledgerOf(u)).toEqual({ motion: 3, value: 20 });
    expect(leadOf(u)).toBe(23);
    expect(ledgerTotal(u)).toBe(leadOf(u));
  });
});

describe('a lead time that starts at a step continuing at the same server', () => {
  // order 10 s, then pay 5 s with the same server; the clock should run for pay only.
  const level = makeLevel({
    stations: [station('desk', 1)],
    entities: [
      unit([step('order', 'desk', 10), step('pay', 'desk', 5, { continues: true })], [0], {
        leadTime: { from: 'pay', to: 'exit' },
      }),
    ],
  });
  const { units, metrics } = play(level);
  const [u] = units as [Entity];

  it('starts the clock when that step starts', () => {
    expect(u.leadStarted).toBe(true);
    expect(u.leadStart).toBe(10);
    expect(ledgerOf(u)).toEqual({ value: 5 });
  });

  it('counts the unit as completed', () => {
    expect(metrics.completed).toBe(1);
    expect(metrics.leadTime.mean).toBe(5);
  });
});

describe('a lead time that ends at a step followed by one continuing at the same server', () => {
  it('stops the clock at the end of that step, and the continued step runs outside it', () => {
    const level = makeLevel({
      stations: [station('desk', 1)],
      entities: [
        unit([step('order', 'desk', 10), step('pay', 'desk', 5, { continues: true })], [0], {
          leadTime: { from: 'arrival', to: 'order' },
        }),
      ],
    });
    const { units, metrics } = play(level);
    const [u] = units as [Entity];
    expect(ledgerOf(u)).toEqual({ value: 10 });
    expect(leadOf(u)).toBe(10);
    expect(metrics.completed).toBe(1);
  });
});

describe('a lead time that ends at step a, when a defect at b sends the unit back to a', () => {
  const level = makeLevel({
    stations: [station('a', 2), station('b', 5)],
    entities: [
      unit(
        [
          step('a', 'a', 10),
          step('b', 'b', 20, { defects: [{ id: 'wrong', probability: 0.5, outcome: 'rework', backTo: 'a' }] }),
        ],
        Array.from({ length: 20 }, (_, i) => i * 10_000),
        { leadTime: { from: 'arrival', to: 'a' } },
      ),
    ],
  });
  const { units, run, metrics } = play(level, 7);

  it('happens to some units with this seed', () => {
    expect(units.some((e) => e.defects > 0)).toBe(true);
  });

  it('still has every ledger adding up to its lead time', () => {
    const off = units.filter((e) => Math.abs(ledgerTotal(e) - leadOf(e)) > 1e-9).map((e) => [ledgerOf(e), leadOf(e)]);
    expect(off).toEqual([]);
  });

  it('takes each unit out of the work in progress exactly once', () => {
    expect(run.wip).toBe(0);
    expect(metrics.wip.max).toBe(1);
  });
});

describe('a desk whose queue holds at most 1 (queueCapacity), with 5 units arriving together', () => {
  const { units, metrics } = play(
    makeLevel({
      stations: [station('desk', 1, { queueCapacity: 1 })],
      entities: [unit([step('serve', 'desk', 10)], [0, 0, 0, 0, 0])],
    }),
  );

  it('loses no unit: all five are served in turn', () => {
    expect(metrics).toMatchObject({ arrived: 5, completed: 5, unfinished: 0 });
    expect(units.map(leadOf)).toEqual([10, 20, 30, 40, 50]);
    expect(units.map((e) => e.ledger[BUCKETS.indexOf('waiting')])).toEqual([0, 10, 20, 30, 40]);
    expect(metrics.stations[0]?.served).toBe(5);
  });
});

describe('a single server with one arrival every 100 s and 60 s of service, ten units', () => {
  const { metrics } = play(
    makeLevel({
      stations: [station('desk', 1)],
      entities: [
        unit([step('serve', 'desk', 60)], [0], {
          arrivals: { type: 'waves', waves: [{ id: 'w', at: 0, count: 10, spread: 1000 }] },
        }),
      ],
    }),
  );

  it('is busy 600 of the 960 s the round lasts', () => {
    expect(metrics.duration).toBe(960);
    expect(metrics.stations[0]).toEqual({
      id: 'desk',
      served: 10,
      utilisation: 600 / 960,
      valueWorkMinutes: 10,
      nonValueWorkMinutes: 0,
      idleMinutes: 6,
      unusedSkillsMinutes: 0,
      meanQueue: 0,
      maxQueue: 1,
      meanWaitSeconds: 0,
    });
  });

  it('has the matching flow figures', () => {
    expect(metrics.leadTime).toEqual({ mean: 60, p50: 60, p90: 60, max: 60 });
    expect(metrics.throughputPerHour).toBe(37.5);
    expect(metrics.wip).toEqual({ mean: 600 / 960, max: 1 });
    expect(metrics.processCycleEfficiency).toBe(1);
    expect(metrics.totalWasteMinutes).toBe(0);
  });
});

describe('staff idle at one desk while units wait at another (unused skills)', () => {
  // A at the door (x 1, 10 s), B at x 3 (1 s); two units at 0: the second waits 10 s at A while B's clerk idles.
  const { metrics, units } = play(
    makeLevel({
      stations: [station('a', 1), station('b', 3)],
      entities: [unit([step('a', 'a', 10), step('b', 'b', 1)], [0, 0])],
    }),
  );
  const [a, b] = metrics.stations as [RoundMetrics['stations'][number], RoundMetrics['stations'][number]];

  it('runs as worked out by hand', () => {
    expect(metrics.duration).toBe(25);
    expect(units.map(ledgerOf)).toEqual([
      { value: 11, motion: 4 },
      { waiting: 10, value: 11, motion: 4 },
    ]);
  });

  it('counts B’s 10 idle seconds while a unit waited at A as unused skills, and none at A', () => {
    expect(b.unusedSkillsMinutes).toBeCloseTo(10 / 60, 12);
    expect(a.unusedSkillsMinutes).toBe(0);
  });

  it('counts all idle time as idle, unused skills included', () => {
    expect(b.idleMinutes).toBeCloseTo(23 / 60, 12);
    expect(a.idleMinutes).toBeCloseTo(5 / 60, 12);
    expect(a.utilisation).toBe(20 / 25);
    expect(b.utilisation).toBe(2 / 25);
  });
});

describe('a desk serving four units that arrive together, 60 s each (leadTimeAtMost)', () => {
  const build = (seconds: number) =>
    makeLevel({
      stations: [station('desk', 1)],
      entities: [unit([step('serve', 'desk', 60)], [0, 0, 0, 0], { id: 'visitor' })],
      valueMeasure: { kind: 'leadTimeAtMost', entity: 'visitor', seconds, name: t('fast'), target: 0.5 },
    });

  it('gives the share served within the limit, the limit itself included', () => {
    expect(play(build(120)).metrics.valueMeasure).toEqual({ value: 0.5, target: 0.5, met: true });
    expect(play(build(119)).metrics.valueMeasure).toEqual({ value: 0.25, target: 0.5, met: false });
    expect(play(build(240)).metrics.valueMeasure.value).toBe(1);
  });
});

describe('a round that hits maxTime with units still inside', () => {
  // 100 s of service; three units at 0 and one at 1000; the round stops at 250.
  const { metrics, units } = play(
    makeLevel({
      maxTime: 250,
      stations: [station('desk', 1)],
      entities: [
        unit([step('serve', 'desk', 100)], [0, 0, 0, 1000], { id: 'visitor' }),
      ],
      valueMeasure: { kind: 'leadTimeAtMost', entity: 'visitor', seconds: 1000, name: t('fast'), target: 0.5 },
    }),
  );

  it('stops at maxTime and reports the unfinished unit', () => {
    expect(metrics).toMatchObject({ duration: 250, arrived: 3, completed: 2, unfinished: 1 });
    expect(metrics.leadTime.max).toBe(200);
  });

  it('keeps the unfinished unit’s ledger open up to maxTime', () => {
    const inside = units[2] as Entity;
    expect(inside.done).toBe(false);
    expect(ledgerOf(inside)).toEqual({ waiting: 200, value: 50 });
  });

  it('counts the unfinished unit against the value measure', () => {
    expect(metrics.valueMeasure.value).toBeCloseTo(2 / 3, 12);
  });
});

describe('a round that reaches maxTime while a unit waits at a desk that never opens in it', () => {
  // Opens at 09:00; the round starts at 08:00 and lasts 30 minutes.
  const { metrics, units } = play(
    makeLevel({
      clockStart: 8 * 3600,
      maxTime: 1800,
      stations: [station('desk', 1, { hours: { period: 86400, open: [[9 * 3600, 10 * 3600]] } })],
      entities: [unit([step('serve', 'desk', 10)], [0])],
    }),
  );

  it('still lasts until maxTime', () => {
    expect(metrics).toMatchObject({ duration: 1800, arrived: 1, completed: 0, unfinished: 1 });
  });

  it('books the unit’s whole wait up to maxTime', () => {
    expect(ledgerOf(units[0] as Entity)).toEqual({ waiting: 1800 });
  });
});

describe('a round that reaches maxTime while a document waits for a batch release that falls after it', () => {
  const { metrics, units } = play(
    makeLevel({
      maxTime: 7200,
      stations: [station('director', 1, { batch: { period: 86400, at: 3600 } })],
      entities: [unit([step('sign', 'director', 10)], [0, 4000], { kind: 'document' })],
    }),
  );

  it('still lasts until maxTime, with the late document unfinished', () => {
    expect(metrics).toMatchObject({ duration: 7200, arrived: 2, completed: 1, unfinished: 1 });
    expect(ledgerOf(units[1] as Entity)).toEqual({ inventory: 3200 });
  });
});

describe('common random numbers: a change at one station leaves every unit’s later draws alone', () => {
  // Step 1 at A (its duration and A's search vary by variant); step 2 at B draws a uniform 5..50 s.
  const build = (first: Raw, disorder: number) =>
    makeLevel({
      stations: [station('a', 2, { disorder, search: { type: 'triangular', min: 0, mode: 4, max: 20 } }), station('b', 6)],
      entities: [
        unit(
          [
            { id: 'one', name: t('one'), station: 'a', duration: first, class: 'overprocessing' },
            { id: 'two', name: t('two'), station: 'b', duration: { type: 'uniform', min: 5, max: 50 }, class: 'value' },
          ],
          Array.from({ length: 30 }, (_, i) => i * 1000),
        ),
      ],
    });
  // Value-adding time is step two's alone; rounded to a nanosecond, as it is a difference of clock times.
  const value = (level: Level) => play(level, 11).units.map((e) => Math.round((e.ledger[0] as number) * 1e9) / 1e9);
  const base = value(build({ type: 'constant', value: 10 }, 0.5));

  it('when the station is put in order (no search time)', () => {
    expect(value(build({ type: 'constant', value: 10 }, 0))).toEqual(base);
  });

  it('when the first step’s distribution changes type', () => {
    expect(value(build({ type: 'triangular', min: 2, mode: 8, max: 30 }, 0.5))).toEqual(base);
    expect(value(build({ type: 'lognormal', median: 9, sigma: 0.5 }, 0))).toEqual(base);
  });

  it('while the later draws do vary from unit to unit', () => {
    expect(new Set(base).size).toBe(30);
  });
});
