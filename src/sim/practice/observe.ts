/**
 * Seeing waste: what the ledger says a thing on the floor is at a moment of a traced round.
 * The trainee points at a person or a document (a unit), or at a tile (a station, its queue,
 * a cluttered passage); `observe` answers with the bucket the core books that thing's time to
 * right then, and the facts that explain why (the step, the station, since when). Pure.
 */
import { ACTIVITY, type Activity, type Segment } from '../engine/trace';
import { BUCKET_INDEX, DEFECTS, MOTION, VALUE } from '../engine/model';
import { openWindowsAt } from '../engine/station-clock';
import { tileAt } from '../floor/plan';
import { segmentAt, type Timeline, type UnitTimeline } from '../playback/timeline';

const UNUSED_SKILLS = BUCKET_INDEX.unusedSkills;

/** What the trainee pointed at: a unit by its index, or a floor tile. */
export type PracticeTarget = { kind: 'unit'; unit: number } | { kind: 'tile'; x: number; y: number };

/** Why the thing is in its bucket: one reason per way the engine books time (the UI has words for each). */
export const PRACTICE_REASONS = [
  /** served in a step the level classes as value-adding */
  'valueStep',
  /** served in a step the level classes as one of the wastes (checking a list, extra copies, …) */
  'wasteStep',
  /** a person stands in a queue for a station that is open */
  'queue',
  /** a person waits for a station that is closed now */
  'closed',
  /** a person waits for the station's batch release */
  'batch',
  /** a document lies in a queue (an inbox, a folder) */
  'inbox',
  /** a person walks between points */
  'walk',
  /** a document is carried between points */
  'carried',
  /** the staff search for things at a disordered station */
  'search',
  /** the unit repeats walking, waiting or work because of a defect */
  'rework',
  /** the unit was sent away after a defect (home for a missing paper, back to its author) and is not on the floor */
  'away',
  /** the customer's own time outside the lead time (eating): booked nowhere, shown as its step's class */
  'ownTime',
  /** staff stand idle at an open station while units wait at another one */
  'idleStaff',
  /** clutter on a passage: every walk through it is longer (motion) */
  'clutter',
] as const;
export type PracticeReason = (typeof PRACTICE_REASONS)[number];

export interface Observation {
  /** what was looked at, as resolved: a unit, a station's idle staff, or a cluttered tile */
  subject: { kind: 'unit'; unit: number; type: number } | { kind: 'station'; station: number } | { kind: 'clutter'; x: number; y: number };
  /** the right answer: index in BUCKETS */
  bucket: number;
  reason: PracticeReason;
  /** the unit's activity (ACTIVITY), -1 for stations and clutter */
  activity: Activity | -1;
  /** route step index of the unit, -1 when not at a step */
  step: number;
  /** the station the unit is at or walks to (point index; may be a spot for a walk), -1 for clutter */
  station: number;
  /** for a walk: the point it started from; otherwise equal to station */
  from: number;
  /** the thing has been like this since (round seconds) and will be until */
  since: number;
  until: number;
  /** units ahead in the same queue (queues only, else 0) */
  ahead: number;
  /** servers (staff or places) of the station, 0 for clutter */
  servers: number;
  /** for idle staff: the station with the longest queue elsewhere and its length */
  waitingAt: number;
  waitingCount: number;
}


/** Is the unit on the floor at t (not yet arrived, away after a defect, and gone are not)? */
export function onFloor(seg: Segment | undefined): seg is Segment {
  return seg !== undefined && seg.activity !== ACTIVITY.GONE && seg.activity !== ACTIVITY.AWAY;
}

/**
 * Can the trainee ask about the unit at t: on the floor, or away after a defect (not drawn, but
 * still inside its lead time and booked as a defect — the floor's list of units names it).
 */
export function inProcess(seg: Segment | undefined): seg is Segment {
  return seg !== undefined && seg.activity !== ACTIVITY.GONE;
}

function unitTimeline(tl: Timeline, unit: number): UnitTimeline | undefined {
  // Units are sorted by index; indices are dense in a traced run that keeps its units.
  const direct = tl.units[unit];
  if (direct?.unit === unit) return direct;
  return tl.units.find((u) => u.unit === unit);
}

/** What the ledger says `target` is at time t; undefined when there is nothing there to judge. */
export function observe(tl: Timeline, t: number, target: PracticeTarget): Observation | undefined {
  if (target.kind === 'unit') return observeUnit(tl, t, target.unit);
  return observeTile(tl, t, target.x, target.y);
}

export function observeUnit(tl: Timeline, t: number, unit: number): Observation | undefined {
  const u = unitTimeline(tl, unit);
  if (!u) return undefined;
  const i = segmentAt(u, t);
  const seg = u.segments[i];
  if (!inProcess(seg)) return undefined;
  const model = tl.model;
  const type = model.entityTypes[u.type];
  const isDocument = type?.isDocument ?? false;
  const bucket = bucketOf(tl, u.type, seg);
  if (bucket < 0) return undefined;
  let reason: PracticeReason;
  if (seg.activity === ACTIVITY.AWAY) reason = 'away';
  else if (seg.bucket < 0) reason = 'ownTime';
  else if (bucket === DEFECTS) reason = 'rework';
  else if (seg.activity === ACTIVITY.WALK) reason = isDocument ? 'carried' : 'walk';
  else if (seg.activity === ACTIVITY.SEARCH) reason = 'search';
  else if (seg.activity === ACTIVITY.QUEUE) reason = isDocument ? 'inbox' : queueReason(tl, seg.from, t);
  else reason = bucket === VALUE ? 'valueStep' : 'wasteStep';
  const station = model.stations[seg.to];
  return {
    subject: { kind: 'unit', unit, type: u.type },
    bucket,
    reason,
    activity: seg.activity,
    step: seg.step,
    station: seg.to,
    from: seg.from,
    since: seg.t,
    until: u.ends[i] as number,
    ahead: seg.activity === ACTIVITY.QUEUE ? queueAhead(tl, t, u.unit, seg) : 0,
    servers: station?.servers ?? 0,
    waitingAt: -1,
    waitingCount: 0,
  };
}

