/**
 * The running lesson on the teacher's computer: the lesson bar on top, and below it the
 * phase's screen — the existing briefing, round, results and kaizen screens of the team on
 * show (read from the lesson's team game), the class board, a plan-code field for a team at
 * its own computer, the lesson's debrief. Owns the keys: clicker keys (PageDown next, PageUp
 * back, B or . blanks the screen), P presenter mode, and in presenter mode F5 toggles full
 * screen instead of reloading (a reload would lose nothing anyway: the lesson is saved).
 */
import type { LessonController } from '../../app/lesson/lesson-controller';
import { encodeJoinCode } from '../../sim/lesson';
import { isActivatable, ownsKeys, toggleFullscreen } from '../app';
import { button, el } from '../dom';
import { Format } from '../format';
import { languages, messages, tr, type Lang, type MessageKey, type Params } from '../i18n';
import { passOnChange, type Ctx, type Screen, type UiState } from '../screen';
import { briefingScreen } from '../screens/briefing';
import { kaizenScreen } from '../screens/kaizen';
import { resultsScreen } from '../screens/results';
import { roundScreen } from '../screens/round';
import { preloadFloor } from '../widgets/floor';
import { FloorSlot } from '../widgets/floor-slot';
import { classBoard } from './class-board';
import { lessonBar, type BarHandles } from './lesson-bar';
import { lessonDebrief } from './lesson-debrief';
import { planCodeEntry, type PlanCodeState } from './plan-code-entry';
import type { LessonEnv } from './routes';
import { playbackKey } from '../playback-keys';
import './lesson.css';

const PRESENTER_KEY = 'mpf.presenter';

function readPresenter(): boolean {
  try {
    return sessionStorage.getItem(PRESENTER_KEY) === 'true';
  } catch {
    return false;
  }
}

function storePresenter(on: boolean): void {
  try {
    sessionStorage.setItem(PRESENTER_KEY, String(on));
  } catch {
    /* this tab only */
  }
}

