/**
 * Undo and redo for every edit, kept as Immer patches: an edit stores the patches that made
 * it and their inverse, so undoing is `applyPatches(draft, inverse)`. Edits with the same
 * `group` in a row (one drag of the paint brush) are one step of the history.
 */
import { applyPatches, enablePatches, produceWithPatches, type Patch } from 'immer';
import type { Draft } from './draft';
import type { Recipe } from './commands';

enablePatches();

interface Entry {
  patches: Patch[];
  inverse: Patch[];
  group: string | undefined;
}

export interface History {
  readonly draft: Draft;
  readonly past: readonly Entry[];
  readonly future: readonly Entry[];
}

/** Enough for a lesson's worth of editing; the oldest steps are forgotten first. */
export const HISTORY_LIMIT = 500;

export function startHistory(draft: Draft): History {
  return { draft, past: [], future: [] };
}

/** Apply an edit. An edit that changes nothing leaves the history as it was. */
export function edit(h: History, recipe: Recipe, group?: string): History {
  const [draft, patches, inverse] = produceWithPatches(h.draft, recipe);
  if (patches.length === 0) return h;
  const last = h.past[h.past.length - 1];
  if (group !== undefined && last?.group === group) {
    const merged: Entry = { patches: [...last.patches, ...patches], inverse: [...inverse, ...last.inverse], group };
    return { draft, past: [...h.past.slice(0, -1), merged], future: [] };
  }
  const past = [...h.past, { patches, inverse, group }];
  return { draft, past: past.length > HISTORY_LIMIT ? past.slice(past.length - HISTORY_LIMIT) : past, future: [] };
}

export function canUndo(h: History): boolean {
  return h.past.length > 0;
}

export function canRedo(h: History): boolean {
  return h.future.length > 0;
}

export function undo(h: History): History {
  const last = h.past[h.past.length - 1];
  if (!last) return h;
  return { draft: applyPatches(h.draft, last.inverse), past: h.past.slice(0, -1), future: [last, ...h.future] };
}

export function redo(h: History): History {
  const next = h.future[0];
  if (!next) return h;
  // A redone step never merges with the next edit.
  return { draft: applyPatches(h.draft, next.patches), past: [...h.past, { ...next, group: undefined }], future: h.future.slice(1) };
}
