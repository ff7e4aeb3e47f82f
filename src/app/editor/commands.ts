/**
 * Edit commands: each returns an Immer recipe that changes the draft in place. The history
 * (`history.ts`) runs them with `produceWithPatches`, so every edit can be undone. They never
 * refuse: a draft may be invalid, and the problem list says what is wrong.
 */
import type { Draft as ImmerDraft } from 'immer';
import { WASTES, type Distribution } from '../../sim';
import { floorSize, freshId, type Draft, type DraftStep, type TileChar } from './draft';

/** Changes the draft in place, or returns a whole new draft (a new plan, an opened file). */
export type Recipe = (draft: ImmerDraft<Draft>) => void | Draft;
/** A place in the draft as keys and indices: ['stations', 2, 'servers']. */
export type Path = readonly (string | number)[];

type Container = Record<string | number, unknown>;

/**
 * A new thing is named in the author's language only; the other side stays empty and shows the
 * same name (a one-sided text fills both), so renaming it later renames it in both.
 */
export type Lang = 'ru' | 'en';
function named(lang: Lang, ru: string, en: string): { ru: string; en: string } {
  return lang === 'ru' ? { ru, en: '' } : { ru: '', en };
}

function containerAt(root: unknown, path: Path): Container | undefined {
  let node = root;
  for (const key of path) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Container)[key];
  }
  return typeof node === 'object' && node !== null ? (node as Container) : undefined;
}

/** Set the value at `path`; `undefined` removes an optional field. */
export function setAt(path: Path, value: unknown): Recipe {
  return (d) => {
    const parent = containerAt(d, path.slice(0, -1));
    const key = path[path.length - 1];
    if (!parent || key === undefined) return;
    if (value === undefined) {
      if (Array.isArray(parent)) return;
      delete parent[key];
    } else parent[key] = value;
  };
}

export function removeAt(path: Path, index: number): Recipe {
  return (d) => {
    const list = containerAt(d, path);
    if (Array.isArray(list) && index >= 0 && index < list.length) list.splice(index, 1);
  };
}

/** Move a list element from `from` to `to` (both positions in the list before the move). */
export function moveItem(path: Path, from: number, to: number): Recipe {
  return (d) => {
    const list = containerAt(d, path);
    if (!Array.isArray(list) || from < 0 || from >= list.length || to < 0 || to >= list.length || from === to) return;
    const [item] = list.splice(from, 1);
    list.splice(to, 0, item);
  };
}

/** Paint tiles; cells off the plan are ignored, rows shorter than the plan are padded with floor. */
export function paintTiles(cells: readonly { x: number; y: number }[], tile: TileChar): Recipe {
  return (d) => {
    const { width } = floorSize(d);
    const rows = d.floor.tiles;
    for (const { x, y } of cells) {
      const row = rows[y];
      if (row === undefined || x < 0 || x >= width) continue;
      const padded = row.padEnd(width, '.');
      if (padded[x] === tile && padded === row) continue;
      rows[y] = padded.slice(0, x) + tile + padded.slice(x + 1);
    }
  };
}

/** Resize the plan, keeping what is drawn; new tiles are floor. Places left off the plan are reported by the checker. */
export function resizeFloor(width: number, height: number): Recipe {
  return (d) => {
    const w = Math.max(1, Math.min(80, Math.round(width)));
    const h = Math.max(1, Math.min(60, Math.round(height)));
    const rows = d.floor.tiles.slice(0, h).map((row) => row.padEnd(w, '.').slice(0, w));
    while (rows.length < h) rows.push('.'.repeat(w));
    d.floor.tiles = rows;
  };
}

function placeIds(d: Draft): string[] {
  return [...d.stations.map((s) => s.id), ...d.spots.map((s) => s.id)];
}

