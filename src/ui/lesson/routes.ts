/**
 * Which part of the game the page shows, from the address's #fragment: the game itself (no
 * fragment), the lesson setup (#lesson), a running lesson (#lesson/<id>: a reload or F5 comes
 * straight back to it from its save), or joining a lesson at a pupil's own computer (#join).
 * One part is mounted at a time; the animation loop's time goes to whichever runs.
 */
import type { GameController } from '../../app/game-controller';
import type { LevelEntry } from '../../app/level-registry';
import { autosaveJoined } from '../../app/lesson/joined-autosave';
import type { SaveStore } from '../../app/lesson/saves';
import { mountApp, readStoredLang, storeLang } from '../app';
import { tr, type Lang } from '../i18n';
import { chunkView } from '../lazy/chunk-view';
import { lessonPart } from '../lazy/parts';
import { hashOf, routeOf, type Route } from './route';
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
  // Lesson mode's code (and so its save store) is fetched when a lesson route is first opened.
  let store: SaveStore | undefined;
  let mounted: Mounted | undefined;
  let shown = '';
  let lang = readStoredLang();

  const env = (store: SaveStore): LessonEnv => ({
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
      return;
    }
    const part = lessonPart.loaded;
    if (part === undefined) {
      mounted = mountLoading(route);
      return;
    }
    store ??= part.createSaveStore(storage.storage);
    if (route.kind === 'setup') {
      mounted = part.mountSetup(root, env(store), route.notice);
    } else if (route.kind === 'join') {
      mounted = part.mountJoin(root, env(store), storage.storage);
    } else {
      const loaded = store.load(route.id);
      if (!loaded.ok) return go({ kind: 'setup', notice: loaded });
      const opened = part.LessonController.open(loaded.record, { saver: store, now: () => new Date().toISOString() });
      if (!opened.ok) return go({ kind: 'setup', notice: { code: 'brokenLevel', reason: opened.reason } });
      const lesson = opened.lesson;
      mounted = part.mountLesson(root, env(store), lesson, loaded.warning === undefined ? undefined : part.fallbackText(lang, loaded.warningCode, loaded.warning));
    }
  }

  /** While lesson mode's code is fetched: a loading state, then the route (or "try again" if it failed). */
  function mountLoading(route: Route): Mounted {
    document.body.dataset.phase = 'loading';
    const view = chunkView(lessonPart, {
      lang,
      onLoaded: () => mount(route),
      back: { label: tr(lang, 'backToMenu'), go: () => go({ kind: 'game' }) },
    });
    root.replaceChildren(view.el);
    document.title = tr(lang, 'lazyLoading');
    view.focus.focus({ preventScroll: true });
    return { destroy: view.destroy };
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
