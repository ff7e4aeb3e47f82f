/**
 * The single-file build's stand-in for check-worker.ts: no worker (nothing can be loaded from
 * file://), so the editor runs the same check on the page, a moment after each edit.
 */
import type { DraftCheck } from '../../app/editor/draft';

export function startWorker(_onCheck: (seq: number, check: DraftCheck) => void, _onFail: () => void): Worker | undefined {
  return undefined;
}
