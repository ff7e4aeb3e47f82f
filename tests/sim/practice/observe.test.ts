import { describe, expect, it } from 'vitest';
import { ACTIVITY, BUCKETS, buildTimeline, floorAt, observe, rosterAt, simulateRound, type Timeline } from '../../../src/sim';
import { loadLevel } from '../helpers';

const bucket = (name: (typeof BUCKETS)[number]) => BUCKETS.indexOf(name);
const trace = (path: string): Timeline => buildTimeline(simulateRound(loadLevel(path), 1, true).run);

// The canteen, seed 1, at 300 s into the round: the class 5A is eating, 6B queues at the line.
describe('what the ledger says a thing in the canteen is doing (seed 1, t = 300 s)', () => {
  const tl = trace('levels/canteen.json');
  const STATION = { sinks: 0, trays: 1, line: 2, cash: 3, cutlery: 4, tables: 5, return: 6 };

  it('a pupil standing in the line queue is waiting, with 14 ahead of him since 226.6 s', () => {
    expect(observe(tl, 300, { kind: 'unit', unit: 30 })).toEqual({
      subject: { kind: 'unit', unit: 30, type: 0 },
      bucket: bucket('waiting'),
      reason: 'queue',
      activity: ACTIVITY.QUEUE,
      step: 2,
      station: STATION.line,
      from: STATION.line,
      since: 226.57871890895993,
      until: 525.1145941748597,
      ahead: 14,
      servers: 1,
      waitingAt: -1,
      waitingCount: 0,
    });
  });

  it('a pupil eating is value-adding, his own time outside the lead time', () => {
    const o = observe(tl, 300, { kind: 'unit', unit: 0 });
    expect([o?.bucket, o?.reason, o?.step, o?.station, o?.since]).toEqual([bucket('value'), 'ownTime', 8, STATION.tables, 147.65884772046286]);
  });

  it('a pupil walking from the trays to the line is motion', () => {
    const o = observe(tl, 300, { kind: 'unit', unit: 45 });
    expect([o?.bucket, o?.reason, o?.activity, o?.from, o?.station]).toEqual([bucket('motion'), 'walk', ACTIVITY.WALK, STATION.trays, STATION.line]);
  });

  it('a pupil while the staff search the cluttered tables for a seat is motion (search)', () => {
    const o = observe(tl, 300, { kind: 'unit', unit: 11 });
    expect([o?.bucket, o?.reason, o?.step, o?.station]).toEqual([bucket('motion'), 'search', 7, STATION.tables]);
  });

  it('a pupil queueing again at the line after a wrong dish is a defect (rework)', () => {
    const o = observe(tl, 600, { kind: 'unit', unit: 16 });
    expect([o?.bucket, o?.reason, o?.step, o?.station, o?.ahead]).toEqual([bucket('defects'), 'rework', 3, STATION.line, 14]);
  });

  it('a click on the line\'s counter asks about the head of its queue', () => {
    const o = observe(tl, 300, { kind: 'tile', x: 9, y: 2 });
    expect([o?.subject, o?.bucket, o?.ahead, o?.since]).toEqual([{ kind: 'unit', unit: 17, type: 0 }, bucket('waiting'), 0, 152.32697650163678]);
  });

  it('a click on the cash desk with nobody queueing asks about the pupil being served: the paper list check is overprocessing', () => {
    const o = observe(tl, 300, { kind: 'tile', x: 16, y: 2 });
    expect([o?.subject, o?.bucket, o?.reason, o?.step]).toEqual([{ kind: 'unit', unit: 14, type: 0 }, bucket('overprocessing'), 'wasteStep', 5]);
  });

  it('the dish-return staff idle while 28 pupils queue at the line are unused skills', () => {
    const o = observe(tl, 300, { kind: 'tile', x: 2, y: 10 });
    expect([o?.subject, o?.bucket, o?.reason, o?.waitingAt, o?.waitingCount]).toEqual([
      { kind: 'station', station: STATION.return },
      bucket('unusedSkills'),
      'idleStaff',
      STATION.line,
      28,
    ]);
  });

  it('a cluttered passage is motion; an empty floor tile and the empty tray stand have nothing to judge', () => {
    expect(observe(tl, 300, { kind: 'tile', x: 3, y: 2 })?.reason).toBe('clutter');
    expect(observe(tl, 300, { kind: 'tile', x: 3, y: 2 })?.bucket).toBe(bucket('motion'));
    expect(observe(tl, 300, { kind: 'tile', x: 1, y: 2 })).toBeUndefined();
    expect(observe(tl, 300, { kind: 'tile', x: 2, y: 2 })).toBeUndefined();
  });

  it('a unit not yet arrived or already gone, and a unit that does not exist, have nothing to judge', () => {
    expect(observe(tl, 0, { kind: 'unit', unit: 55 })).toBeUndefined();
    expect(observe(tl, tl.duration, { kind: 'unit', unit: 0 })).toBeUndefined();
    expect(observe(tl, 300, { kind: 'unit', unit: 9999 })).toBeUndefined();
  });
});

