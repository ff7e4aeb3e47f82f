/**
 * One unit flowing through the process (a pupil, a family, a document): its machine state
 * and context, its own random stream, and its time ledger.
 *
 * The ledger books every second between the start and the end of the unit's lead time into
 * exactly one bucket (value or one of the eight wastes): the unit always has one current
 * bucket, and switching buckets closes the interval. So the buckets add up to the lead time
 * by construction.
 */
import type { RngState } from '../core/rng';
import type { FlowContext } from '../machines/flow-unit.machine';
import { BUCKETS } from '../level/schema';
import type { ModelEntityType } from './model';

export interface Entity {
  index: number;
  type: ModelEntityType;
  /** the ordinal of this unit among those of its type (keys its random stream) */
  ordinal: number;
  ctx: FlowContext;
  state: number;
  rng: RngState;
  ledger: Float64Array;
  bucket: number;
  since: number;
  inLeadTime: boolean;
  leadStarted: boolean;
  arrivedAt: number;
  leadStart: number;
  leadEnd: number;
  done: boolean;
  metres: number;
  defects: number;
  /** seconds spent in the value measure's step (e.g. eating) */
  measuredStep: number;
  /** search time drawn when a server was assigned */
  pendingSearch: number;
  /** which defect sent the unit away or back (index into the step's defects) */
  lastDefect: number;
  /** the step at which that defect was found */
  defectStep: number;
  /** station whose server the unit holds, -1 if none */
  servedBy: number;
  /** 0 no staff time, 1 staff on non-value work, 2 staff on value work */
  staffMode: number;
}

export function createEntity(
  index: number,
  type: ModelEntityType,
  ordinal: number,
  rng: RngState,
): Entity {
  return {
    index,
    type,
    ordinal,
    ctx: {
      step: 0,
      location: type.enter,
      route: type.routePoints,
      electronic: type.electronic,
      continues: type.continues,
      exit: type.leave,
      entrance: type.enter,
      reworkUntil: -1,
      visits: 1,
    },
    state: 0,
    rng,
    ledger: new Float64Array(BUCKETS.length),
    bucket: 0,
    since: 0,
    inLeadTime: false,
    leadStarted: false,
    arrivedAt: 0,
    leadStart: 0,
    leadEnd: 0,
    done: false,
    metres: 0,
    defects: 0,
    measuredStep: 0,
    pendingSearch: 0,
    lastDefect: -1,
    defectStep: -1,
    servedBy: -1,
    staffMode: 0,
  };
}

/** Close the current interval at `now` and continue in `bucket`. */
export function book(e: Entity, now: number, bucket: number): void {
  if (e.inLeadTime) e.ledger[e.bucket] = (e.ledger[e.bucket] as number) + (now - e.since);
  e.bucket = bucket;
  e.since = now;
}

/** Is the unit repeating work because of a defect? Then everything it does is rework. */
export function isRework(e: Entity): boolean {
  return e.ctx.step <= e.ctx.reworkUntil;
}
