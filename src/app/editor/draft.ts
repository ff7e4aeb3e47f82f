/**
 * The editor's draft: a level as the author is writing it. It has the level file's shape
 * (`LevelInput`) but may break any rule of it — an empty text, a route with no steps, a
 * station on a wall — because an unfinished process must never be lost. `levelInputOf`
 * turns it into what the level loader checks; `validateDraft` runs that very loader.
 */
import { LEVEL_FORMAT_VERSION, parseLevel, type Level, type LevelInput, type LevelIssue, type Text } from '../../sim';

export type Draft = LevelInput;
export type DraftStation = Draft['stations'][number];
export type DraftSpot = Draft['spots'][number];
export type DraftEntity = Draft['entities'][number];
export type DraftStep = DraftEntity['route'][number];
export type DraftCard = NonNullable<Draft['cards']>[number];
export type TileChar = '.' | '#' | 'D' | 'O' | 'c';
export const TILE_CHARS: readonly TileChar[] = ['.', '#', 'D', 'O', 'c'];

export const EMPTY_WIDTH = 16;
export const EMPTY_HEIGHT = 10;

/** A floor of `width × height` tiles with a wall all round and a door in the middle of the left wall. */
export function walledFloor(width: number, height: number): string[] {
  const door = Math.floor(height / 2);
  return Array.from({ length: height }, (_, y) => {
    if (y === 0 || y === height - 1) return '#'.repeat(width);
    return `${y === door ? 'D' : '#'}${'.'.repeat(Math.max(0, width - 2))}#`;
  });
}

/**
 * The empty plan a new process starts from: a walled room with a door, one kind of visitor
 * coming in and going out there, a value measure on their lead time. It is not yet a valid
 * level on purpose: it has no station and no route, and the problem list says so.
 */
export function emptyDraft(): Draft {
  const door = Math.floor(EMPTY_HEIGHT / 2);
  return {
    version: LEVEL_FORMAT_VERSION,
    id: 'my-process',
    title: { ru: 'Мой процесс', en: 'My process' },
    briefing: { ru: '', en: '' },
    clockStart: 0,
    maxTime: 3600,
    floor: { tileSize: 1, walkSpeed: 1.2, tiles: walledFloor(EMPTY_WIDTH, EMPTY_HEIGHT), clutterSlowdown: 3, rooms: [] },
    spots: [{ id: 'entrance', name: { ru: 'Вход', en: 'Entrance' }, x: 0, y: door }],
    stations: [],
    entities: [
      {
        id: 'visitor',
        kind: 'person',
        name: { ru: 'Посетитель', en: 'Visitor' },
        enterAt: 'entrance',
        leaveAt: 'entrance',
        arrivals: { type: 'poisson', ratePerHour: 30, start: 0, count: 20 },
        route: [],
      },
    ],
    valueMeasure: {
      kind: 'leadTimeAtMost',
      entity: 'visitor',
      seconds: 600,
      name: { ru: 'Обслужены за 10 минут', en: 'Served within 10 minutes' },
      target: 0.8,
    },
    cards: [],
    kaizen: {},
  };
}

/** A shipped level opened for editing: a deep copy of the file as written (defaults filled in). */
export function draftFromLevel(level: Level): Draft {
  const copy = JSON.parse(JSON.stringify(level)) as Draft;
  delete copy.$schema;
  return copy;
}

/**
 * Level texts may be written in one language or both: a text with one side empty shows the
 * other side in both languages. Only a text empty on both sides is a problem.
 */
export function fillText(t: Text): Text {
  const ru = t.ru.trim() === '' ? t.en : t.ru;
  const en = t.en.trim() === '' ? t.ru : t.en;
  return { ru, en };
}

function isText(value: unknown): value is Text {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  return keys.length === 2 && keys.includes('ru') && keys.includes('en') &&
    typeof (value as Text).ru === 'string' && typeof (value as Text).en === 'string';
}

function mapTexts(value: unknown): unknown {
  if (isText(value)) return fillText(value);
  if (Array.isArray(value)) return value.map(mapTexts);
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapTexts(v)]));
  }
  return value;
}

/** What the level loader is given: the draft with every one-sided text filled from its other side. */
export function levelInputOf(draft: Draft): Draft {
  return mapTexts(draft) as Draft;
}

export type DraftCheck = { ok: true; level: Level; issues: [] } | { ok: false; issues: LevelIssue[] };

/** The same loader as the game's (`parseLevel`): a draft can be played exactly when this is ok. */
export function validateDraft(draft: Draft): DraftCheck {
  const r = parseLevel(levelInputOf(draft));
  return r.ok ? { ok: true, level: r.level, issues: [] } : { ok: false, issues: r.issues };
}

/** The level file: "$schema" and "version" first, then the level, texts filled. */
export function levelFileText(draft: Draft): string {
  const { $schema: _ignored, version: _v, ...rest } = levelInputOf(draft);
  const file = { $schema: './level.schema.json', version: LEVEL_FORMAT_VERSION, ...rest };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** A file name for the download: the level's id when it is a good one. */
export function levelFileName(draft: Draft): string {
  return /^[a-z][a-z0-9-]*$/.test(draft.id) ? `${draft.id}.json` : 'level.json';
}

/** The floor's size as drawn (the widest row counts). */
export function floorSize(draft: Draft): { width: number; height: number } {
  const tiles = draft.floor.tiles;
  return { width: tiles.reduce((w, row) => Math.max(w, row.length), 0), height: tiles.length };
}

/** A fresh id `base-1`, `base-2`, … not among `taken`. */
export function freshId(base: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  for (let n = 1; ; n++) {
    const id = `${base}-${n}`;
    if (!used.has(id)) return id;
  }
}
