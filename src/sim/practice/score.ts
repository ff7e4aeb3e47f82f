/**
 * Grading the trainee's answers and the score by waste type. Pure.
 *
 * Per bucket (value and the eight wastes):
 * - found: the trainee looked at a thing in this bucket and named it right;
 * - wrong: looked at a thing in this bucket and named something else;
 * - missed: things in this bucket that were on the floor at the moments the trainee looked
 *   (the moments of the questions, each counted once) and were not looked at. A "thing" is a
 *   unit the ledger books at that moment (on the floor, or away after a defect: the list of
 *   units names those too), or a station whose staff stand idle while units
 *   wait elsewhere (unused skills); a cluttered tile is not counted (it is always there);
 * - present = found + wrong + missed: how many there were to see at those moments;
 * - namedWrongly: answers naming this bucket for a thing in another one (false alarms);
 * - roundShare: the bucket's share of all person-time booked in the whole round.
 * Overlooked wastes: those present at the moments looked, never found, most present first.
 */
import { BUCKETS, type Bucket } from '../level/schema';
import { BUCKET_INDEX, VALUE } from '../engine/model';
import { ACTIVITY } from '../engine/trace';
import { snapshotAt, type Timeline } from '../playback/timeline';
import { bucketOf, idleStaff, inProcess, observe, onFloor, type Observation, type PracticeTarget } from './observe';
import { segmentAt } from '../playback/timeline';

export interface PracticeQuestion {
  t: number;
  target: PracticeTarget;
  observation: Observation;
  /** the trainee's answer: index in BUCKETS */
  answer: number;
  correct: boolean;
}

/** Grade an answer about `target` at time t; undefined when there is nothing there to judge. */
export function ask(tl: Timeline, t: number, target: PracticeTarget, answer: Bucket | number): PracticeQuestion | undefined {
  const observation = observe(tl, t, target);
  if (!observation) return undefined;
  const a = typeof answer === 'number' ? answer : BUCKET_INDEX[answer];
  if (!(a >= 0 && a < BUCKETS.length)) throw new Error(`not a bucket: ${String(answer)}`);
  return { t, target, observation, answer: a, correct: a === observation.bucket };
}

/** Everything on the floor (or away after a defect) at t that has a bucket to name, by a key: u<unit> or s<station>. */
export function floorAt(tl: Timeline, t: number): Map<string, number> {
  const things = new Map<string, number>();
  const queues = tl.model.stations.map(() => 0);
  const busy = tl.model.stations.map(() => 0);
  for (const u of tl.units) {
    const seg = u.segments[segmentAt(u, t)];
    if (!inProcess(seg)) continue;
    // Away after a defect: not at any station, but there to be seen in the list of units.
    if (!onFloor(seg)) {
      const b = bucketOf(tl, u.type, seg);
      if (b >= 0) things.set(`u${u.unit}`, b);
      continue;
    }
    if (seg.activity === ACTIVITY.QUEUE) queues[seg.from] = (queues[seg.from] as number) + 1;
    else if (seg.activity !== ACTIVITY.WALK) busy[seg.from] = (busy[seg.from] as number) + 1;
    const b = bucketOf(tl, u.type, seg);
    if (b >= 0) things.set(`u${u.unit}`, b);
  }
  for (const st of tl.model.stations) {
    const idle = idleStaff(tl, t, st.index, busy[st.index] as number, queues);
    if (idle) things.set(`s${st.index}`, idle.bucket);
  }
  return things;
}

/** The key of what a question was about, as `floorAt` names it (clutter has none). */
export function subjectKey(o: Observation): string | undefined {
  if (o.subject.kind === 'unit') return `u${o.subject.unit}`;
  if (o.subject.kind === 'station') return `s${o.subject.station}`;
  return undefined;
}

export interface BucketScore {
  bucket: Bucket;
  found: number;
  wrong: number;
  missed: number;
  present: number;
  namedWrongly: number;
  /** share (0..1) of the round's booked person-time */
  roundShare: number;
}

export interface PracticeScore {
  questions: number;
  correct: number;
  /** moments (distinct times) at which the trainee looked */
  moments: number;
  buckets: BucketScore[];
  /** wastes (never value) present when the trainee looked but never found, most present first */
  overlooked: Bucket[];
}

export function practiceScore(tl: Timeline, questions: readonly PracticeQuestion[]): PracticeScore {
  const rows: BucketScore[] = BUCKETS.map((bucket) => ({ bucket, found: 0, wrong: 0, missed: 0, present: 0, namedWrongly: 0, roundShare: 0 }));
  const examined = new Map<number, Set<string>>();
  for (const q of questions) {
    const row = rows[q.observation.bucket] as BucketScore;
    if (q.correct) row.found++;
    else {
      row.wrong++;
      (rows[q.answer] as BucketScore).namedWrongly++;
    }
    const key = subjectKey(q.observation);
    let seen = examined.get(q.t);
    if (!seen) examined.set(q.t, (seen = new Set()));
    if (key) seen.add(key);
  }
  for (const [t, seen] of examined) {
    for (const [key, b] of floorAt(tl, t)) if (!seen.has(key)) (rows[b] as BucketScore).missed++;
  }
  const booked = snapshotAt(tl, tl.duration).buckets;
  const total = booked.reduce((a, b) => a + b, 0);
  for (const row of rows) {
    row.present = row.found + row.wrong + row.missed;
    row.roundShare = total > 0 ? (booked[BUCKET_INDEX[row.bucket]] as number) / total : 0;
  }
  const overlooked = rows
    .filter((r, i) => i !== VALUE && r.present > 0 && r.found === 0)
    .sort((a, b) => b.present - a.present || BUCKET_INDEX[a.bucket] - BUCKET_INDEX[b.bucket])
    .map((r) => r.bucket);
  return {
    questions: questions.length,
    correct: questions.filter((q) => q.correct).length,
    moments: examined.size,
    buckets: rows,
    overlooked,
  };
}
