/**
 * What a traced run records for drawing and replay: every change of what a unit is doing.
 * Segments are appended in time order; a unit's segment lasts until its next one.
 */
export const ACTIVITY = {
  WALK: 0,
  QUEUE: 1,
  SEARCH: 2,
  WORK: 3,
  AWAY: 4,
  GONE: 5,
} as const;
export type Activity = (typeof ACTIVITY)[keyof typeof ACTIVITY];

export interface Segment {
  unit: number;
  t: number;
  activity: Activity;
  /** bucket index (BUCKETS order) the unit's time is booked to during the segment; -1 outside its lead time */
  bucket: number;
  /** point where the segment starts (for a walk: where it starts from) */
  from: number;
  /** point where it ends (a walk's destination; otherwise the same as from) */
  to: number;
  /** route step index, -1 when not at a step */
  step: number;
}
