/**
 * Loading a level: the schema check, then the checks of meaning the schema cannot express
 * (a route through an unknown station, a station walled in, a card that names nothing).
 * Every problem is reported with its JSON path and a plain-language reason; nothing throws.
 */
import type { z } from 'zod';
import { level as levelSchema, type Card, type Distribution, type Level } from './schema';
import { distanceField, isWalkable, tileAt } from '../floor/plan';
import { gridOf } from '../engine/model';
import { applyEffect, EffectError } from '../commands/effects';
import { cloneJson } from '../core/clone';

export interface LevelIssue {
  /** JSON path of the offending value, e.g. $.stations[2].x */
  path: string;
  message: string;
}

export type LevelResult = { ok: true; level: Level } | { ok: false; issues: LevelIssue[] };

export function jsonPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (acc, p) => (typeof p === 'number' ? `${acc}[${p}]` : `${acc}.${String(p)}`),
    '$',
  );
}

/** Parse and check a level read from JSON. */
export function parseLevel(data: unknown): LevelResult {
  const parsed = levelSchema.safeParse(data, { error: plainMessage });
  if (!parsed.success) return { ok: false, issues: parsed.error.issues.flatMap(fromZodIssue) };
  const issues = checkMeaning(parsed.data, true);
  return issues.length ? { ok: false, issues } : { ok: true, level: parsed.data };
}

/** Zod's wording for the commonest mistakes, said the way a level author would say it. */
function plainMessage(issue: z.core.$ZodRawIssue): string | undefined {
  if (issue.code === 'invalid_type' && issue.input === undefined) return `required, but missing (expected ${issue.expected})`;
  if (issue.code === 'unrecognized_keys') return `unknown field${issue.keys.length > 1 ? 's' : ''}: ${issue.keys.join(', ')}`;
  return undefined;
}

function fromZodIssue(issue: z.core.$ZodIssue): LevelIssue[] {
  // An unknown field is reported at its own path, one issue per field.
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({ path: jsonPath([...issue.path, key]), message: `unknown field "${key}"` }));
  }
  return [{ path: jsonPath(issue.path), message: issue.message }];
}

