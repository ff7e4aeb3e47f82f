/**
 * What a card effect's value is, so the editor can offer the right field for it instead of
 * raw JSON: `set` on `stations.line.servers` takes a number, on `….duration` a distribution,
 * on `….station` a station; `insertAfter` after a route step takes a step, after a spot a spot.
 * Decided by the target's last field (the level format fixes its type), else by the value's
 * own shape; anything else (opening hours, a whole arrivals plan) stays JSON.
 */
import type { Lang } from './commands';

export type SetValueKind = 'number' | 'boolean' | 'text' | 'distribution' | 'station' | 'spot' | 'bucket' | 'string' | 'json';
export type InsertValueKind = 'step' | 'spot' | 'json';

const DISTRIBUTION_FIELDS = new Set(['duration', 'away', 'search']);
const BOOLEAN_FIELDS = new Set(['electronic', 'continues', 'staffed', 'trap']);
const TEXT_FIELDS = new Set(['name', 'why', 'title', 'briefing']);
const NUMBER_FIELDS = new Set([
  'x', 'y', 'w', 'h', 'servers', 'queueCapacity', 'disorder', 'probability', 'at', 'count', 'spread', 'ratePerHour', 'start',
  'endBy', 'value', 'mean', 'median', 'mode', 'min', 'max', 'sd', 'sigma', 'period', 'cost', 'clutterSlowdown', 'target', 'maxTime',
]);
const DISTRIBUTION_TYPES = new Set(['constant', 'uniform', 'triangular', 'exponential', 'normal', 'lognormal', 'empirical']);

function lastField(target: string): string {
  const parts = target.split('.');
  return parts[parts.length - 1] ?? '';
}

function isText(v: unknown): boolean {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && typeof (v as Record<string, unknown>).ru === 'string' && typeof (v as Record<string, unknown>).en === 'string' && Object.keys(v).length === 2;
}

export function setValueKind(target: string, value: unknown): SetValueKind {
  const field = lastField(target);
  if (DISTRIBUTION_FIELDS.has(field)) return 'distribution';
  if (field === 'station') return 'station';
  if (field === 'enterAt' || field === 'leaveAt') return 'spot';
  if (field === 'class') return 'bucket';
  if (BOOLEAN_FIELDS.has(field)) return 'boolean';
  if (TEXT_FIELDS.has(field)) return 'text';
  // A field of a distribution (`….duration.sigma`) or of a place: a number.
  if (NUMBER_FIELDS.has(field)) return 'number';
  if (typeof value === 'number') return 'number';
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'string') return 'string';
  if (isText(value)) return 'text';
  if (typeof value === 'object' && value !== null && DISTRIBUTION_TYPES.has((value as { type?: unknown }).type as string)) return 'distribution';
  return 'json';
}

/** insertAfter puts a new step after a route step (`entities.<e>.route.<step>`) or a new spot after a spot (`spots.<spot>`). */
export function insertValueKind(target: string): InsertValueKind {
  const parts = target.split('.');
  if (parts.length === 4 && parts[0] === 'entities' && parts[2] === 'route') return 'step';
  if (parts.length === 2 && parts[0] === 'spots') return 'spot';
  return 'json';
}

/** The value a new `set` starts with for its target: a value of the kind the field takes. */
export function defaultSetValue(target: string, firstStation: string | undefined): unknown {
  switch (setValueKind(target, undefined)) {
    case 'distribution':
      return { type: 'constant', value: 60 };
    case 'boolean':
      return true;
    case 'text':
      return { ru: '', en: '' };
    case 'station':
      return firstStation ?? '';
    case 'bucket':
      return 'value';
    case 'spot':
    case 'string':
      return '';
    default:
      return 1;
  }
}

/** What a new `insertAfter` inserts: a step at the first station, or a spot; named in the author's language. */
export function defaultInsertValue(target: string, firstStation: string | undefined, lang: Lang): Record<string, unknown> {
  const named = (ru: string, en: string) => (lang === 'ru' ? { ru, en: '' } : { ru: '', en });
  if (insertValueKind(target) === 'spot') return { id: 'new-spot', name: named('Новое место', 'New spot'), x: 1, y: 1 };
  return { id: 'new-step', name: named('Новый шаг', 'New step'), station: firstStation ?? '', duration: { type: 'constant', value: 60 }, class: 'value' };
}
