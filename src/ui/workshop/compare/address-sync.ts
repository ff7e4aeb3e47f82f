/**
 * Keeps the address bar in step with the compare page: opening the page from a `#compare/…`
 * address restores its setup and runs it again; every change of level, plan or number of runs
 * rewrites the address (replaceState, as the rest of the game does: Back leaves the game rather
 * than stepping through edits); closing the page clears it. A page opened from a lesson's kaizen
 * screen compares levels exactly as played, which no address can hold: it leaves the address alone.
 */
import type { LevelEntry } from '../../../app/level-registry';
import { compareHashOf, isCompareHash, readCompareHash } from './address';
import { EMPTY_PLAN } from './plans';
import { compareRoute } from './route';

function replaceHash(hash: string): void {
  history.replaceState(null, '', hash === '' ? window.location.pathname + window.location.search : hash);
}

/** Open the page an address names, or the default setup with the reason the address could not be read. */
export function openCompareFromAddress(hash: string, levels: readonly LevelEntry[], firstSeed: number): void {
  const shipped = levels.flatMap((e) => (e.ok ? [e.level] : []));
  const read = readCompareHash(hash, shipped);
  if (read.ok) {
    const { level, a, b, seedCount } = read.setup;
    compareRoute.open({ level, a, b, seedCount }, firstSeed);
    compareRoute.current?.run(seedCount);
    return;
  }
  const first = shipped[0];
  if (!first) return;
  compareRoute.open({ level: first, a: EMPTY_PLAN, b: EMPTY_PLAN, addressProblem: read.problem }, firstSeed);
}

/** Rewrites the address as the page changes; returns the way to stop. */
export function keepCompareAddress(): () => void {
  let unsubscribeState: (() => void) | undefined;
  const write = (): void => {
    const state = compareRoute.current;
    if (!state) {
      if (isCompareHash(window.location.hash)) replaceHash('');
      return;
    }
    if (state.fromKaizen) return;
    const hash = compareHashOf(state.level, state.seedCount, state.plans.a, state.plans.b);
    if (hash !== undefined && hash !== window.location.hash) replaceHash(hash);
  };
  const follow = (): void => {
    unsubscribeState?.();
    unsubscribeState = compareRoute.current?.subscribe(write);
    write();
  };
  const unsubscribeRoute = compareRoute.subscribe(follow);
  // Not written now: the address the page was opened with is still to be read.
  unsubscribeState = compareRoute.current?.subscribe(write);
  return () => {
    unsubscribeRoute();
    unsubscribeState?.();
  };
}
