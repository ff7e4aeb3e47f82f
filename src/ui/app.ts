/**
 * The UI shell: draws the screen of the controller's current phase, keeps it up to date
 * (clock → a few texts; session → the kaizen panels; phase → a new screen), owns the
 * language and the keyboard. Holds no game state: everything comes from `controller.view`.
 */
import type { GameController, GameView } from '../app/game-controller';
import type { LevelEntry } from '../app/level-registry';
import { button, el } from './dom';
import { Format } from './format';
import { defaultLang, isLang, tr, type Lang, type MessageKey, type Params } from './i18n';
import { passOnChange, type Ctx, type Screen, type UiState } from './screen';
import { menuScreen } from './screens/menu';
import { preloadFloor } from './widgets/floor';
import { FloorSlot } from './widgets/floor-slot';
import { playbackKey } from './playback-keys';
import { isCompareHash } from './workshop/compare/address';
import { keepCompareAddress, openCompareFromAddress } from './workshop/compare/address-sync';
import { compareRoute } from './workshop/compare/route';
import type { EditorHost, EditorState } from './lazy/editor-part';
import type { Chunk } from './lazy/chunk';
import { chunkView } from './lazy/chunk-view';
import { compareScreenPart, editorPart, playPart } from './lazy/parts';

type EditorPart = Awaited<ReturnType<typeof editorPart.load>>;
type PlayPart = Awaited<ReturnType<typeof playPart.load>>;

/** The editor has its own address, so a reload comes back to it. */
const EDITOR_HASH = '#editor';

const LANG_KEY = 'mpf.lang';

// Storage can throw (privacy modes, locked-down school browsers): the game must still work.
export function readStoredLang(): Lang {
  try {
    const stored = localStorage.getItem(LANG_KEY);
    return isLang(stored) ? stored : defaultLang;
  } catch {
    return defaultLang;
  }
}

export function storeLang(lang: Lang): void {
  try {
    localStorage.setItem(LANG_KEY, lang);
  } catch {
    /* keeps working for this session only */
  }
}

export interface AppOptions {
  levels: readonly LevelEntry[];
  seed: number;
  rounds: number;
}

export interface AppHandle {
  setLang(lang: Lang): void;
  destroy(): void;
}

/** Controls that handle Enter / Space / arrows themselves: keys pressed there are theirs. */
export function ownsKeys(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName;
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag === 'INPUT') {
    const type = (target as HTMLInputElement).type;
    return !['button', 'submit', 'reset', 'checkbox', 'radio'].includes(type);
  }
  return false;
}

/** Elements on which Enter already means something (press this button, follow this link). */
export function isActivatable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.closest('button, a[href], input, select, textarea, summary, [role="tab"], [role="button"], canvas') !== null;
}

