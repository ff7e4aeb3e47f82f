/**
 * Words for what the core observed (src/sim/practice): who or what was looked at, and why the
 * ledger books it as it does — the step, the station, since when. No rule lives here: the
 * bucket and the reason come from the core; this only phrases them.
 */
import { BUCKETS, type Bucket, type Observation, type PracticeQuestion, type Timeline } from '../../../sim';
import type { Ctx } from '../../screen';
import type { MessageKey } from '../../i18n';
import { bucketName } from '../../wastes';

function pointName(ctx: Ctx, tl: Timeline, point: number): string {
  const level = tl.model.level;
  const station = level.stations[point];
  if (station) return station.name[ctx.lang];
  return level.spots[point - level.stations.length]?.name[ctx.lang] ?? '';
}

function who(ctx: Ctx, tl: Timeline, type: number, unit: number): string {
  const entity = tl.model.level.entities[type];
  return ctx.t('practiceWho', { entity: entity?.name[ctx.lang] ?? '', n: unit + 1 });
}

export function bucketAt(index: number): Bucket {
  return BUCKETS[index] ?? 'value';
}

/** What the question is about, without giving the answer away. */
export function subjectText(ctx: Ctx, tl: Timeline, o: Observation, clickedStation: number | undefined): string {
  const s = o.subject;
  if (s.kind === 'clutter') return ctx.t('practiceSubjectClutter');
  if (s.kind === 'station') return ctx.t('practiceSubjectStation', { station: pointName(ctx, tl, s.station) });
  const name = who(ctx, tl, s.type, s.unit);
  if (clickedStation !== undefined) return ctx.t('practiceSubjectAtStation', { who: name, station: pointName(ctx, tl, clickedStation) });
  return ctx.t('practiceSubjectUnit', { who: name });
}

/** Right or wrong, in one line. */
export function verdictText(ctx: Ctx, q: PracticeQuestion): string {
  const bucket = bucketName(ctx.lang, bucketAt(q.observation.bucket)).toLowerCase();
  if (q.correct) return ctx.t('practiceRight', { bucket });
  return ctx.t('practiceWrong', { bucket, answer: bucketName(ctx.lang, bucketAt(q.answer)) });
}

/** What the thing was doing (step, station, since when) and why that is its bucket. */
export function explainText(ctx: Ctx, tl: Timeline, o: Observation, t: number): { what: string; why: string } {
  const { f, lang } = ctx;
  const level = tl.model.level;
  const multiDay = level.clockStart + tl.duration > 86400;
  const s = o.subject;
  const params: Record<string, string | number> = {
    station: pointName(ctx, tl, o.station),
    from: pointName(ctx, tl, o.from),
    to: pointName(ctx, tl, o.station),
    since: f.roundClock(level.clockStart + o.since, multiDay),
    dur: f.duration(t - o.since),
    left: f.duration(o.until - t),
    ahead: f.int(o.ahead),
    servers: f.int(o.servers),
    waiting: o.waitingAt >= 0 ? pointName(ctx, tl, o.waitingAt) : '',
    count: f.int(o.waitingCount),
    slowdown: f.int(level.floor.clutterSlowdown),
    activity: o.activity >= 0 ? ctx.t(`activity_${o.activity}` as MessageKey) : '',
    step: '',
    who: '',
  };
  if (s.kind === 'unit') {
    params.who = who(ctx, tl, s.type, s.unit);
    params.step = o.step >= 0 ? (level.entities[s.type]?.route[o.step]?.name[lang] ?? '') : '';
  }
  // Rework on the way (no step): said as the walk back, not as a step.
  const whatKey = o.reason === 'rework' && o.step < 0 ? 'practiceWhat_reworkWalk' : `practiceWhat_${o.reason}`;
  const what = ctx.t(whatKey as MessageKey, params);
  const why =
    o.reason === 'wasteStep' || (o.reason === 'ownTime' && o.bucket !== 0)
      ? ctx.t(`practiceWhyStep_${bucketAt(o.bucket)}` as MessageKey)
      : ctx.t(`practiceWhy_${o.reason}` as MessageKey);
  return { what, why };
}
