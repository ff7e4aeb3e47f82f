/**
 * Where a problem is fixed: the checker names a JSON path ($.entities[0].route[2].duration);
 * the editor needs the tab that shows it, the form field to focus, and for the floor plan
 * the tile. Form fields carry their JSON path (data-path), so the field is the longest
 * prefix of the problem's path that has one.
 */
import type { Draft } from './draft';

export type EditorTab = 'level' | 'floor' | 'stations' | 'routes' | 'cards';
export const EDITOR_TABS: readonly EditorTab[] = ['level', 'floor', 'stations', 'routes', 'cards'];

export type Segment = string | number;

/** "$.a[2].b" → ['a', 2, 'b']. */
export function parsePath(path: string): Segment[] {
  const out: Segment[] = [];
  const re = /\.([^.[\]]+)|\[(\d+)\]/g;
  for (const m of path.replace(/^\$/, '').matchAll(re)) out.push(m[2] !== undefined ? Number(m[2]) : (m[1] as string));
  return out;
}

/** ['a', 2, 'b'] → "$.a[2].b". */
export function formatPath(segments: readonly Segment[]): string {
  return segments.reduce<string>((acc, s) => (typeof s === 'number' ? `${acc}[${s}]` : `${acc}.${s}`), '$');
}

/** The path and each shorter prefix of it, longest first: the fields to try, in order. */
export function pathCandidates(path: string): string[] {
  const segments = parsePath(path);
  return segments.map((_, i) => formatPath(segments.slice(0, segments.length - i))).concat('$');
}

export interface Location {
  tab: EditorTab;
  /** the JSON path whose field shows the problem (the UI tries its prefixes) */
  path: string;
  /** a tile of the floor plan to put the cursor on */
  tile?: { x: number; y: number };
}

export function locateIssue(path: string, draft: Draft): Location {
  const s = parsePath(path);
  const [head, index, field] = s;
  switch (head) {
    case 'floor': {
      if (index === 'tiles' && typeof field === 'number') return { tab: 'floor', path, tile: { x: 0, y: field } };
      if (index === 'rooms' && typeof field === 'number') {
        const room = draft.floor.rooms?.[field];
        return { tab: 'floor', path, tile: room ? { x: room.x, y: room.y } : undefined };
      }
      return { tab: 'floor', path };
    }
    case 'spots':
    case 'stations': {
      const place = typeof index === 'number' ? draft[head][index] : undefined;
      const tile = place ? { x: place.x, y: place.y } : undefined;
      // A place on a wall or off the plan is fixed by its coordinates.
      const at = typeof index === 'number' && s.length === 2 ? formatPath([head, index, 'x']) : path;
      return { tab: head === 'spots' ? 'floor' : 'stations', path: at, tile };
    }
    case 'entities':
      return { tab: 'routes', path };
    case 'cards':
    case 'kaizen':
      return { tab: 'cards', path };
    default:
      return { tab: 'level', path };
  }
}