/** A new station on a tile, with one server, named in both languages by its number. */
export function addStation(x: number, y: number, lang: Lang): Recipe {
  return (d) => {
    const id = freshId('station', placeIds(d));
    const n = id.slice('station-'.length);
    d.stations.push({ id, name: named(lang, `Станция ${n}`, `Station ${n}`), x, y, servers: 1 });
  };
}

export function addSpot(x: number, y: number, lang: Lang): Recipe {
  return (d) => {
    const id = freshId('spot', placeIds(d));
    const n = id.slice('spot-'.length);
    d.spots.push({ id, name: named(lang, `Место ${n}`, `Spot ${n}`), x, y });
  };
}

/** Move a station or a spot to another tile. */
export function movePlace(list: 'stations' | 'spots', index: number, x: number, y: number): Recipe {
  return (d) => {
    const place = d[list][index];
    if (!place) return;
    place.x = x;
    place.y = y;
  };
}

/** Rename a station or spot and every reference to it (routes, arrivals, card targets). */
export function renamePlace(list: 'stations' | 'spots', index: number, newId: string): Recipe {
  return (d) => {
    const place = d[list][index];
    if (!place || place.id === newId) return;
    const old = place.id;
    place.id = newId;
    for (const e of d.entities) {
      if (list === 'spots') {
        if (e.enterAt === old) e.enterAt = newId;
        if (e.leaveAt === old) e.leaveAt = newId;
      } else for (const s of e.route) if (s.station === old) s.station = newId;
    }
    renameInTargets(d, `${list}.${old}`, `${list}.${newId}`);
  };
}

/** Rename an entity type and the value measure and card targets that name it. */
export function renameEntity(index: number, newId: string): Recipe {
  return (d) => {
    const e = d.entities[index];
    if (!e || e.id === newId) return;
    const old = e.id;
    e.id = newId;
    if (d.valueMeasure.entity === old) d.valueMeasure.entity = newId;
    renameInTargets(d, `entities.${old}`, `entities.${newId}`);
  };
}

/** Rename a route step and what names it: defects sent back to it, the lead-time bounds, the value measure. */
export function renameStep(entityIndex: number, stepIndex: number, newId: string): Recipe {
  return (d) => {
    const e = d.entities[entityIndex];
    const step = e?.route[stepIndex];
    if (!e || !step || step.id === newId) return;
    const old = step.id;
    step.id = newId;
    for (const s of e.route) for (const defect of s.defects ?? []) if (defect.backTo === old) defect.backTo = newId;
    if (e.leadTime) {
      if (e.leadTime.from === old) e.leadTime.from = newId;
      if (e.leadTime.to === old) e.leadTime.to = newId;
      if (e.leadTime.pauseDuring) e.leadTime.pauseDuring = e.leadTime.pauseDuring.map((p) => (p === old ? newId : p));
    }
    const vm = d.valueMeasure;
    if (vm.kind === 'stepTimeAtLeast' && vm.entity === e.id && vm.step === old) vm.step = newId;
    renameInTargets(d, `entities.${e.id}.route.${old}`, `entities.${e.id}.route.${newId}`);
  };
}

/** Card targets are paths by id (`stations.cash.servers`): rename the ones under `from`. */
function renameInTargets(d: Draft, from: string, to: string): void {
  for (const card of d.cards ?? []) {
    for (const effect of card.effects) {
      if ('target' in effect && (effect.target === from || effect.target.startsWith(`${from}.`))) {
        effect.target = to + effect.target.slice(from.length);
      }
    }
  }
}

/** A step at `station` added to the end of an entity's route: one minute of value-adding work to start with. */
export function addStep(entityIndex: number, stationId: string): Recipe {
  return (d) => {
    const e = d.entities[entityIndex];
    if (!e) return;
    const station = d.stations.find((s) => s.id === stationId);
    const id = e.route.some((s) => s.id === stationId) ? freshId(stationId, e.route.map((s) => s.id)) : stationId;
    const step: DraftStep = {
      id,
      name: station ? { ...station.name } : { ru: stationId, en: stationId },
      station: stationId,
      duration: { type: 'constant', value: 60 },
      class: 'value',
      defects: [],
    };
    e.route.push(step);
  };
}

