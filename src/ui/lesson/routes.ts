/**
 * Which part of the game the page shows, from the address's #fragment: the game itself (no
 * fragment), the lesson setup (#lesson), a running lesson (#lesson/<id>: a reload or F5 comes
 * straight back to it from its save), or joining a lesson at a pupil's own computer (#join).
 * One part is mounted at a time; the animation loop's time goes to whichever runs.
 */
import type { GameController } from '../../app/game-controller';
import type { LevelEntry } from '../../app/level-registry';
import { autosaveJoined } from '../../app/lesson/joined-autosave';
import { LessonController } from '../../app/lesson/lesson-controller';
import { createSaveStore, type SaveStore } from '../../app/lesson/saves';
import { mountApp, readStoredLang, storeLang } from '../app';
import type { Lang } from '../i18n';
import { mountJoin } from './join-screen';
import { mountLesson } from './lesson-app';
import { mountSetup } from './setup-screen';
import { hashOf, routeOf, type Route } from './route';
import { fallbackText } from './save-messages';
import { browserStorage } from './storage';

export interface RouteOptions {
  levels: readonly LevelEntry[];
  seed: number;
  rounds: number;
}

/** What every lesson screen gets from the router. */
export interface LessonEnv {
  levels: readonly LevelEntry[];
  seed: number;
  store: SaveStore;
  /** false: the browser refuses storage, saves last only until the tab closes */
  persistent: boolean;
  lang: Lang;
  setLang(lang: Lang): void;
  go(route: Route): void;
  game: GameController;
}

interface Mounted {
  destroy(): void;
  tick?(ms: number): void;
}

export function mountRoutes(root: HTMLElement, game: GameController, options: RouteOptions): { tick(ms: number): void } {
  const storage = browserStorage();
  const store = createSaveStore(storage.storage);
  let mounted: Mounted | undefined;
  let shown = '';
  let lang = readStoredLang();

  const env = (): LessonEnv => ({
    levels: options.levels,
    seed: options.seed,
    store,
    persistent: storage.persistent,
    lang,
    setLang: (next) => {
      lang = next;
      storeLang(next);
      document.documentElement.lang = next;
    },
    go,
    game,
  });

  function mount(route: Route): void {
    mounted?.destroy();
    mounted = undefined;
    delete document.body.dataset.lesson;
    lang = readStoredLang();
    if (route.kind === 'game' || route.kind === 'editor' || route.kind === 'compare') {
      const app = mountApp(root, game, options);
      mounted = { destroy: () => app.destroy(), tick: (ms) => game.tick(ms) };
    } else if (route.kind === 'setup') {
      mounted = mountSetup(root, env(), route.notice);
    } else if (route.kind === 'join') {
      mounted = mountJoin(root, env(), storage.storage);
    } else {
      const loaded = store.load(route.id);
      if (!loaded.ok) return go({ kind: 'setup', notice: loaded });
      const opened = LessonController.open(loaded.record, { saver: store, now: () => new Date().toISOString() });
      if (!opened.ok) return go({ kind: 'setup', notice: { code: 'brokenLevel', reason: opened.reason } });
      const lesson = opened.lesson;
      mounted = mountLesson(root, env(), lesson, loaded.warning === undefined ? undefined : fallbackText(lang, loaded.warningCode, loaded.warning));
    }
  }

  /** Shows a route now and puts it in the address (so a reload comes back to it). */
  function go(route: Route): void {
    const hash = hashOf(route);
    shown = hash;
    if (window.location.hash !== hash) {
      // replaceState: the browser's Back button leaves the game rather than stepping through phases.
      history.replaceState(null, '', hash === '' ? window.location.pathname + window.location.search : hash);
    }
    mount(route);
  }

  // A team at its own computer: its lesson is saved at every phase change, every kaizen change and
  // every second of a round on the floor, and when the page goes or is hidden (a reload loses nothing).
  const joined = autosaveJoined(game, storage.storage, { now: () => performance.now(), iso: () => new Date().toISOString() });
  window.addEventListener('pagehide', () => joined.flush());
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') joined.flush();
  });

  window.addEventListener('hashchange', () => {
    if (window.location.hash === shown) return;
    go(routeOf(window.location.hash));
  });
  go(routeOf(window.location.hash));

  return { tick: (ms) => mounted?.tick?.(ms) };
}