/**
 * The bucket to name for a unit's segment: the ledger's own. Outside the lead time the ledger
 * books nothing; work at a step there (eating) is named by the step's class, anything else
 * (-1) is not a question.
 */
export function bucketOf(tl: Timeline, type: number, seg: Segment): number {
  if (seg.bucket >= 0) return seg.bucket;
  if (seg.activity !== ACTIVITY.WORK || seg.step < 0) return -1;
  return tl.model.entityTypes[type]?.steps[seg.step]?.bucket ?? -1;
}

function queueReason(tl: Timeline, station: number, t: number): PracticeReason {
  const st = tl.model.stations[station];
  if (!st) return 'queue';
  if (openWindowsAt(st.hours, tl.model.level.clockStart + t) === 0) return 'closed';
  return st.batch ? 'batch' : 'queue';
}

/** Units that joined the same queue earlier (first come, first served; ties by unit index). */
function queueAhead(tl: Timeline, t: number, unit: number, mine: Segment): number {
  let ahead = 0;
  for (const other of tl.units) {
    if (other.unit === unit) continue;
    const s = other.segments[segmentAt(other, t)];
    if (!s || s.activity !== ACTIVITY.QUEUE || s.from !== mine.from) continue;
    if (s.t < mine.t || (s.t === mine.t && other.unit < unit)) ahead++;
  }
  return ahead;
}

/**
 * A tile: the station there (the head of its queue, else someone being served there, else its
 * staff if they stand idle while others wait), or a cluttered passage.
 */
export function observeTile(tl: Timeline, t: number, x: number, y: number): Observation | undefined {
  const model = tl.model;
  const station = model.stations.findIndex((s) => {
    const p = model.points[s.index];
    return p?.x === x && p.y === y;
  });
  if (station >= 0) return observeStation(tl, t, station);
  if (tileAt(model.grid, x, y) === 'c') {
    return {
      subject: { kind: 'clutter', x, y },
      bucket: MOTION,
      reason: 'clutter',
      activity: -1,
      step: -1,
      station: -1,
      from: -1,
      since: 0,
      until: tl.duration,
      ahead: 0,
      servers: 0,
      waitingAt: -1,
      waitingCount: 0,
    };
  }
  return undefined;
}

export function observeStation(tl: Timeline, t: number, station: number): Observation | undefined {
  let head: { unit: number; since: number } | undefined;
  let served: number | undefined;
  let busy = 0;
  const queues = tl.model.stations.map(() => 0);
  for (const u of tl.units) {
    const s = u.segments[segmentAt(u, t)];
    if (!onFloor(s) || s.activity === ACTIVITY.WALK) continue;
    if (s.activity === ACTIVITY.QUEUE) queues[s.from] = (queues[s.from] as number) + 1;
    if (s.from !== station) continue;
    if (s.activity === ACTIVITY.QUEUE) {
      if (!head || s.t < head.since) head = { unit: u.unit, since: s.t };
    } else {
      busy++;
      served ??= u.unit;
    }
  }
  if (head) return observeUnit(tl, t, head.unit);
  if (served !== undefined) return observeUnit(tl, t, served);
  return idleStaff(tl, t, station, busy, queues);
}

/** Staff standing idle at an open station while units queue elsewhere: unused skills (the staff ledger's rule). */
export function idleStaff(tl: Timeline, t: number, station: number, busy: number, queues: number[]): Observation | undefined {
  const st = tl.model.stations[station];
  if (!st || !st.staffed || busy >= st.servers) return undefined;
  if (openWindowsAt(st.hours, tl.model.level.clockStart + t) === 0) return undefined;
  let waitingAt = -1;
  let waitingCount = 0;
  queues.forEach((n, s) => {
    if (s !== station && n > waitingCount) {
      waitingAt = s;
      waitingCount = n;
    }
  });
  if (waitingAt < 0) return undefined;
  return {
    subject: { kind: 'station', station },
    bucket: UNUSED_SKILLS,
    reason: 'idleStaff',
    activity: -1,
    step: -1,
    station,
    from: station,
    since: t,
    until: t,
    ahead: 0,
    servers: st.servers,
    waitingAt,
    waitingCount,
  };
}


/** A unit the trainee can ask about at a moment, as the floor's list of units shows it. */
export interface RosterEntry {
  unit: number;
  type: number;
  /** the point (station or spot) it is at or walking to; for a unit away, where it was sent from */
  at: number;
  /** sent away after a defect: not on the floor */
  away: boolean;
}

/**
 * Every unit there is something to ask about at t, by number: what `observeUnit` would answer
 * for, without its explanation (cheap enough to follow a playing round).
 */
export function rosterAt(tl: Timeline, t: number): RosterEntry[] {
  const roster: RosterEntry[] = [];
  for (const u of tl.units) {
    const seg = u.segments[segmentAt(u, t)];
    if (!inProcess(seg) || bucketOf(tl, u.type, seg) < 0) continue;
    const away = seg.activity === ACTIVITY.AWAY;
    roster.push({ unit: u.unit, type: u.type, at: away || seg.activity !== ACTIVITY.WALK ? seg.from : seg.to, away });
  }
  return roster;
}