export function addEntity(lang: Lang): Recipe {
  return (d) => {
    const id = freshId('unit', d.entities.map((e) => e.id));
    const spot = d.spots[0]?.id ?? '';
    d.entities.push({
      id,
      kind: 'person',
      name: named(lang, 'Посетитель', 'Visitor'),
      enterAt: spot,
      leaveAt: spot,
      arrivals: { type: 'poisson', ratePerHour: 30, start: 0, count: 20 },
      route: [],
    });
  };
}

export function addCard(): Recipe {
  return (d) => {
    d.cards ??= [];
    const id = freshId('card', d.cards.map((c) => c.id));
    d.cards.push({
      id,
      tool: 'visual',
      name: { ru: '', en: '' },
      why: { ru: '', en: '' },
      cost: 1,
      targets: [WASTES[0]],
      requires: [],
      trap: false,
      effects: [],
    });
  };
}

/** A named room over a rectangle of the plan (by default the whole plan), given by two opposite corners. */
export function addRoom(lang: Lang, a?: { x: number; y: number }, b?: { x: number; y: number }): Recipe {
  return (d) => {
    d.floor.rooms ??= [];
    const id = freshId('room', d.floor.rooms.map((r) => r.id));
    const n = id.slice('room-'.length);
    const { width, height } = floorSize(d);
    const from = a ?? { x: 0, y: 0 };
    const to = b ?? { x: width - 1, y: height - 1 };
    const x = Math.max(0, Math.min(from.x, to.x));
    const y = Math.max(0, Math.min(from.y, to.y));
    const w = Math.max(1, Math.abs(to.x - from.x) + 1);
    const h = Math.max(1, Math.abs(to.y - from.y) + 1);
    d.floor.rooms.push({ id, name: named(lang, `Комната ${n}`, `Room ${n}`), x, y, w, h });
  };
}

/** The fields each distribution needs, with starting values taken from the old one's typical time. */
export function distributionOfType(type: Distribution['type'], typical: number): Distribution {
  const t = Math.max(1, Math.round(typical));
  switch (type) {
    case 'constant':
      return { type, value: t };
    case 'uniform':
      return { type, min: Math.round(t / 2), max: Math.round(t * 1.5) };
    case 'triangular':
      return { type, min: Math.round(t / 2), mode: t, max: t * 2 };
    case 'exponential':
      return { type, mean: t };
    case 'normal':
      return { type, mean: t, sd: Math.max(1, Math.round(t / 4)) };
    case 'lognormal':
      return { type, median: t, sigma: 0.5 };
    case 'empirical':
      return { type, values: [Math.round(t / 2), t, t * 2] };
  }
}

/** Replace the whole draft (a new plan, a shipped level, an opened file): one undoable step. */
export function replaceDraft(next: Draft): Recipe {
  return () => next;
}

/**
 * One side of a level text at `path`, creating the text when it is not there yet (a wave's
 * optional name, the name of a step a card inserts). `optional`: emptying both sides removes
 * the text, so an unnamed wave stays unnamed rather than invalid.
 */
export function setTextSide(path: Path, side: Lang, value: string, optional = false): Recipe {
  return (d) => {
    const parent = containerAt(d, path.slice(0, -1));
    const key = path[path.length - 1];
    if (!parent || key === undefined) return;
    const old = parent[key];
    const before = typeof old === 'object' && old !== null ? (old as Partial<Record<Lang, unknown>>) : {};
    const next = { ru: typeof before.ru === 'string' ? before.ru : '', en: typeof before.en === 'string' ? before.en : '', [side]: value };
    if (optional && next.ru.trim() === '' && next.en.trim() === '') {
      if (!Array.isArray(parent)) delete parent[key];
    } else if (typeof old === 'object' && old !== null) (old as Record<string, unknown>)[side] = value;
    else parent[key] = next;
  };
}
