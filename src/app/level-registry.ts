/**
 * Every level file shipped in levels/, loaded and validated at start-up. A broken file is
 * kept with its problems (shown in the menu), never dropped silently and never a crash.
 */
import { parseLevel, type Level, type LevelIssue } from '../sim';

export type LevelEntry =
  | { ok: true; id: string; file: string; level: Level }
  | { ok: false; id: string; file: string; issues: LevelIssue[] };

export function loadLevelFiles(modules: Record<string, unknown>): LevelEntry[] {
  return Object.entries(modules)
    .filter(([file]) => !file.endsWith('.schema.json'))
    .map(([file, data]): LevelEntry => {
      const id = file.replace(/^.*\//, '').replace(/\.json$/, '');
      const r = parseLevel(data);
      return r.ok ? { ok: true, id: r.level.id, file, level: r.level } : { ok: false, id, file, issues: r.issues };
    })
    .sort((a, b) => a.id.localeCompare(b.id, 'en'));
}

export function shippedLevels(): LevelEntry[] {
  return loadLevelFiles(import.meta.glob(['/levels/*.json', '!/levels/level.schema.json'], { eager: true, import: 'default' }));
}
