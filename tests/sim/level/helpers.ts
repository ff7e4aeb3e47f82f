/**
 * Shared fixtures for the level tests: a frozen copy of the canteen's current state
 * (tests/fixtures/canteen-base.json, no cards) and ways to change it. The shipped level keeps
 * evolving; these tests pin exact issue lists, so they work on a copy that does not.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseLevel, type LevelIssue } from '../../../src/sim/level/validate';
import type { Level } from '../../../src/sim/level/schema';

export const LEVELS_DIR = fileURLToPath(new URL('../../../levels/', import.meta.url));

/** The level files shipped with the game (everything in levels/ but the schema). */
export const levelFiles: string[] = readdirSync(LEVELS_DIR)
  .filter((f) => f.endsWith('.json') && f !== 'level.schema.json')
  .sort();

export function readLevelFile(file: string): unknown {
  return JSON.parse(readFileSync(`${LEVELS_DIR}${file}`, 'utf8')) as unknown;
}

/**
 * A level as raw JSON. Mutations break its types on purpose (a string where a number
 * belongs, a missing field), so it is deliberately loose.
 */
export type RawLevel = any;

const canteenJson = JSON.parse(
  readFileSync(fileURLToPath(new URL('../../fixtures/canteen-base.json', import.meta.url)), 'utf8'),
) as unknown;

/** A fresh copy of the canteen base level as it is written in the file. */
export function canteen(): RawLevel {
  return structuredClone(canteenJson);
}

/** The canteen level changed by one small mutation. */
export function mutate(fn: (level: RawLevel) => void): RawLevel {
  const level = canteen();
  fn(level);
  return level;
}

/** Repaint a rectangle of floor tiles of a raw level. */
export function paintTiles(level: RawLevel, tile: string, x: number, y: number, w = 1, h = 1): void {
  const rows = level.floor.tiles as string[];
  for (let row = y; row < y + h; row++) {
    const line = rows[row] as string;
    rows[row] = line.slice(0, x) + tile.repeat(w) + line.slice(x + w);
  }
}

const t = (en: string) => ({ ru: en, en });

/** An improvement card with plain defaults: only id, effects and (optionally) requires matter. */
export function card(id: string, effects: unknown[], extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { id, tool: 'visual', name: t(id), why: t(`why ${id}`), cost: 1, targets: ['waiting'], effects, ...extra };
}

/** The issues of a level that must be rejected; fails the test if it loads. */
export function issuesOf(data: unknown): LevelIssue[] {
  const result = parseLevel(data);
  if (result.ok) throw new Error('expected the level to be rejected, but it loaded');
  return result.issues;
}

/** A level that must load; fails the test with its issues if it does not. */
export function load(data: unknown): Level {
  const result = parseLevel(data);
  if (!result.ok) throw new Error(`expected the level to load, but: ${JSON.stringify(result.issues, null, 2)}`);
  return result.level;
}
