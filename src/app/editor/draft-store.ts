/**
 * The draft autosaved in the browser (localStorage, passed in as a plain key–value store so
 * this stays testable). A stored draft that cannot be read back is never overwritten: it is
 * moved aside under its own key, and the editor says so and where it is kept.
 */
import type { Draft } from './draft';
import { editableDraft } from './shape';

export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export const DRAFT_KEY = 'mpf.editor.draft';
const CORRUPT_PREFIX = 'mpf.editor.draft.unreadable';
const FORMAT = 'mpf-editor-draft';

export type LoadedDraft =
  | { kind: 'none' }
  | { kind: 'draft'; draft: Draft }
  /** the stored text could not be read; it now lives under `keptAs` */
  | { kind: 'corrupt'; keptAs: string | undefined; reason: string };

export function loadDraft(store: KeyValueStore): LoadedDraft {
  let raw: string | null;
  try {
    raw = store.getItem(DRAFT_KEY);
  } catch {
    return { kind: 'none' };
  }
  // '' is what a draft set aside leaves behind.
  if (raw === null || raw === '') return { kind: 'none' };
  const reason = unreadable(raw);
  if (reason === undefined) {
    const saved = JSON.parse(raw) as { draft: unknown };
    const shaped = editableDraft(saved.draft);
    if (shaped.ok) return { kind: 'draft', draft: shaped.draft };
    return setAside(store, raw, shaped.issues.map((i) => `${i.path}: ${i.message}`).join('; '));
  }
  return setAside(store, raw, reason);
}

function unreadable(raw: string): string | undefined {
  let saved: unknown;
  try {
    saved = JSON.parse(raw);
  } catch (error) {
    return `not JSON: ${(error as Error).message}`;
  }
  if (typeof saved !== 'object' || saved === null || (saved as { format?: unknown }).format !== FORMAT) return 'not a saved draft';
  return undefined;
}

function setAside(store: KeyValueStore, raw: string, reason: string): LoadedDraft {
  for (let n = 1; n < 100; n++) {
    const key = n === 1 ? CORRUPT_PREFIX : `${CORRUPT_PREFIX}.${n}`;
    try {
      const there = store.getItem(key);
      if (there === raw) return { kind: 'corrupt', keptAs: key, reason };
      if (there !== null) continue;
      store.setItem(key, raw);
      store.setItem(DRAFT_KEY, '');
      return { kind: 'corrupt', keptAs: key, reason };
    } catch {
      break;
    }
  }
  // Nowhere to move it: leave it where it is, untouched.
  return { kind: 'corrupt', keptAs: undefined, reason };
}

/** Save the draft; false when the browser refuses (storage full or disabled). */
export function saveDraft(store: KeyValueStore, draft: Draft): boolean {
  try {
    store.setItem(DRAFT_KEY, JSON.stringify({ format: FORMAT, draft }));
    return true;
  } catch {
    return false;
  }
}
