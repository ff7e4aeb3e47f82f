/**
 * Whether a JSON value can be opened in the editor's forms: the lists are lists, the objects
 * objects. Everything finer (an empty name, a missing number) is left to the level checker,
 * which lists it per field once the file is open. A file too broken to show is refused with
 * the paths of what is wrong, and the draft on screen stays as it was.
 */
import { LEVEL_FORMAT_VERSION, type LevelIssue } from '../../sim';
import type { Draft } from './draft';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

export type ShapeResult = { ok: true; draft: Draft } | { ok: false; issues: LevelIssue[] };

export function editableDraft(data: unknown): ShapeResult {
  const issues: LevelIssue[] = [];
  const need = (ok: boolean, path: string, message: string): boolean => {
    if (!ok) issues.push({ path, message });
    return ok;
  };
  if (!need(isObj(data), '$', 'a level file is one JSON object { … }')) return { ok: false, issues };
  const d = structuredClone(data) as Obj;
  // No form edits the version: a file of another format version is refused, not half-read.
  if (d.version === undefined) d.version = LEVEL_FORMAT_VERSION;
  need(d.version === LEVEL_FORMAT_VERSION, '$.version', `the file is written for format version ${String(d.version)}; this game reads version ${LEVEL_FORMAT_VERSION}`);
  const text = (path: string, v: unknown): void => {
    need(isObj(v), path, 'a text { "ru": …, "en": … } is missing');
  };
  const list = (path: string, v: unknown, each?: (item: Obj, path: string) => void): void => {
    if (!need(Array.isArray(v), path, 'a list [ … ] is missing')) return;
    (v as unknown[]).forEach((item, i) => {
      if (need(isObj(item), `${path}[${i}]`, 'each element must be an object { … }')) each?.(item as Obj, `${path}[${i}]`);
    });
  };
  text('$.title', d.title);
  text('$.briefing', d.briefing);
  const floor = d.floor;
  if (need(isObj(floor), '$.floor', 'the floor plan { "tiles": [ … ] } is missing')) {
    const f = floor as Obj;
    f.rooms ??= [];
    const tiles = f.tiles;
    need(Array.isArray(tiles) && tiles.every((row) => typeof row === 'string'), '$.floor.tiles', 'the floor plan must be a list of rows of text');
    list('$.floor.rooms', f.rooms, (r, p) => text(`${p}.name`, r.name));
  }
  list('$.spots', d.spots, (s, p) => text(`${p}.name`, s.name));
  list('$.stations', d.stations, (s, p) => text(`${p}.name`, s.name));
  list('$.entities', d.entities, (e, p) => {
    text(`${p}.name`, e.name);
    need(isObj(e.arrivals), `${p}.arrivals`, 'the arrivals { "type": … } are missing');
    list(`${p}.route`, e.route, (s, sp) => {
      text(`${sp}.name`, s.name);
      need(isObj(s.duration), `${sp}.duration`, 'the duration { "type": … } is missing');
      s.defects ??= [];
      list(`${sp}.defects`, s.defects);
    });
  });
  if (need(isObj(d.valueMeasure), '$.valueMeasure', 'the value measure { "kind": … } is missing')) {
    text('$.valueMeasure.name', (d.valueMeasure as Obj).name);
  }
  d.cards ??= [];
  list('$.cards', d.cards, (c, p) => {
    text(`${p}.name`, c.name);
    text(`${p}.why`, c.why);
    c.targets ??= [];
    c.requires ??= [];
    need(Array.isArray(c.targets), `${p}.targets`, 'a list [ … ] is missing');
    need(Array.isArray(c.requires), `${p}.requires`, 'a list [ … ] is missing');
    list(`${p}.effects`, c.effects);
  });
  d.kaizen ??= {};
  need(isObj(d.kaizen), '$.kaizen', 'must be an object { … }');
  if (issues.length) return { ok: false, issues };
  delete d.$schema;
  return { ok: true, draft: d as unknown as Draft };
}

/** Open a level file's text: JSON first, then the editable shape. */
export function readLevelFile(text: string): ShapeResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, issues: [{ path: '$', message: `not JSON: ${(error as Error).message}` }] };
  }
  return editableDraft(data);
}
