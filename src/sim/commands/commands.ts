/**
 * Player changes to a level (the kaizen plan) as commands, applied at one boundary with
 * Immer. Each command is validated; an invalid one is rejected with a reason and leaves
 * the state as it was. Pure: the input state is never changed.
 */
import { produce } from 'immer';
import { z } from 'zod';
import type { Level } from '../level/schema';
import { level as levelSchema } from '../level/schema';
import { checkMeaning, jsonPath } from '../level/validate';
import { applyEffect, EffectError } from './effects';

const id = z.string().min(1);

export const command = z.discriminatedUnion('type', [
  z.object({ type: z.literal('applyCard'), card: id }).strict(),
  z
    .object({ type: z.literal('moveStation'), station: id, x: z.number().int().min(0), y: z.number().int().min(0) })
    .strict(),
]);
export type Command = z.infer<typeof command>;

/** The level as the plan has changed it so far. */
export interface PlanState {
  level: Level;
  /** cards applied, in order */
  applied: readonly string[];
  /** points left to spend on cards */
  budget: number;
}

export type CommandResult = { ok: true; state: PlanState } | { ok: false; reason: string };

/** The plan before any change. Without a budget, cards cost nothing to apply (free play, analysis). */
export function initialPlanState(level: Level, budget = Infinity): PlanState {
  return { level, applied: [], budget };
}

export function applyCommand(state: PlanState, cmd: Command): CommandResult {
  const parsed = command.safeParse(cmd);
  if (!parsed.success) {
    return { ok: false, reason: parsed.error.issues.map((i) => `${jsonPath(i.path)}: ${i.message}`).join('; ') };
  }
  const c = parsed.data;
  const refusal = c.type === 'applyCard' ? refuseCard(state, c.card) : refuseMove(state, c.station, c.x, c.y);
  if (refusal) return { ok: false, reason: refusal };

  let next: PlanState;
  try {
    next = produce(state, (draft) => {
      if (c.type === 'applyCard') {
        const card = draft.level.cards.find((k) => k.id === c.card);
        for (const effect of card?.effects ?? []) applyEffect(draft.level as Level, effect);
        draft.applied.push(c.card);
        draft.budget -= card?.cost ?? 0;
      } else {
        const station = draft.level.stations.find((s) => s.id === c.station);
        if (station) {
          station.x = c.x;
          station.y = c.y;
        }
      }
    });
  } catch (error) {
    if (error instanceof EffectError) return { ok: false, reason: error.message };
    throw error;
  }
  // Effects may write partial data; the schema fills defaults and catches wrong shapes.
  const reparsed = levelSchema.safeParse(next.level);
  if (!reparsed.success) {
    const first = reparsed.error.issues[0];
    return { ok: false, reason: `the change would break the level: ${first ? `${jsonPath(first.path)}: ${first.message}` : ''}` };
  }
  const problems = checkMeaning(reparsed.data, false);
  if (problems.length > 0) {
    const first = problems[0] as { path: string; message: string };
    return { ok: false, reason: `the change would break the level: ${first.path}: ${first.message}` };
  }
  // The reparse builds new objects: keep the old ones wherever nothing changed (structural sharing).
  return { ok: true, state: { level: keepUnchanged(next.level, reparsed.data), applied: next.applied, budget: next.budget } };
}

/** `fresh`, with every part equal to the same part of `old` replaced by that old object. */
function keepUnchanged<T>(old: unknown, fresh: T): T {
  if (Object.is(old, fresh)) return old as T;
  if (typeof old !== 'object' || old === null || typeof fresh !== 'object' || fresh === null) return fresh;
  if (Array.isArray(old) !== Array.isArray(fresh)) return fresh;
  const o = old as Record<string, unknown>;
  const f = fresh as Record<string, unknown>;
  let same = Object.keys(o).length === Object.keys(f).length;
  for (const key of Object.keys(f)) {
    f[key] = keepUnchanged(o[key], f[key]);
    if (f[key] !== o[key] || !Object.hasOwn(o, key)) same = false;
  }
  return same ? (old as T) : fresh;
}

function refuseCard(state: PlanState, cardId: string): string | undefined {
  const card = state.level.cards.find((k) => k.id === cardId);
  if (!card) return `there is no card "${cardId}" in this level`;
  if (state.applied.includes(cardId)) return `card "${cardId}" is already applied`;
  const missing = card.requires.filter((r) => !state.applied.includes(r));
  if (missing.length > 0) return `card "${cardId}" needs ${missing.map((m) => `"${m}"`).join(', ')} first`;
  if (card.cost > state.budget) return `card "${cardId}" costs ${card.cost}, but only ${state.budget} points are left`;
  return undefined;
}

function refuseMove(state: PlanState, stationId: string, x: number, y: number): string | undefined {
  const level = state.level;
  if (!level.stations.some((s) => s.id === stationId)) return `there is no station "${stationId}"`;
  const row = level.floor.tiles[y];
  if (row === undefined || x >= row.length) return `(${x}, ${y}) is outside the floor plan`;
  const tile = row[x];
  if (tile === '#' || tile === 'O') return `(${x}, ${y}) is ${tile === '#' ? 'a wall' : 'an obstacle'}`;
  const other = level.stations.find((s) => s.id !== stationId && s.x === x && s.y === y);
  if (other) return `(${x}, ${y}) is taken by "${other.id}"`;
  return undefined;
}

/** Apply a list of commands; stops at the first refusal and says which one. */
export function applyCommands(
  state: PlanState,
  commands: readonly Command[],
): { ok: true; state: PlanState } | { ok: false; index: number; reason: string } {
  let s = state;
  for (const [index, cmd] of commands.entries()) {
    const r = applyCommand(s, cmd);
    if (!r.ok) return { ok: false, index, reason: r.reason };
    s = r.state;
  }
  return { ok: true, state: s };
}
