/**
 * Starts the live check off the page's thread. The worker is a chunk of the site's own build
 * (src/build/shared-worker-chunk.ts), sharing the core chunk with the page. The single-file
 * build (a flash drive, file://) has no separate file to start a worker from: it swaps this
 * module for check-worker.single-file.ts (see vite.config.ts), and the editor checks on the page.
 */
import checkWorkerUrl from 'virtual:check-worker-url';
import type { DraftCheck } from '../../app/editor/draft';

export function startWorker(onCheck: (seq: number, check: DraftCheck) => void, onFail: () => void): Worker | undefined {
  try {
    const worker = new Worker(checkWorkerUrl, { type: 'module' });
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
