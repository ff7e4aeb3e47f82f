/** What every screen gets from the app shell, and what it gives back. */
import type { GameController, GameView } from '../app/game-controller';
import type { LevelEntry } from '../app/level-registry';
import { button, el } from './dom';
import type { Format } from './format';
import { languages, messages, type Lang, type MessageKey, type Params } from './i18n';
import type { FloorHost, FloorMode, MoveTarget } from './widgets/floor';
import { teamBadge } from './lesson/team-badge';

export interface Screen {
  el: HTMLElement;
  /** the document title for this screen */
  title: string;
  /** the phase's main button: Enter (with focus on no other control) and PageDown press it */
  primary?: HTMLButtonElement;
  /** what gets focus when the screen opens (default: its h1) */
  focus?: HTMLElement;
  /** still fetching its code (src/ui/lazy): `body[data-ready]` stays "false" until it can be used */
  loading?: boolean;
  onClock?(view: GameView): void;
  onSession?(view: GameView): void;
  destroy?(): void;
}

/**
 * Hands a change within a phase (a new session, the clock moving) to the screen and the floor
 * on show; a shell redraws for a new phase itself.
 */
export function passOnChange(change: 'session' | 'clock', view: GameView, screen: Screen | undefined, floor: FloorHost | undefined): void {
  if (change === 'session') {
    screen?.onSession?.(view);
    floor?.onSession();
  } else {
    screen?.onClock?.(view);
    floor?.onClock(view);
  }
}

/** UI choices that survive a redraw (a language switch) but are not game state. */
export interface UiState {
  resultsTab: 'summary' | 'spaghetti' | 'map';
  /** the debrief's view: its figures, or the current- and target-state maps */
  debriefTab?: 'summary' | 'maps';
  forecastOpen: boolean;
  move: MoveTarget | undefined;
  /** the unit followed in the round (clicked on the plan) */
  unit: number | undefined;
}

export interface Ctx {
  controller: GameController;
  lang: Lang;
  f: Format;
  t(key: MessageKey, params?: Params): string;
  setLang(lang: Lang): void;
  /** back to the menu; asks first when a lesson is under way */
  toMenu(): void;
  /** the floor area of this phase (kept across a language switch) */
  floor(mode: FloorMode): FloorHost;
  /** runs a player action; a crash in it shows the error screen instead of a dead page */
  act(fn: () => void): () => void;
  ui: UiState;
  levels: readonly LevelEntry[];
  /** opens the process editor (from the menu) */
  openEditor(): void;
  seed: number;
  rounds: number;
}

/** RU / EN toggle: each language named in itself, so a pupil finds theirs whatever is shown now. */
export function langSwitch(ctx: Ctx): HTMLElement {
  const group = el('div', { class: 'lang-switch', attrs: { role: 'group', 'aria-label': ctx.t('languageSwitchLabel') } });
  for (const lang of languages) {
    const own = messages[lang];
    const b = button(own.languageCode, () => ctx.setLang(lang), {
      attrs: { lang, title: own.languageName, 'aria-pressed': String(lang === ctx.lang), 'data-lang-button': lang },
    });
    group.append(b);
  }
  return group;
}

/**
 * The bar at the top of every lesson screen: the level's title over the screen's heading
 * (the page's h1), optional controls in the middle, language and menu on the right.
 */
export function topBar(ctx: Ctx, o: { heading: HTMLElement | string; controls?: HTMLElement; menu?: boolean }): { bar: HTMLElement; h1: HTMLElement } {
  const title = ctx.controller.view.level?.title[ctx.lang] ?? '';
  const h1 = typeof o.heading === 'string' ? el('h1', { class: 'topbar__heading', text: o.heading }) : o.heading;
  h1.tabIndex = -1;
  const right = el('div', { class: 'topbar__right' }, langSwitch(ctx));
  if (o.menu !== false) right.append(button(ctx.t('menuButton'), ctx.act(() => ctx.toMenu()), { class: 'btn btn--quiet' }));
  const bar = el(
    'header',
    { class: 'topbar' },
    el('div', { class: 'topbar__titles' }, el('p', { class: 'topbar__level', attrs: { title } }, teamBadge(ctx), title), h1),
    o.controls ?? null,
    right,
  );
  return { bar, h1 };
}

/** The strip at the bottom with the phase's main button (and whatever goes beside it). */
export function footer(primary: HTMLButtonElement, ...aside: (Node | null)[]): HTMLElement {
  return el('footer', { class: 'screen__footer' }, el('div', { class: 'screen__aside' }, ...aside), primary);
}

/** The main button of a phase, with its key shown on it. */
export function primaryButton(label: string, onClick: () => void, testId: string): HTMLButtonElement {
  return button(
    [el('span', { text: label }), el('kbd', { class: 'kbd', text: 'Enter', attrs: { 'aria-hidden': 'true' } })],
    onClick,
    { class: 'btn btn--primary', attrs: { 'data-testid': testId, 'aria-keyshortcuts': 'Enter' } },
  );
}
