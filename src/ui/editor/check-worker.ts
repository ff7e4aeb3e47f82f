/**
 * Starts the live check off the page's thread. The single-file build (a flash drive, file://)
 * has no separate file to start a worker from: it swaps this module for check-worker.single-file.ts
 * (see vite.config.ts), and the editor checks on the page instead.
 */
import type { DraftCheck } from '../../app/editor/draft';

export function startWorker(onCheck: (seq: number, check: DraftCheck) => void, onFail: () => void): Worker | undefined {
  try {
    const worker = new Worker(new URL('./check.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<{ seq: number; check: DraftCheck }>) => onCheck(event.data.seq, event.data.check);
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      onFail();
    };
    return worker;
  } catch {
    return undefined;
  }
}
