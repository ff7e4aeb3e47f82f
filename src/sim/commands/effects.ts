/**
 * Declarative card effects applied to a level draft (an Immer draft or a plain copy).
 * A target is a dotted path whose array steps are element ids, never positions, so a
 * card keeps meaning the same thing when a level is edited:
 *   stations.cash.servers · entities.pupil.route.pay.duration · spots.exit.x
 * Every function throws EffectError with a plain reason when a target names nothing.
 */
import type { Distribution, Effect, Level } from '../level/schema';
import { cloneJson } from '../core/clone';

export class EffectError extends Error {}

type Container = Record<string, unknown> | unknown[];

interface Resolved {
  parent: Container;
  key: string | number;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Find the container and key a target path points at. */
export function resolveTarget(level: Level, target: string, mayCreate = false): Resolved {
  const parts = target.split('.');
  const last = parts.length - 1;
  let node: unknown = level;
  let parent: Container | undefined;
  let key: string | number = '';
  let walked = '';
  for (const [i, part] of parts.entries()) {
    if (Array.isArray(node)) {
      const index = node.findIndex((el) => isRecord(el) && el.id === part);
      if (index < 0) throw new EffectError(`"${target}": there is no "${part}" in ${walked || 'the level'}`);
      parent = node;
      key = index;
    } else if (isRecord(node)) {
      // `set` may give an object an optional field it lacks (a WIP limit); the level is re-validated after.
      const creatable = mayCreate && i === last && part !== '__proto__';
      if (!Object.hasOwn(node, part) && !creatable) throw new EffectError(`"${target}": ${walked || 'the level'} has no "${part}"`);
      parent = node;
      key = part;
    } else {
      throw new EffectError(`"${target}": ${walked} is a value, it has no "${part}"`);
    }
    node = (parent as Record<string | number, unknown>)[key];
    walked = walked ? `${walked}.${part}` : part;
  }
  if (parent === undefined) throw new EffectError(`"${target}" names nothing`);
  return { parent, key };
}

function get(r: Resolved): unknown {
  return (r.parent as Record<string | number, unknown>)[r.key];
}

function put(r: Resolved, value: unknown): void {
  (r.parent as Record<string | number, unknown>)[r.key] = value;
}

const TIME_FIELDS = ['value', 'min', 'max', 'mode', 'mean', 'sd', 'median'] as const;

function scaleDistribution(d: Distribution, factor: number): void {
  const record = d as unknown as Record<string, unknown>;
  for (const f of TIME_FIELDS) if (typeof record[f] === 'number') record[f] = (record[f] as number) * factor;
  if (d.type === 'empirical') d.values = d.values.map((v) => v * factor);
}

/** Apply one effect in place. The caller validates the resulting level. */
export function applyEffect(level: Level, effect: Effect): void {
  switch (effect.op) {
    case 'paint': {
      const rows = level.floor.tiles;
      if (effect.y + effect.h > rows.length || effect.x + effect.w > (rows[0]?.length ?? 0)) {
        throw new EffectError(`paint: the rectangle at (${effect.x}, ${effect.y}) runs off the floor plan`);
      }
      for (let y = effect.y; y < effect.y + effect.h; y++) {
        const row = rows[y] as string;
        rows[y] = row.slice(0, effect.x) + effect.tile.repeat(effect.w) + row.slice(effect.x + effect.w);
      }
      return;
    }
    case 'set': {
      const r = resolveTarget(level, effect.target, true);
      put(r, cloneJson(effect.value));
      return;
    }
    case 'add':
    case 'scale': {
      const r = resolveTarget(level, effect.target);
      const v = get(r);
      if (typeof v === 'number') {
        put(r, effect.op === 'add' ? v + effect.amount : v * effect.factor);
      } else if (effect.op === 'scale' && isRecord(v) && typeof v.type === 'string') {
        scaleDistribution(v as unknown as Distribution, effect.factor);
      } else {
        throw new EffectError(`"${effect.target}" is not a number${effect.op === 'scale' ? ' or a distribution' : ''}`);
      }
      return;
    }
    case 'remove': {
      const r = resolveTarget(level, effect.target);
      if (!Array.isArray(r.parent)) throw new EffectError(`"${effect.target}" is not an element of a list`);
      r.parent.splice(r.key as number, 1);
      return;
    }
    case 'insertAfter': {
      const r = resolveTarget(level, effect.target);
      if (!Array.isArray(r.parent)) throw new EffectError(`"${effect.target}" is not an element of a list`);
      r.parent.splice((r.key as number) + 1, 0, cloneJson(effect.value));
      return;
    }
  }
}
