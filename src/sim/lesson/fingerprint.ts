/**
 * A short fingerprint of what makes a lesson's figures what they are: the level's content,
 * the seed and the budget. Two codes with different fingerprints belong to different lessons.
 * FNV-1a over a canonical JSON (keys sorted), so the key order of a file does not matter. Pure.
 */
import type { Level } from '../level/schema';

export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
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

/** `width` bits (≤ 32) of the fingerprint of a lesson. */
export function lessonFingerprint(level: Level, seed: number, budgetPerRound: number, width: number): number {
  const hash = fnv1a(`${canonicalJson(level)}|seed=${seed}|budget=${budgetPerRound}`);
  return width >= 32 ? hash : hash % 2 ** width;
}