export function mountApp(root: HTMLElement, controller: GameController, options: AppOptions): AppHandle {
  let lang = readStoredLang();
  let screen: Screen | undefined;
  const floors = new FloorSlot(controller, () => lang);
  let renderedPhase: string | undefined;
  const ui: UiState = { resultsTab: 'summary', forecastOpen: false, move: undefined, unit: undefined };
  // The process editor lives beside the menu: shown instead of it while open.
  let route: 'game' | 'editor' = window.location.hash === EDITOR_HASH ? 'editor' : 'game';
  let editorState: EditorState | undefined;
  /** a level played from the editor returns to the editor, not the menu */
  let returnToEditor = false;

  const ctx = (): Ctx => {
    const level = controller.view.level;
    const measured = level?.entities.find((e) => e.id === level.valueMeasure.entity);
    const f = new Format(lang, measured?.kind ?? 'person');
    return {
      controller,
      lang,
      f,
      t: (key: MessageKey, params?: Params) => tr(lang, key, params),
      setLang,
      toMenu,
      floor: (mode) => floors.claim(mode),
      act,
      ui,
      levels: options.levels,
      openEditor,
      seed: options.seed,
      rounds: options.rounds,
    };
  };

  function act(fn: () => void): () => void {
    return () => {
      try {
        fn();
      } catch (error) {
        showError(error);
      }
    };
  }

  function toMenu(): void {
    const phase = controller.view.phase;
    const underWay = phase === 'round' || phase === 'results' || phase === 'kaizen';
    if (underWay && !window.confirm(tr(lang, 'menuConfirm'))) return;
    controller.toMenu();
  }

  function setRoute(next: 'game' | 'editor'): void {
    route = next;
    const url = new URL(window.location.href);
    url.hash = next === 'editor' ? EDITOR_HASH : '';
    window.history.replaceState(null, '', url.hash ? url.href : url.href.replace(/#$/, ''));
  }

  function openEditor(): void {
    setRoute('editor');
    render('phase');
  }

  function closeEditor(): void {
    setRoute('game');
    render('phase');
  }

  function editorHost(part: EditorPart): EditorHost {
    editorState ??= new part.EditorState();
    return {
      state: editorState,
      play: (level) => {
        returnToEditor = true;
        setRoute('game');
        controller.startLevel(level, { rounds: options.rounds, seed: options.seed });
      },
      close: closeEditor,
    };
  }

  /**
   * A screen whose code is fetched on first use: drawn at once when loaded, else a loading
   * state that draws the screen when the code arrives (or says it failed, with "try again"
   * and `leave` as the way out).
   */
  function lazyScreen<T>(part: Chunk<T>, draw: (module: T) => Screen, leave: () => void): Screen {
    const loaded = part.loaded;
    if (loaded !== undefined) return draw(loaded);
    const view = chunkView(part, {
      lang,
      onLoaded: () => render('phase'),
      back: { label: tr(lang, 'backToMenu'), go: act(leave) },
    });
    return { el: view.el, title: tr(lang, 'lazyLoading'), focus: view.focus, loading: true, destroy: view.destroy };
  }

  function build(view: GameView): Screen {
    const c = ctx();
    const level = view.level;
    // The compare page opens over the menu or a kaizen screen, which come back when it closes.
    const compare = compareRoute.current;
    if (compare && (view.phase === 'menu' || view.phase === 'kaizen')) {
      return lazyScreen(compareScreenPart, (m) => m.compareScreen(c, compare), () => compareRoute.close());
    }
    if (view.phase === 'menu') {
      if (route !== 'editor') return menuScreen(c);
      return lazyScreen(editorPart, (m) => m.editorScreen(c, editorHost(m)), closeEditor);
    }
    if (!level) return messageScreen(c, tr(lang, 'unknownState', { phase: view.phase }));
    return lazyScreen(playPart, (play) => playScreen(play, c, view, level), () => controller.toMenu());
  }

  function playScreen(play: PlayPart, c: Ctx, view: GameView, level: NonNullable<GameView['level']>): Screen {
    switch (view.phase) {
      case 'briefing':
        return play.briefingScreen(c, level);
      case 'round':
        return play.roundScreen(c, view);
      case 'results':
        return view.practice ? play.practiceScoreScreen(c, view, level) : play.resultsScreen(c, view, level);
      case 'kaizen':
        return play.kaizenScreen(c, view);
      case 'debrief':
        return play.debriefScreen(c, view, level);
      default:
        return messageScreen(c, tr(lang, 'unknownState', { phase: String(view.phase) }));
    }
  }

  function show(next: Screen, focusLang = false): void {
    screen?.destroy?.();
    screen = next;
    floors.endDraw();
    root.replaceChildren(next.el);
    document.title = next.title === tr(lang, 'appTitle') ? next.title : tr(lang, 'documentTitle', { screen: next.title });
    const langButton = focusLang ? next.el.querySelector<HTMLElement>(`[data-lang-button="${lang}"]`) : null;
    const target = langButton ?? next.focus ?? next.el.querySelector<HTMLElement>('h1');
    target?.focus({ preventScroll: true });
  }

  function render(reason: 'phase' | 'lang'): void {
    const view = controller.view;
    const body = document.body;
    body.dataset.ready = 'false';
    if (view.phase === 'menu' && returnToEditor) {
      returnToEditor = false;
      setRoute('editor');
    }
    body.dataset.phase = view.phase === 'menu' && route === 'editor' ? 'editor' : view.phase;
    if (reason === 'phase' && view.phase !== renderedPhase) {
      ui.resultsTab = 'summary';
      ui.debriefTab = undefined;
      ui.move = undefined;
      ui.unit = undefined;
    }
    renderedPhase = view.phase;
    if (view.phase === 'briefing') preloadFloor();
    floors.beginDraw();
    let next: Screen;
    try {
      next = build(view);
    } catch (error) {
      console.error(error);
      next = errorScreen(ctx(), error);
    }
    show(next, reason === 'lang');
    // A screen still fetching its code is not usable yet: its loading view says when it is.
    if (!next.loading) body.dataset.ready = 'true';
  }

  function showError(error: unknown): void {
    console.error(error);
    floors.beginDraw();
    show(errorScreen(ctx(), error));
    document.body.dataset.ready = 'true';
  }

  function setLang(next: Lang): void {
    lang = next;
    document.documentElement.lang = next;
    storeLang(next);
    floors.current?.setLang(next);
    render('lang');
  }

  const unsubscribeCompare = compareRoute.subscribe(() => render('phase'));
  const stopCompareAddress = keepCompareAddress();
  const unsubscribe = controller.subscribe((view, change) => {
    try {
      if (change === 'phase') {
        compareRoute.close();
        render('phase');
      } else passOnChange(change, view, screen, floors.current);
    } catch (error) {
      showError(error);
    }
  });

  // --- keyboard ---------------------------------------------------------------------------
  const onKeyDown = (e: KeyboardEvent): void => {
    if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || ownsKeys(e.target)) return;
    const phase = controller.view.phase;
    const inRound = phase === 'round';
    const handled = ((): boolean => {
      // Layout-independent: on a Russian keyboard F types "а".
      if (e.code === 'KeyF' && !e.repeat) {
        toggleFullscreen();
        return true;
      }
      if (e.key === 'Enter' || e.key === 'PageDown') {
        // Enter on a button presses that button; elsewhere it is the phase's main button.
        if (e.key === 'Enter' && isActivatable(e.target)) return false;
        if (e.repeat || !screen?.primary || screen.primary.disabled) return false;
        screen.primary.click();
        return true;
      }
      if (!inRound) return false;
      return playbackKey(e, controller, act);
    })();
    if (handled) e.preventDefault();
  };
  // A focused button is pressed on Space's keyup: in a round, Space is pause, not a press.
  const onKeyUp = (e: KeyboardEvent): void => {
    if (e.key === ' ' && controller.view.phase === 'round' && !ownsKeys(e.target)) e.preventDefault();
  };
  document.addEventListener('keydown', onKeyDown);
  document.addEventListener('keyup', onKeyUp);

  document.documentElement.lang = lang;
  // The compare page has an address of its own: a reload comes back to its setup and runs it again.
  if (isCompareHash(window.location.hash) && controller.view.phase === 'menu') openCompareFromAddress(window.location.hash, options.levels, options.seed);
  render('phase');

  return {
    setLang,
    destroy: () => {
      unsubscribe();
      unsubscribeCompare();
      stopCompareAddress();
      compareRoute.close();
      document.removeEventListener('keydown', onKeyDown);
      document.removeEventListener('keyup', onKeyUp);
      screen?.destroy?.();
      floors.destroy();
    },
  };
}

export function toggleFullscreen(): void {
  try {
    const done = document.fullscreenElement ? document.exitFullscreen() : document.documentElement.requestFullscreen();
    // Refused (no user gesture, a kiosk policy, an iframe): the game goes on as it is.
    void done?.catch(() => undefined);
  } catch {
    /* Fullscreen API missing */
  }
}

/** A plain message with a way back: for states the UI does not know how to draw. */
function messageScreen(ctx: Ctx, message: string, details?: string): Screen {
  const h1 = el('h1', { text: ctx.t('errorTitle') });
  h1.tabIndex = -1;
  const back = button(ctx.t('backToMenu'), () => ctx.controller.toMenu(), { class: 'btn btn--primary', attrs: { 'data-testid': 'primary' } });
  const page = el(
    'main',
    { class: 'message', attrs: { role: 'alert', 'data-testid': 'message-screen' } },
    h1,
    el('p', { text: message }),
    details ? el('details', {}, el('summary', { text: ctx.t('errorDetails') }), el('pre', { text: details })) : null,
    back,
  );
  return { el: page, title: ctx.t('errorTitle'), primary: back, focus: h1 };
}

function errorScreen(ctx: Ctx, error: unknown): Screen {
  const details = error instanceof Error ? `${error.message}\n${error.stack ?? ''}` : String(error);
  return messageScreen(ctx, ctx.t('errorText'), details);
}
