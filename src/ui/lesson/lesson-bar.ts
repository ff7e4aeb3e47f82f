/**
 * The lesson bar, always at the top while a lesson runs: the phase and round, the time left in
 * large type (time's up and overtime said in words, not only in colour), the teacher's
 * controls (pause, +1 min, back, next) and the team tabs (whose round or plan is shown).
 */
import type { LessonController } from '../../app/lesson/lesson-controller';
import { button, el, setText } from '../dom';
import type { Lang, MessageKey, Params } from '../i18n';
import { saveProblemText } from './save-messages';

export interface BarHandles {
  el: HTMLElement;
  /** the timer and pause button: cheap, called every second */
  update(): void;
}

/** 7:05, 0:09, 1:02:00; overtime is written by the caller. */
export function clockText(ms: number): string {
  const total = Math.ceil(Math.abs(ms) / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const ss = String(s).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

export function lessonBar(
  lesson: LessonController,
  t: (key: MessageKey, params?: Params) => string,
  o: { lang: Lang; presenter: boolean; togglePresenter(): void; leave(): void; langSwitch: HTMLElement; joinCodes: readonly string[] },
): BarHandles {
  const phase = lesson.phase;
  const round = lesson.round;
  const total = lesson.settings.rounds;
  const where = t(`lessonWhere_${phase}` as MessageKey, { n: round, total });

  const time = el('span', { class: 'lesson-bar__time', attrs: { 'data-testid': 'lesson-time' } });
  const timeNote = el('span', { class: 'lesson-bar__time-note' });
  const timer = el('p', { class: 'lesson-bar__timer', attrs: { role: 'timer', 'aria-label': t('lessonTimeLeft') } }, time, timeNote);

  const pause = button('', () => lesson.togglePause(), { class: 'btn btn--compact', attrs: { 'data-testid': 'lesson-pause' } });
  const extend = button(t('lessonExtend'), () => lesson.extend(), { class: 'btn btn--compact', attrs: { 'data-testid': 'lesson-extend', title: t('lessonExtendTitle') } });
  const back = button(
    [el('span', { text: t('lessonBack') }), el('kbd', { class: 'kbd', text: 'PgUp', attrs: { 'aria-hidden': 'true' } })],
    () => lesson.back(),
    { class: 'btn btn--compact', attrs: { 'data-testid': 'lesson-back', 'aria-keyshortcuts': 'PageUp' } },
  );
  back.disabled = !lesson.canGoBack();
  if (back.disabled && phase === 'round' && round > 1) back.title = t('lessonBackClosed');
  const next = button(
    [el('span', { text: nextLabel(lesson, t) }), el('kbd', { class: 'kbd', text: 'PgDn', attrs: { 'aria-hidden': 'true' } })],
    () => lesson.next(),
    { class: 'btn btn--primary btn--compact', attrs: { 'data-testid': 'lesson-next', 'aria-keyshortcuts': 'PageDown' } },
  );
  // The debrief is the last phase: there is no next one to offer.
  next.hidden = phase === 'debrief';

  const presenter = button(t('lessonPresenter'), o.togglePresenter, {
    class: 'btn btn--quiet btn--compact',
    attrs: { 'aria-pressed': String(o.presenter), 'aria-keyshortcuts': 'P', 'data-testid': 'lesson-presenter', title: t('lessonPresenterTitle') },
  });
  const leave = button(t('lessonLeave'), o.leave, { class: 'btn btn--quiet btn--compact', attrs: { title: t('lessonLeaveTitle') } });

  const changes = (team: number): number => (phase === 'kaizen' ? (lesson.record.teams[team]?.kaizen[round - 1]?.length ?? 0) : 0);
  const tabs = el('div', { class: 'lesson-bar__teams', attrs: { role: 'tablist', 'aria-label': t('lessonTeamsLabel') } });
  lesson.record.teams.forEach((team, i) => {
    const selected = i === lesson.activeTeam;
    const tab = button(
      [
        el('span', { text: team.name }),
        team.mode === 'own-computer' ? el('span', { class: 'lesson-bar__own', text: t('lessonOwnBadge'), attrs: { title: t('lessonModeOwn') } }) : null,
        // In a kaizen, how many changes each team has kept so far: who has had its turn.
        changes(i) > 0 ? el('span', { class: 'lesson-bar__changes', text: String(changes(i)), attrs: { title: t('lessonTabChanges', { n: changes(i) }), 'data-testid': 'tab-changes' } }) : null,
      ].filter((x): x is HTMLElement => x !== null),
      () => lesson.selectTeam(i),
      { class: 'lesson-bar__team', attrs: { role: 'tab', 'aria-selected': String(selected), tabindex: selected ? 0 : -1, 'data-team': i } },
    );
    tab.addEventListener('keydown', (e) => {
      const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
      if (!step) return;
      e.preventDefault();
      const n = lesson.record.teams.length;
      lesson.selectTeam((i + step + n) % n);
      document.querySelector<HTMLElement>(`.lesson-bar__team[data-team="${(i + step + n) % n}"]`)?.focus();
    });
    tabs.append(tab);
  });

  // Teams at their own computers may join at any time: a team's code stays in view all lesson —
  // the team on show's own, else the first own-computer team's (each team's tab shows its own, large).
  const ownTeam = lesson.record.teams[lesson.activeTeam]?.mode === 'own-computer' ? lesson.activeTeam : lesson.record.teams.findIndex((x) => x.mode === 'own-computer');
  const ownRecord = lesson.record.teams[ownTeam];
  const joinCode = ownRecord
    ? el(
        'p',
        { class: 'lesson-bar__join', attrs: { title: t('lessonTeamJoinCodeLabel', { n: ownTeam + 1, team: ownRecord.name }), 'data-team': ownTeam } },
        el('span', { text: t('lessonTeamJoinCodeShort', { n: ownTeam + 1 }) }),
        el('strong', { class: 'lesson-bar__join-code', text: o.joinCodes[ownTeam] ?? '—', attrs: { 'data-testid': 'join-code-shown' } }),
      )
    : null;
  const saveProblem = el('p', { class: 'lesson-bar__save-problem', attrs: { role: 'alert', 'data-testid': 'lesson-save-problem' } });

  const bar = el(
    'header',
    { class: 'lesson-bar', attrs: { 'data-testid': 'lesson-bar', 'data-lesson-phase': phase } },
    el(
      'div',
      { class: 'lesson-bar__row' },
      el('p', { class: 'lesson-bar__phase', attrs: { 'data-testid': 'lesson-phase' } }, el('strong', { text: where })),
      timer,
      el('div', { class: 'lesson-bar__controls', attrs: { role: 'group', 'aria-label': t('lessonControlsLabel') } }, pause, extend, back, next),
    ),
    el('div', { class: 'lesson-bar__row lesson-bar__row--teams' }, tabs, joinCode, saveProblem, el('div', { class: 'lesson-bar__right' }, presenter, o.langSwitch, leave)),
  );

  const update = (): void => {
    const tm = lesson.timer;
    const has = tm.totalMs > 0;
    timer.hidden = !has;
    if (!has) {
      setText(time, '');
      setText(timeNote, '');
    } else if (tm.leftMs > 0) {
      setText(time, clockText(tm.leftMs));
      setText(timeNote, tm.paused ? t('lessonPausedNote') : '');
    } else {
      setText(time, t('lessonTimeUp'));
      setText(timeNote, tm.leftMs < 0 ? t('lessonOvertime', { time: clockText(tm.leftMs) }) : '');
    }
    bar.dataset.timeUp = String(has && tm.leftMs <= 0);
    bar.dataset.paused = String(tm.paused);
    setText(pause, tm.paused ? t('lessonResumeTimer') : t('lessonPauseTimer'));
    pause.disabled = !has;
    extend.disabled = !has;
    setText(saveProblem, lesson.saveError ? t('lessonSaveFailed', { reason: saveProblemText(o.lang, lesson.saveError) }) : '');
  };
  update();
  return { el: bar, update };
}

function nextLabel(lesson: LessonController, t: (key: MessageKey, params?: Params) => string): string {
  const phase = lesson.phase;
  const round = lesson.round;
  if (phase === 'briefing') return t('lessonNextRound', { n: 1 });
  if (phase === 'round') return t('lessonNextAnalysis');
  if (phase === 'analysis') return round < lesson.settings.rounds ? t('lessonNextKaizen') : t('lessonNextDebrief');
  if (phase === 'kaizen') return t('lessonNextRound', { n: round + 1 });
  return t('lessonPhase_debrief');
}
