/**
 * The value-stream map read from a traced round: its time ladder adds up exactly to the
 * round's mean lead time and its value-adding rungs to the process cycle efficiency, for every
 * level; its queue triangles add up to the stations' mean queues; and on a tiny level with
 * constant times every figure is the one worked out by hand.
 */
import { describe, expect, it } from 'vitest';
import {
  applyCommands,
  compileModel,
  initialPlanState,
  parseLevel,
  roundMetrics,
  runEngine,
  valueStream,
  type Level,
  type RunState,
  type ValueStream,
} from '../../../src/sim';
import { leadTimeOf } from '../../../src/sim/engine/entity';
import { allLevelPaths, loadLevel } from '../helpers';

// The queueing fixtures have 400,000 customers; a shorter run of them checks the same rule.
const SHORT = 20_000;

function traced(level: Level, seed: number): RunState {
  return runEngine(compileModel(level), { seed, trace: true });
}

/** The sum of the ladder's rungs, added up independently of the map's own total. */
function ladderTotal(vs: ValueStream): number {
  return vs.steps.reduce((sum, s) => sum + s.wait + s.time, vs.toExit);
}

/**
 * The mean lead time and value-added share the map must match: the round's own figures when
 * the level has one kind of unit, else those of the value measure's kind, from its units.
 */
function expected(run: RunState): { leadTime: number; pce: number; completed: number } {
  const m = roundMetrics(run);
  if (run.model.entityTypes.length === 1) return { leadTime: m.leadTime.mean, pce: m.processCycleEfficiency, completed: m.completed };
  const units = run.entities.filter((e) => e.done && e.leadStarted && e.type.index === run.model.valueEntity);
  const lead = units.reduce((s, e) => s + leadTimeOf(e), 0);
  const value = units.reduce((s, e) => s + (e.ledger[0] as number), 0);
  return { leadTime: lead / units.length, pce: value / lead, completed: units.length };
}

describe.each(allLevelPaths())('the value-stream map of %s', (path) => {
  const level = loadLevel(path);
  for (const e of level.entities) if (e.arrivals.type === 'poisson') e.arrivals.count = Math.min(e.arrivals.count, SHORT);
  const run = traced(level, 3);
  const vs = valueStream(run);
  const want = expected(run);

  it('has a ladder whose total is the round mean lead time, exactly', () => {
    expect(vs.finished).toBe(want.completed);
    expect(vs.finished).toBeGreaterThan(0);
    expect(Math.abs(vs.leadTime - want.leadTime)).toBeLessThan(1e-9);
    expect(Math.abs(ladderTotal(vs) - want.leadTime)).toBeLessThan(1e-9);
  });

  it('has value-adding rungs whose share of the total is the process cycle efficiency', () => {
    const va = vs.steps.reduce((sum, s) => sum + s.valueAdding, 0);
    expect(Math.abs(va - vs.valueAdded)).toBeLessThan(1e-9);
    expect(Math.abs(vs.valueAdded / vs.leadTime - want.pce)).toBeLessThan(1e-9);
    expect(Math.abs(vs.valueAddedShare - want.pce)).toBeLessThan(1e-9);
  });

  it('has a box per route step, in route order, with sensible figures', () => {
    const entity = level.entities.find((e) => e.id === level.valueMeasure.entity);
    expect(vs.steps.map((s) => s.id)).toEqual(entity?.route.map((s) => s.id));
    for (const s of vs.steps) {
      expect(s.services).toBeGreaterThan(0);
      expect(s.cycleTime).toBeGreaterThan(0);
      expect(s.firstPassYield).toBeGreaterThanOrEqual(0);
      expect(s.firstPassYield).toBeLessThanOrEqual(1);
      for (const x of [s.wait, s.time, s.valueAdding, s.queueMean]) expect(x).toBeGreaterThanOrEqual(0);
      expect(s.valueAdding).toBeLessThanOrEqual(s.time + 1e-9);
      if (s.class !== 'value') expect(s.valueAdding).toBe(0);
    }
  });

  it('has queue triangles that add up, station by station, to the stations mean queues', () => {
    if (run.model.entityTypes.length > 1) return; // stations may be shared with another kind of unit
    const m = roundMetrics(run);
    for (const st of m.stations) {
      const steps = vs.steps.filter((s) => s.station === st.id);
      if (steps.length === 0) continue;
      const sum = steps.reduce((a, s) => a + s.queueMean, 0);
      expect(Math.abs(sum - st.meanQueue)).toBeLessThan(1e-9 * Math.max(1, st.meanQueue));
    }
  });
});