describe('what the ledger says a document is doing (documents, seed 1, order 0)', () => {
  const tl = trace('levels/documents.json');

  it('lying in the author\'s inbox is inventory', () => {
    const o = observe(tl, 1800, { kind: 'unit', unit: 0 });
    expect([o?.bucket, o?.reason, o?.since, o?.until]).toEqual([bucket('inventory'), 'inbox', 1800, 18000]);
  });

  it('formatting is overprocessing, carried to the printer is transport, extra copies are overproduction', () => {
    expect([observe(tl, 19725, { kind: 'unit', unit: 0 })?.bucket, observe(tl, 19725, { kind: 'unit', unit: 0 })?.reason]).toEqual([
      bucket('overprocessing'),
      'wasteStep',
    ]);
    expect(observe(tl, 21519, { kind: 'unit', unit: 0 })?.reason).toBe('carried');
    expect(observe(tl, 21519, { kind: 'unit', unit: 0 })?.bucket).toBe(bucket('transport'));
    expect(observe(tl, 26073, { kind: 'unit', unit: 0 })?.bucket).toBe(bucket('overproduction'));
    expect(observe(tl, 26073, { kind: 'unit', unit: 0 })?.step).toBe(3);
  });
});

describe('what the ledger says a family waiting for a closed office is doing (kindergarten, seed 1)', () => {
  const tl = trace('levels/kindergarten.json');

  it('queueing while the station is closed is waiting, and the reason says it is closed', () => {
    const o = observe(tl, 1544, { kind: 'unit', unit: 0 });
    expect([o?.bucket, o?.reason, o?.activity, o?.station, o?.step]).toEqual([bucket('waiting'), 'closed', ACTIVITY.QUEUE, 3, 4]);
  });
});

// The kindergarten, seed 1, at 10 000 s: parents 5 and 6 were sent home for a missing paper.
describe('a unit away after a defect (kindergarten, seed 1, t = 10 000 s)', () => {
  const tl = trace('levels/kindergarten.json');

  it('is a defect, away, since it was sent from the nurse and until it comes back', () => {
    const o = observe(tl, 10_000, { kind: 'unit', unit: 4 });
    expect([o?.bucket, o?.reason, o?.activity, o?.from, o?.step, o?.since, o?.until]).toEqual([
      bucket('defects'),
      'away',
      ACTIVITY.AWAY,
      2,
      -1,
      4712.017193724444,
      91112.01719372444,
    ]);
  });

  it('is in the list of units to ask about, marked away, beside the units on the floor', () => {
    const roster = rosterAt(tl, 10_000);
    expect(roster.filter((r) => r.away)).toEqual([
      { unit: 4, type: 0, at: 2, away: true },
      { unit: 5, type: 0, at: 1, away: true },
    ]);
    // Exactly the units the core would answer for, in number order.
    const askable = tl.units.map((u) => u.unit).filter((unit) => observe(tl, 10_000, { kind: 'unit', unit }) !== undefined);
    expect(roster.map((r) => r.unit)).toEqual(askable);
  });

  it('counts as a defect there to be seen (a miss when not asked about)', () => {
    const things = floorAt(tl, 10_000);
    expect([things.get('u4'), things.get('u5')]).toEqual([bucket('defects'), bucket('defects')]);
  });

  it('is no longer in the list once it has left for good', () => {
    expect(rosterAt(tl, tl.duration).some((r) => r.unit === 4)).toBe(false);
  });
});
