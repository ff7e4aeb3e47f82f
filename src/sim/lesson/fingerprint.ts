/**
 * A short fingerprint of what makes a lesson's figures what they are: the level's content,
 * the seed and the budget. Two codes with different fingerprints belong to different lessons.
 * FNV-1a over a canonical JSON (keys sorted), so the key order of a file does not matter. Pure.
 */
import type { Level } from '../level/schema';

/** FNV-1a of `text`; `from` continues the hash of a text that came before it. */
export function fnv1a(text: string, from = 0x811c9dc5): number {
  let hash = from;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** JSON with every object's keys in sorted order; undefined fields are left out as JSON does. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/**
 * `width` bits (≤ 32) of the fingerprint of a lesson. `level` is the level as the lesson plays
 * it. Hashing a level takes milliseconds; the hash of its text is kept per level object (levels
 * are never changed in place), so checking many codes of one lesson costs next to nothing.
 */
export function lessonFingerprint(level: Level, seed: number, budgetPerRound: number, width: number): number {
  let levelHash = levelHashes.get(level);
  if (levelHash === undefined) levelHashes.set(level, (levelHash = fnv1a(canonicalJson(level))));
  const hash = fnv1a(`|seed=${seed}|budget=${budgetPerRound}`, levelHash);
  return width >= 32 ? hash : hash % 2 ** width;
}

const levelHashes = new WeakMap<Level, number>();
