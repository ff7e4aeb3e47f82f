import type { Lang } from './i18n';

export interface LevelEntry {
  id: string;
  title: Record<Lang, string>;
}

function isLevelEntry(value: unknown): value is LevelEntry {
  if (typeof value !== 'object' || value === null) return false;
  const { id, title } = value as { id?: unknown; title?: unknown };
  if (typeof id !== 'string' || typeof title !== 'object' || title === null) return false;
  const { ru, en } = title as { ru?: unknown; en?: unknown };
  return typeof ru === 'string' && typeof en === 'string';
}

/**
 * Picks the menu's view of each level from the globbed JSON modules.
 * The full level schema belongs to the simulation; the menu only needs id and title,
 * so a file it cannot list is skipped with a warning rather than breaking the menu.
 */
export function listLevels(modules: Record<string, unknown>): LevelEntry[] {
  const levels: LevelEntry[] = [];
  for (const [path, data] of Object.entries(modules)) {
    if (isLevelEntry(data)) levels.push({ id: data.id, title: { ru: data.title.ru, en: data.title.en } });
    else console.warn(`Level file ${path} has no id or title.ru/title.en; not listed.`);
  }
  return levels.sort((a, b) => a.id.localeCompare(b.id, 'en', { numeric: true }));
}

export function loadLevels(): LevelEntry[] {
  return listLevels(import.meta.glob('/levels/*.json', { eager: true, import: 'default' }));
}