export function mountLesson(root: HTMLElement, env: LessonEnv, lesson: LessonController, warning?: string): { destroy(): void; tick(ms: number): void } {
  let lang: Lang = env.lang;
  let presenter = readPresenter();
  let blank = false;
  let screen: Screen | undefined;
  let bar: BarHandles | undefined;
  let renderQueued = false;
  let notice = warning;
  const ui: UiState = { resultsTab: 'summary', forecastOpen: false, move: undefined, unit: undefined };
  const state: { planCode?: PlanCodeState; debriefTab?: string } = {};
  const game = lesson.game;
  const floors = new FloorSlot(game, () => lang);
  const t = (key: MessageKey, params?: Params): string => tr(lang, key, params);
  const playableIds = env.levels.flatMap((e) => (e.ok ? [e.id] : []));
  // One join code per team: the pupil's screen then says which team it is, and its plan code says whose plan it is.
  const joinCodes = lesson.record.teams.map((_, team) => {
    try {
      return encodeJoinCode(lesson.settings, playableIds, team);
    } catch {
      // The lesson's level is no longer shipped: its teams can only play at the projector.
      return '—';
    }
  });

  const blankLayer = el('div', { class: 'lesson-blank', attrs: { 'data-testid': 'lesson-blank' } }, el('p', { class: 'sr-only', text: t('lessonBlanked') }));
  blankLayer.hidden = true;

  function leave(): void {
    lesson.persist();
    env.go({ kind: 'setup' });
  }
  lesson.onLeave = leave;

  function setLang(next: Lang): void {
    lang = next;
    env.setLang(next);
    floors.current?.setLang(next);
    render();
  }

  function act(fn: () => void): () => void {
    return () => {
      try {
        fn();
      } catch (error) {
        console.error(error);
        notice = error instanceof Error ? error.message : String(error);
        render();
      }
    };
  }

  const ctx = (): Ctx => {
    const level = game.view.level ?? lesson.level;
    const measured = level.entities.find((e) => e.id === level.valueMeasure.entity);
    return {
      controller: game,
      lang,
      f: new Format(lang, measured?.kind ?? 'person'),
      t,
      setLang,
      toMenu: leave,
      // No lesson screen offers the editor; should one, the lesson is saved and the editor opens.
      openEditor: () => {
        lesson.persist();
        env.go({ kind: 'editor' });
      },
      floor: (mode) => floors.claim(mode),
      act,
      ui,
      levels: env.levels,
      seed: lesson.settings.seed,
      rounds: lesson.settings.rounds,
    };
  };

  function langSwitch(): HTMLElement {
    const group = el('div', { class: 'lang-switch', attrs: { role: 'group', 'aria-label': t('languageSwitchLabel') } });
    for (const l of languages) {
      group.append(button(messages[l].languageCode, () => setLang(l), { attrs: { lang: l, title: messages[l].languageName, 'aria-pressed': String(l === lang) } }));
    }
    return group;
  }

  /** A lesson screen of its own (not a team's game screen): heading, body, optional main button. */
  function lessonScreen(title: string, body: HTMLElement, o: { primary?: HTMLButtonElement; testId: string; aside?: HTMLElement }): Screen {
    const h1 = el('h1', { class: 'lesson-heading', text: title });
    h1.tabIndex = -1;
    const page = el(
      'div',
      { class: 'screen lesson-screen', attrs: { 'data-testid': o.testId } },
      el('div', { class: 'lesson-screen__head' }, h1),
      el('main', { class: 'screen__body' }, body),
      o.primary ? el('footer', { class: 'screen__footer' }, el('div', { class: 'screen__aside' }, o.aside ?? null), o.primary) : null,
    );
    return { el: page, title, focus: h1, primary: o.primary };
  }

  function build(c: Ctx): Screen {
    const phase = lesson.phase;
    const team = lesson.activeTeam;
    const record = lesson.record.teams[team];
    const view = game.view;
    if (phase === 'briefing') {
      return briefingScreen(c, lesson.level);
    }
    const shown = lesson.teamRounds(team);
    const teamComplete = !shown.waiting && !shown.error && shown.rounds.length >= lesson.round;
    if (phase === 'analysis' && lesson.teamResults && teamComplete && view.phase === 'results' && view.level) {
      const s = resultsScreen(c, view, view.level);
      s.el.querySelector('.screen__aside')?.append(button(t('lessonShowBoard'), act(() => lesson.showTeamResults(false)), { class: 'btn', attrs: { 'data-testid': 'lesson-show-board' } }));
      return s;
    }
    if (phase === 'analysis') {
      const teamButton = button(t('lessonShowTeam', { team: record?.name ?? '' }), act(() => lesson.showTeamResults(true)), { class: 'btn', attrs: { 'data-testid': 'lesson-show-team' } });
      teamButton.disabled = !teamComplete;
      const next = button(t(lesson.round < lesson.settings.rounds ? 'lessonNextKaizen' : 'lessonNextDebrief'), act(() => lesson.next()), { class: 'btn btn--primary', attrs: { 'data-testid': 'primary' } });
      return lessonScreen(t('lessonBoardTitle', { n: lesson.round }), classBoard(lesson, { lang, f: c.f, t }), { primary: next, testId: 'lesson-board', aside: teamButton });
    }
    if (phase === 'debrief') return lessonDebrief(c, lesson, state);
    const known = shown;
    if (known.error) return lessonScreen(record?.name ?? '', el('p', { class: 'lesson-notice', attrs: { role: 'alert' }, text: t('lessonBoardReplayFailed', { reason: known.error }) }), { testId: 'lesson-team-error' });
    const own = record?.mode === 'own-computer';
    if ((phase === 'kaizen' && own) || known.waiting) {
      return lessonScreen(t('lessonTeamTitle', { team: record?.name ?? '' }), planCodeEntry(lesson, team, { lang, t, joinCodes, state }), { testId: 'lesson-own-team' });
    }
    if (phase === 'round' && view.phase === 'round') return roundScreen(c, view);
    if (phase === 'round' && view.phase === 'results' && view.level) return resultsScreen(c, view, view.level);
    if (phase === 'kaizen' && view.phase === 'kaizen') return kaizenScreen(c, view);
    return lessonScreen(record?.name ?? '', el('p', { text: t('unknownState', { phase: `${phase}/${view.phase}` }) }), { testId: 'lesson-unknown' });
  }

  function render(): void {
    renderQueued = false;
    const body = document.body;
    body.dataset.ready = 'false';
    body.dataset.phase = `lesson-${lesson.phase}`;
    body.dataset.teamPhase = game.view.phase;
    const focusedTeam = (document.activeElement as HTMLElement | null)?.closest?.<HTMLElement>('.lesson-bar__team')?.dataset.team;
    screen?.destroy?.();
    floors.beginDraw();
    if (lesson.phase === 'briefing') preloadFloor();
    const c = ctx();
    let next: Screen;
    try {
      next = build(c);
    } catch (error) {
      console.error(error);
      next = lessonScreen(t('errorTitle'), el('p', { text: error instanceof Error ? error.message : String(error), attrs: { role: 'alert' } }), { testId: 'lesson-error' });
    }
    screen = next;
    floors.endDraw();
    bar = lessonBar(lesson, t, { lang, presenter, togglePresenter, leave, langSwitch: langSwitch(), joinCodes });
    const warningLine = notice ? el('p', { class: 'lesson-notice lesson-notice--bar', text: notice, attrs: { role: 'alert' } }) : null;
    const app = el('div', { class: `lesson-app${presenter ? ' lesson-app--presenter' : ''}`, attrs: { 'data-testid': 'lesson-app' } }, bar.el, warningLine, el('div', { class: 'lesson-stage' }, next.el), blankLayer);
    root.replaceChildren(app);
    document.documentElement.dataset.presenter = String(presenter);
    document.title = t('documentTitle', { screen: `${t('lessonTitleShort')} · ${next.title}` });
    const tab = focusedTeam === undefined ? null : app.querySelector<HTMLElement>(`.lesson-bar__team[data-team="${focusedTeam}"]`);
    (tab ?? next.focus ?? next.el.querySelector<HTMLElement>('h1'))?.focus({ preventScroll: true });
    body.dataset.ready = 'true';
  }

  /** Several changes in one task (the lesson moves, then the team game) draw once. */
  function scheduleRender(): void {
    document.body.dataset.ready = 'false';
    if (renderQueued) return;
    renderQueued = true;
    queueMicrotask(() => {
      if (renderQueued) render();
    });
  }

  /** A kept kaizen change shows on the team's tab at once (the rest of the screen is the kaizen screen's). */
  function refreshBar(): void {
    if (!bar) return;
    const fresh = lessonBar(lesson, t, { lang, presenter, togglePresenter, leave, langSwitch: langSwitch(), joinCodes });
    bar.el.replaceWith(fresh.el);
    bar = fresh;
  }

  function togglePresenter(): void {
    presenter = !presenter;
    storePresenter(presenter);
    render();
  }

  function setBlank(on: boolean): void {
    blank = on;
    blankLayer.hidden = !on;
    document.body.dataset.blank = String(on);
  }

  const offLesson = lesson.subscribe((change) => {
    if (change === 'lesson') scheduleRender();
    else if (change === 'teams') refreshBar();
    else bar?.update();
  });
  const offGame = game.subscribe((view, change) => {
    try {
      if (change === 'phase') scheduleRender();
      else passOnChange(change, view, screen, floors.current);
    } catch (error) {
      console.error(error);
    }
  });

  const onKeyDown = (e: KeyboardEvent): void => {
    if (blank) {
      // Any key brings the screen back, and does nothing else.
      if (!['Shift', 'Control', 'Alt', 'Meta'].includes(e.key)) {
        e.preventDefault();
        setBlank(false);
      }
      return;
    }
    if (e.key === 'F5' && presenter) {
      // Like slideshow software: the clicker's F5 means "full screen", never a reload.
      e.preventDefault();
      toggleFullscreen();
      return;
    }
    if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey) return;
    if (e.key === 'PageDown' || e.key === 'PageUp') {
      e.preventDefault();
      if (!e.repeat) act(() => (e.key === 'PageDown' ? lesson.next() : lesson.back()))();
      return;
    }
    if (ownsKeys(e.target)) return;
    const handled = ((): boolean => {
      if (e.repeat && e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return false;
      if (e.code === 'KeyB' || e.key === '.' || e.key === 'ю' || e.code === 'Period') {
        setBlank(true);
        return true;
      }
      if (e.code === 'KeyP') {
        togglePresenter();
        return true;
      }
      if (e.code === 'KeyF') {
        toggleFullscreen();
        return true;
      }
      if (e.code === 'KeyT') {
        const n = lesson.record.teams.length;
        act(() => lesson.selectTeam((lesson.activeTeam + (e.shiftKey ? n - 1 : 1)) % n))();
        return true;
      }
      if (e.key === 'Enter') {
        if (isActivatable(e.target) || !screen?.primary || screen.primary.disabled) return false;
        screen.primary.click();
        return true;
      }
      if (game.view.phase !== 'round' || (lesson.phase !== 'round' && lesson.phase !== 'debrief')) return false;
      // The debrief's round loops on the floor: it has no results to skip to.
      if (e.key === 'End' && lesson.phase === 'debrief') return false;
      return playbackKey(e, game, act);
    })();
    if (handled) e.preventDefault();
  };
  const onKeyUp = (e: KeyboardEvent): void => {
    if (e.key === ' ' && game.view.phase === 'round' && !ownsKeys(e.target)) e.preventDefault();
  };
  // The timer's last seconds and the round's position are saved when the page goes away (closed,
  // reloaded) or out of sight (another tab, a minimised window, a laptop lid: a crash may follow).
  const onHide = (): void => void lesson.persist();
  const onVisibility = (): void => {
    if (document.visibilityState === 'hidden') lesson.persist();
  };
  document.addEventListener('keydown', onKeyDown);
  document.addEventListener('keyup', onKeyUp);
  window.addEventListener('pagehide', onHide);
  document.addEventListener('visibilitychange', onVisibility);
  document.documentElement.lang = lang;
  document.body.dataset.lesson = 'true';
  render();

  return {
    tick: (ms) => lesson.tick(ms),
    destroy: () => {
      offLesson();
      offGame();
      lesson.onLeave = undefined;
      document.removeEventListener('keydown', onKeyDown);
      document.removeEventListener('keyup', onKeyUp);
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onVisibility);
      screen?.destroy?.();
      floors.destroy();
      delete document.body.dataset.teamPhase;
      delete document.body.dataset.blank;
      delete document.documentElement.dataset.presenter;
      root.replaceChildren();
    },
  };
}