describe('the value-stream map of a planned round', () => {
  it('leaves out the steps a plan removed and still adds up', () => {
    const level = loadLevel('levels/canteen.json');
    const commands = ['card-payment', 'sort-hall', 'cutlery-first', 'menu-board'].map((card) => ({ type: 'applyCard' as const, card }));
    const planned = applyCommands(initialPlanState(level, Infinity), commands);
    if (!planned.ok) throw new Error(planned.reason);
    const run = traced(planned.state.level, 1);
    const vs = valueStream(run);
    const ids = vs.steps.map((s) => s.id);
    expect(ids).not.toContain('check-list');
    expect(ids).not.toContain('cutlery');
    expect(ids).toContain('serve');
    const m = roundMetrics(run);
    expect(Math.abs(vs.leadTime - m.leadTime.mean)).toBeLessThan(1e-9);
    expect(Math.abs(vs.valueAddedShare - m.processCycleEfficiency)).toBeLessThan(1e-9);
  });

  it('needs a traced run', () => {
    const level = loadLevel('levels/canteen.json');
    const run = runEngine(compileModel(level), { seed: 1 });
    expect(() => valueStream(run)).toThrow(/traced run/);
  });
});

// --- a tiny level with constant times ---------------------------------------------------------

const t = (en: string) => ({ ru: en, en });
type Raw = Record<string, unknown>;

/**
 * A corridor, one metre per tile and per second: the door at x = 1, desk A at x = 3, counter B
 * at x = 6. Two customers arrive together. A: 2 s of search (disorder ½ × 4 s), then 10 s of
 * value work. B (self-service): a 4 s check (overprocessing), then a 1 s stamp (value) that
 * continues at the same place.
 */
function tinyLevel(extra: { defects?: Raw[]; count?: number } = {}): Level {
  const raw = {
    version: 1,
    id: 'tiny',
    title: t('tiny'),
    briefing: t('tiny'),
    maxTime: 100_000,
    floor: { tileSize: 1, walkSpeed: 1, tiles: ['#########', '#.......#', '#########'] },
    spots: [{ id: 'door', name: t('door'), x: 1, y: 1 }],
    stations: [
      { id: 'a', name: t('Desk A'), x: 3, y: 1, servers: 1, disorder: 0.5, search: { type: 'constant', value: 4 } },
      { id: 'b', name: t('Counter B'), x: 6, y: 1, servers: 1, staffed: false },
    ],
    entities: [
      {
        id: 'customer',
        kind: 'person',
        name: t('Customer'),
        enterAt: 'door',
        leaveAt: 'door',
        arrivals: { type: 'list', times: Array.from({ length: extra.count ?? 2 }, () => 0) },
        route: [
          { id: 'work', name: t('Work'), station: 'a', duration: { type: 'constant', value: 10 }, class: 'value', defects: extra.defects ?? [] },
          { id: 'check', name: t('Check'), station: 'b', duration: { type: 'constant', value: 4 }, class: 'overprocessing' },
          { id: 'stamp', name: t('Stamp'), station: 'b', duration: { type: 'constant', value: 1 }, class: 'value', continues: true },
        ],
      },
    ],
    valueMeasure: { kind: 'leadTimeAtMost', entity: 'customer', seconds: 60, name: t('fast'), target: 0.9 },
  };
  const r = parseLevel(raw);
  if (!r.ok) throw new Error(r.issues.map((i) => `${i.path}: ${i.message}`).join('; '));
  return r.level;
}