/** The checks of meaning. `withCards`: also try every card's effects on a copy. */
export function checkMeaning(level: Level, withCards: boolean): LevelIssue[] {
  const issues: LevelIssue[] = [];
  const report = (path: string, message: string): void => {
    issues.push({ path, message });
  };
  const grid = gridOf(level);

  level.floor.tiles.forEach((row, y) => {
    if (row.length !== grid.width) {
      report(`$.floor.tiles[${y}]`, `row ${y} is ${row.length} tiles wide, but the first row is ${grid.width}`);
    }
  });
  level.floor.rooms.forEach((r, i) => {
    if (r.x + r.w > grid.width || r.y + r.h > grid.height) report(`$.floor.rooms[${i}]`, `room "${r.id}" runs off the floor plan`);
  });

  unique(level.stations.map((s) => s.id).concat(level.spots.map((s) => s.id)), (id, i) =>
    report(i < level.stations.length ? `$.stations[${i}].id` : `$.spots[${i - level.stations.length}].id`, `the id "${id}" is used twice among stations and spots`),
  );
  unique(level.entities.map((e) => e.id), (id, i) => report(`$.entities[${i}].id`, `the id "${id}" is used twice`));
  unique(level.cards.map((c) => c.id), (id, i) => report(`$.cards[${i}].id`, `the id "${id}" is used twice`));

  // Stations may not share a tile; a spot (a door) may stand at a station.
  const placed = new Map<string, string>();
  const place = (path: string, id: string, x: number, y: number, exclusive = true): void => {
    const tile = tileAt(grid, x, y);
    if (tile === undefined) report(path, `"${id}" stands at (${x}, ${y}), outside the floor plan`);
    else if (!isWalkable(tile)) report(path, `"${id}" stands at (${x}, ${y}) on ${tile === '#' ? 'a wall' : 'an obstacle'}`);
    const key = `${x},${y}`;
    if (!exclusive) return;
    const other = placed.get(key);
    if (other) report(path, `"${id}" stands on the same tile as "${other}"`);
    placed.set(key, id);
  };
  level.stations.forEach((s, i) => {
    place(`$.stations[${i}]`, s.id, s.x, s.y);
    if (s.hours) checkHours(s.hours, `$.stations[${i}].hours`, report);
    if (s.batch && s.batch.at >= s.batch.period) report(`$.stations[${i}].batch.at`, 'the release time must fall inside the period');
    if (s.search) checkDistribution(s.search, `$.stations[${i}].search`, report);
  });
  level.spots.forEach((s, i) => place(`$.spots[${i}]`, s.id, s.x, s.y, false));

  const stationIds = new Set(level.stations.map((s) => s.id));
  const spotsById = new Map(level.spots.map((s) => [s.id, s]));
  const stationsById = new Map(level.stations.map((s) => [s.id, s]));
  level.entities.forEach((e, ei) => {
    const base = `$.entities[${ei}]`;
    const enter = spotsById.get(e.enterAt);
    if (!enter) report(`${base}.enterAt`, `there is no spot "${e.enterAt}"`);
    if (!spotsById.has(e.leaveAt)) report(`${base}.leaveAt`, `there is no spot "${e.leaveAt}"`);
    const stepIds = e.route.map((s) => s.id);
    unique(stepIds, (id, i) => report(`${base}.route[${i}].id`, `the step id "${id}" is used twice`));
    const field = enter && tileAt(grid, enter.x, enter.y) !== undefined ? distanceField(grid, enter) : undefined;
    // A place off the plan or on a wall is reported where it stands, not as walled in.
    const reachable = (x: number, y: number): boolean =>
      !field || !isWalkable(tileAt(grid, x, y)) || Number.isFinite(field[y * grid.width + x] as number);
    e.route.forEach((step, si) => {
      const path = `${base}.route[${si}]`;
      const st = stationsById.get(step.station);
      if (!stationIds.has(step.station)) report(`${path}.station`, `there is no station "${step.station}"`);
      else if (st && !reachable(st.x, st.y)) {
        report(`${path}.station`, `station "${step.station}" cannot be reached from "${e.enterAt}": it is walled in`);
      }
      checkDistribution(step.duration, `${path}.duration`, report);
      if (step.continues && e.route[si - 1]?.station !== step.station) {
        report(`${path}.continues`, 'a step can only continue at the station of the step before it');
      }
      let probability = 0;
      step.defects.forEach((d, di) => {
        probability += d.probability;
        if (d.backTo !== undefined) {
          const back = stepIds.indexOf(d.backTo);
          if (back < 0) report(`${path}.defects[${di}].backTo`, `there is no step "${d.backTo}" in this route`);
          else if (back > si) report(`${path}.defects[${di}].backTo`, `"${d.backTo}" comes after this step; a defect can only send back`);
        } else if (d.outcome === 'rework') {
          report(`${path}.defects[${di}].backTo`, 'a rework defect must name the step it sends the unit back to');
        }
        if (d.away) checkDistribution(d.away, `${path}.defects[${di}].away`, report);
      });
      if (probability > 1 + 1e-9) report(`${path}.defects`, `the defect probabilities add up to ${probability}, more than 1`);
    });
    const leave = spotsById.get(e.leaveAt);
    if (leave && !reachable(leave.x, leave.y)) report(`${base}.leaveAt`, `"${e.leaveAt}" cannot be reached from "${e.enterAt}"`);
    const from = e.leadTime.from === 'arrival' ? -1 : stepIds.indexOf(e.leadTime.from);
    const to = e.leadTime.to === 'exit' ? stepIds.length : stepIds.indexOf(e.leadTime.to);
    if (from < -1 || (e.leadTime.from !== 'arrival' && from < 0)) report(`${base}.leadTime.from`, `there is no step "${e.leadTime.from}"`);
    if (e.leadTime.to !== 'exit' && to < 0) report(`${base}.leadTime.to`, `there is no step "${e.leadTime.to}"`);
    if (from >= 0 && to >= 0 && to < from) report(`${base}.leadTime`, 'the lead time would stop before it starts');
    e.leadTime.pauseDuring.forEach((stepId, i) => {
      if (!stepIds.includes(stepId)) report(`${base}.leadTime.pauseDuring[${i}]`, `there is no step "${stepId}"`);
    });
  });

  const vm = level.valueMeasure;
  const vmEntity = level.entities.find((e) => e.id === vm.entity);
  if (!vmEntity) report('$.valueMeasure.entity', `there is no entity "${vm.entity}"`);
  else if (vm.kind === 'stepTimeAtLeast' && !vmEntity.route.some((s) => s.id === vm.step)) {
    report('$.valueMeasure.step', `entity "${vm.entity}" has no step "${vm.step}"`);
  }

  const decay = level.kaizen.decay;
  if (decay && !level.cards.some((c) => c.id === decay.stoppedBy)) {
    report('$.kaizen.decay.stoppedBy', `there is no card "${decay.stoppedBy}"`);
  }
  level.cards.forEach((c, i) => {
    if (c.effects.length === 0 && c.id !== decay?.stoppedBy) {
      report(`$.cards[${i}].effects`, `card "${c.id}" does nothing: only the card that stops the 5S decay may have no effects`);
    }
  });

  checkWork(level, report);
  if (withCards) checkCards(level, report);
  return issues;
}

/** Step visits a round may need at most: a few seconds of simulation, not minutes of a frozen page. */
export const MAX_EXPECTED_VISITS = 20_000_000;

/**
 * A round must finish in reasonable time whatever the numbers say. Estimated step visits: the
 * units arriving × their steps × the expected passes through each step (a defect with
 * probability p sends the unit round 1 / (1 − p) times on average).
 */
