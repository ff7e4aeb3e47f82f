/** The editor's ties to the browser: a file download, and the undo/redo keys. */
import { el } from '../dom';

/** Offer `text` as a file download named `fileName` (no server: a blob URL, revoked after). */
export function downloadText(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = el('a', { attrs: { href: url, download: fileName } });
  document.body.append(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * Ctrl+Z / Ctrl+Y / Ctrl+Shift+Z undo and redo edits — except in a field with typing not yet
 * committed (its value differs from the one drawn, data-shown), where they undo the typing, as
 * in any text box. Returns the function that removes the keys.
 */
export function undoKeys(undo: () => void, redo: () => void): () => void {
  const onKey = (e: KeyboardEvent): void => {
    if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
    const t = e.target;
    const typing = t instanceof HTMLTextAreaElement || (t instanceof HTMLInputElement && t.type === 'text');
    if (typing && (t.dataset.shown === undefined || t.value !== t.dataset.shown)) return;
    // Layout-independent: on a Russian keyboard Z types "я".
    if (e.code === 'KeyZ' && !e.shiftKey) undo();
    else if (e.code === 'KeyY' || (e.code === 'KeyZ' && e.shiftKey)) redo();
    else return;
    e.preventDefault();
  };
  document.addEventListener('keydown', onKey);
  return () => document.removeEventListener('keydown', onKey);
}