describe('the value-stream map of a tiny level with constant times', () => {
  // Customer 1: walks 0–2, search 2–4, work 4–14, walks 14–17, check 17–21, stamp 21–22, walks back 22–27: 27 s.
  // Customer 2: walks 0–2, queues 2–14, search 14–16, work 16–26, walks 26–29, check 29–33, stamp 33–34, back 34–39: 39 s.
  const run = traced(tinyLevel(), 1);
  const vs = valueStream(run);
  const [work, check, stamp] = vs.steps;

  it('is the level and the round as they were', () => {
    expect(vs.entity).toBe('customer');
    expect(vs.entityName.en).toBe('Customer');
    expect(vs.kind).toBe('person');
    expect(vs.arrived).toBe(2);
    expect(vs.finished).toBe(2);
    expect(vs.duration).toBe(39);
    expect(vs.steps.map((s) => s.id)).toEqual(['work', 'check', 'stamp']);
  });

  it('has the process boxes worked out by hand', () => {
    expect(work).toMatchObject({ station: 'a', servers: 1, staffed: true, class: 'value', continues: false, services: 2, cycleTime: 12, firstPassYield: 1 });
    expect(check).toMatchObject({ station: 'b', servers: 1, staffed: false, class: 'overprocessing', services: 2, cycleTime: 4, firstPassYield: 1 });
    expect(stamp).toMatchObject({ station: 'b', continues: true, services: 2, cycleTime: 1, firstPassYield: 1 });
    expect(work?.stationName.en).toBe('Desk A');
  });

  it('has the queue triangles worked out by hand', () => {
    // 12 s of one customer queueing at A over a 39 s round; nobody ever queues at B.
    expect(work?.queueMean).toBeCloseTo(12 / 39, 12);
    expect(check?.queueMean).toBe(0);
    expect(stamp?.queueMean).toBe(0);
    // Waits per customer: before A (2 + 14) / 2; before B 3; none before the stamp, which continues.
    expect(work?.wait).toBe(8);
    expect(check?.wait).toBe(3);
    expect(stamp?.wait).toBe(0);
  });

  it('has the time ladder and totals worked out by hand', () => {
    expect(work).toMatchObject({ time: 12, valueAdding: 10 }); // the search is motion, not value
    expect(check).toMatchObject({ time: 4, valueAdding: 0 }); // overprocessing adds nothing
    expect(stamp).toMatchObject({ time: 1, valueAdding: 1 });
    expect(vs.toExit).toBe(5);
    expect(vs.leadTime).toBe(33); // (27 + 39) / 2
    expect(vs.valueAdded).toBe(11);
    expect(vs.valueAddedShare).toBeCloseTo(11 / 33, 15);
    expect(roundMetrics(run).leadTime.mean).toBe(33);
  });

  it('gives every in-lead second of every unit one rung: the time away after a defect is the wait before the step it returns to', () => {
    // Every service at A sends the customer home half the time, for 100 s; they come back to A.
    const level = tinyLevel({
      count: 40,
      defects: [{ id: 'missing', probability: 0.5, outcome: 'revisit', away: { type: 'constant', value: 100 } }],
    });
    const r = traced(level, 7);
    const v = valueStream(r);
    const m = roundMetrics(r);
    const defects = r.entities.reduce((sum, e) => sum + e.defects, 0);
    expect(defects).toBeGreaterThan(5);
    const [a, b] = v.steps;
    expect(a?.services).toBe(40 + defects);
    expect(a?.firstPassYield).toBeCloseTo(40 / (40 + defects), 12);
    expect(b?.firstPassYield).toBe(1);
    expect(a?.cycleTime).toBeCloseTo(12, 9);
    // 100 s away per defect, booked to the wait before A (besides walking and queueing).
    expect(a?.wait).toBeGreaterThan((100 * defects) / 40);
    expect(Math.abs(v.leadTime - m.leadTime.mean)).toBeLessThan(1e-9);
    expect(Math.abs(v.valueAddedShare - m.processCycleEfficiency)).toBeLessThan(1e-9);
  });
});