function checkWork(level: Level, report: (path: string, message: string) => void): void {
  let total = 0;
  for (const e of level.entities) {
    const a = e.arrivals;
    const units = a.type === 'poisson' ? a.count : a.type === 'list' ? a.times.length : a.waves.reduce((n, w) => n + w.count, 0);
    const visits = e.route.reduce((sum, step) => {
      const p = Math.min(0.999, step.defects.reduce((q, d) => q + d.probability, 0));
      return sum + 1 / (1 - p);
    }, 0);
    total += units * visits;
  }
  if (total > MAX_EXPECTED_VISITS) {
    const millions = (n: number): string => `${(n / 1e6).toFixed(n < 1e7 ? 1 : 0)} million`;
    report(
      '$.entities',
      `a round would need about ${millions(total)} step visits (arrivals × steps × repeats after defects); at most ${millions(MAX_EXPECTED_VISITS)} can be simulated`,
    );
  }
}

function checkCards(level: Level, report: (path: string, message: string) => void): void {
  const cardIds = new Set(level.cards.map((c) => c.id));
  const cardsById = new Map(level.cards.map((c) => [c.id, c]));
  level.cards.forEach((card, ci) => {
    card.requires.forEach((r, ri) => {
      if (r === card.id) report(`$.cards[${ci}].requires[${ri}]`, 'a card cannot require itself');
      else if (!cardIds.has(r)) report(`$.cards[${ci}].requires[${ri}]`, `there is no card "${r}"`);
    });
    // A card is played after the cards it requires: check it on a level that has them applied.
    const { before: prerequisites, circular } = requiredCards(card, cardsById);
    if (circular) report(`$.cards[${ci}].requires`, `card "${card.id}" requires itself through other cards; it can never be played`);
    const copy = cloneJson(level);
    try {
      for (const k of prerequisites) for (const effect of k.effects) applyEffect(copy, effect);
    } catch (error) {
      if (!(error instanceof EffectError)) throw error;
      return; // the broken prerequisite is reported on its own
    }
    // Blame the card only for the problems its own effects bring in.
    const known = new Set(problemsOf(copy).map((p) => `${p.path}\n${p.message}`));
    for (const [ei, effect] of card.effects.entries()) {
      try {
        applyEffect(copy, effect);
      } catch (error) {
        if (!(error instanceof EffectError)) throw error;
        report(`$.cards[${ci}].effects[${ei}]`, `card "${card.id}": ${error.message}`);
        return;
      }
    }
    for (const p of problemsOf(copy)) {
      if (!known.has(`${p.path}\n${p.message}`)) {
        report(`$.cards[${ci}].effects`, `card "${card.id}" would break the level: ${p.path}: ${p.message}`);
      }
    }
  });
}

/** The problems of a level changed by effects: its shape first, then its meaning. */
function problemsOf(level: Level): LevelIssue[] {
  const parsed = levelSchema.safeParse(level);
  return parsed.success
    ? checkMeaning(parsed.data, false)
    : parsed.error.issues.flatMap(fromZodIssue);
}

/** The cards `card` requires, directly or through others, in an order they can be played in. */
function requiredCards(card: Card, cardsById: Map<string, Card>): { before: Card[]; circular: boolean } {
  const before: Card[] = [];
  const seen = new Set<string>([card.id]);
  let circular = false;
  const visit = (c: Card): void => {
    for (const r of c.requires) {
      if (r === card.id && c !== card) circular = true;
      if (seen.has(r)) continue;
      seen.add(r);
      const k = cardsById.get(r);
      if (!k) continue;
      visit(k);
      before.push(k);
    }
  };
  visit(card);
  return { before, circular };
}

function checkHours(
  hours: NonNullable<Level['stations'][number]['hours']>,
  path: string,
  report: (path: string, message: string) => void,
): void {
  hours.open.forEach(([from, to], i) => {
    if (!(from < to)) report(`${path}.open[${i}]`, 'a window must close after it opens');
    if (to > hours.period) report(`${path}.open[${i}]`, 'a window must end within the period');
  });
}

function checkDistribution(d: Distribution, path: string, report: (path: string, message: string) => void): void {
  if (d.type === 'uniform' && d.min > d.max) report(path, 'min is greater than max');
  if (d.type === 'triangular' && !(d.min <= d.mode && d.mode <= d.max)) report(path, 'a triangular distribution needs min ≤ mode ≤ max');
  if (d.type === 'normal' && d.min !== undefined && d.max !== undefined && d.min > d.max) report(path, 'min is greater than max');
}

function unique(ids: string[], onDuplicate: (id: string, index: number) => void): void {
  const seen = new Set<string>();
  ids.forEach((id, i) => {
    if (seen.has(id)) onDuplicate(id, i);
    seen.add(id);
  });
}
