/**
 * Whether the compare page is open, over the menu or over a lesson's kaizen screen. The app
 * shell draws it instead of the phase's screen while it is open; closing it shows that screen
 * again, with the lesson exactly where it was.
 */
import { CompareState, type ComparePreset } from './state';

let open: CompareState | undefined;
const listeners = new Set<() => void>();

export const compareRoute = {
  get current(): CompareState | undefined {
    return open;
  },
  open(preset: ComparePreset, firstSeed: number): void {
    open?.cancel();
    open = new CompareState(preset, firstSeed);
    for (const l of listeners) l();
  },
  close(): void {
    if (!open) return;
    open.cancel();
    open = undefined;
    for (const l of listeners) l();
  },
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};
