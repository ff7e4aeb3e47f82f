/**
 * The browser's localStorage, or — where the browser refuses it (privacy modes, locked-down
 * school browsers) — a store in memory, so a lesson still runs; the setup screen then says
 * that saves last only until the tab is closed.
 */
import type { StorageLike } from '../../app/lesson/saves';

export function browserStorage(): { storage: StorageLike; persistent: boolean } {
  try {
    const s = window.localStorage;
    const probe = 'mini-process-factory/probe';
    s.setItem(probe, '1');
    s.removeItem(probe);
    return { storage: s, persistent: true };
  } catch {
    return { storage: memoryStorage(), persistent: false };
  }
}

export function memoryStorage(): StorageLike {
  const map = new Map<string, string>();
  return {
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, String(v)),
    removeItem: (k) => void map.delete(k),
    key: (i) => [...map.keys()][i] ?? null,
    get length() {
      return map.size;
    },
  };
}

/** Offers text as a file download (CSV, a lesson file) without any server. */
export function download(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A file name safe on Windows, macOS and Linux: Cyrillic kept, separators and reserved characters replaced. */
export function safeFileName(name: string): string {
  return name.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '-').replace(/\s+/g, '-').replace(/-+/g, '-').slice(0, 120);
}
