/**
 * The practice panel of the round screen (seeing waste). A click on the plan (or N, the next
 * person) pauses the round and asks "what do you see?" with the nine answers as buttons
 * (keys 1–9); the answer goes to the controller, the core grades it against its ledger, and
 * the panel shows right or wrong with the explanation. No rule lives here.
 */
import { BUCKETS, observe, snapshotAt, type Bucket, type Observation, type PracticeQuestion, type PracticeTarget } from '../../../sim';
import type { GameView } from '../../../app/game-controller';
import { button, el, setText } from '../../dom';
import type { Ctx } from '../../screen';
import { bucketIcon, bucketName, swatch } from '../../wastes';
import type { FloorHost } from '../../widgets/floor';
import { explainText, subjectText, verdictText } from './explain';
import { unitRoster } from './unit-roster';
import './practice.css';

interface Pending {
  target: PracticeTarget;
  t: number;
  observation: Observation;
  clickedStation: number | undefined;
}

export interface PracticePanel {
  el: HTMLElement;
  pickUnit(unit: number | undefined): void;
  pickTile(x: number, y: number): void;
  onClock(view: GameView): void;
  destroy(): void;
}

/** Keys the panel owns: layout-independent codes, so a Russian layout works too. */
function digitOf(e: KeyboardEvent): number | undefined {
  const m = /^(?:Digit|Numpad)([1-9])$/.exec(e.code);
  return m ? Number(m[1]) : undefined;
}

function typing(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

export function practicePanel(ctx: Ctx, floor: FloorHost): PracticePanel {
  const { controller, t } = ctx;
  let pending: Pending | undefined;
  let lastUnit = -1;
  let lastStation = -1;
  /** the unit asked about from the list of units: the focus goes back to it afterwards */
  let askedFromList: number | undefined;

  const count = el('p', { class: 'practice__count muted', attrs: { 'data-testid': 'practice-count' } });
  const idle = el('p', { class: 'practice__idle', text: t('practiceIdle') });
  const nextButtons = el(
    'div',
    { class: 'practice__next' },
    button([el('span', { text: t('practiceNextPerson') }), el('kbd', { class: 'kbd', text: 'N', attrs: { 'aria-hidden': 'true' } })], ctx.act(() => nextPerson()), {
      class: 'btn btn--small',
      attrs: { 'aria-keyshortcuts': 'N' },
    }),
    button([el('span', { text: t('practiceNextStation') }), el('kbd', { class: 'kbd', text: 'S', attrs: { 'aria-hidden': 'true' } })], ctx.act(() => nextStation()), {
      class: 'btn btn--small',
      attrs: { 'aria-keyshortcuts': 'S' },
    }),
  );
  const roster = unitRoster(ctx, {
    pick: (unit) =>
      ctx.act(() => {
        pick({ kind: 'unit', unit });
        askedFromList = pending ? unit : undefined;
      })(),
    show: (unit) => floor.showUnit(unit),
  });
  const nothing = el('p', { class: 'practice__nothing', text: t('practiceNothing'), attrs: { role: 'status' } });
  const questionHeading = el('h2', { class: 'practice__question', text: t('practiceQuestion') });
  questionHeading.tabIndex = -1;
  const subject = el('p', { class: 'practice__subject', attrs: { 'data-testid': 'practice-subject' } });
  const answers = el(
    'div',
    { class: 'practice__answers', attrs: { role: 'group', 'aria-label': t('practiceAnswersLabel') } },
    ...BUCKETS.map((b, i) =>
      button(
        [swatch(b), bucketIcon(b), el('span', { class: 'practice__answer-name', text: bucketName(ctx.lang, b) }), el('kbd', { class: 'kbd', text: String(i + 1), attrs: { 'aria-hidden': 'true' } })],
        ctx.act(() => answer(b)),
        { class: 'btn practice__answer', attrs: { 'data-answer': b, 'aria-keyshortcuts': String(i + 1) } },
      ),
    ),
  );
  const question = el('section', { class: 'practice__ask', attrs: { 'data-testid': 'practice-question' } }, questionHeading, subject, answers);
  const verdict = el('p', { class: 'practice__verdict', attrs: { 'data-testid': 'practice-verdict' } });
  const what = el('p', { class: 'practice__what' });
  const why = el('p', { class: 'practice__why' });
  const result = el(
    'section',
    { class: 'practice__result', attrs: { role: 'status', 'data-testid': 'practice-result' } },
    verdict,
    what,
    why,
    el('p', { class: 'practice__continue muted', text: t('practiceContinue') }),
  );
  const panel = el(
    'section',
    { class: 'practice', attrs: { 'aria-label': t('practicePanelLabel'), 'data-testid': 'practice-panel' } },
    el('h2', { class: 'side__heading', text: t('practicePanelLabel') }),
    count,
    nextButtons,
    roster.el,
    idle,
    nothing,
    question,
    result,
  );

  const show = (part: 'idle' | 'nothing' | 'question' | 'result'): void => {
    idle.hidden = part !== 'idle';
    nothing.hidden = part !== 'nothing';
    question.hidden = part !== 'question';
    result.hidden = part !== 'result';
    nextButtons.hidden = part === 'question';
    roster.hidden = part === 'question';
    panel.dataset.state = part;
  };

  /** After an answer (or Esc), a question asked from the list of units gives the focus back to it. */
  const backToList = (): void => {
    const unit = askedFromList;
    askedFromList = undefined;
    if (unit !== undefined) roster.focus(unit);
  };

  const showCount = (): void => {
    const qs = controller.view.practice?.questions ?? [];
    setText(count, t('practiceCount', { n: qs.length, right: qs.filter((q) => q.correct).length }));
  };

  const pick = (target: PracticeTarget): void => {
    askedFromList = undefined;
    const view = controller.view;
    const tl = view.timeline;
    if (!tl || view.phase !== 'round') return;
    controller.pause();
    const now = controller.view.clock.t;
    const observation = observe(tl, now, target);
    if (!observation) {
      pending = undefined;
      floor.showUnit(undefined);
      show('nothing');
      return;
    }
    const clickedStation =
      target.kind === 'tile' && observation.subject.kind === 'unit'
        ? tl.model.stations.findIndex((s) => tl.model.points[s.index]?.x === target.x && tl.model.points[s.index]?.y === target.y)
        : undefined;
    pending = { target, t: now, observation, clickedStation: clickedStation !== undefined && clickedStation >= 0 ? clickedStation : undefined };
    if (observation.subject.kind === 'unit') lastUnit = observation.subject.unit;
    if (pending.clickedStation !== undefined) lastStation = pending.clickedStation;
    else if (observation.subject.kind === 'station') lastStation = observation.subject.station;
    floor.showUnit(observation.subject.kind === 'unit' ? observation.subject.unit : undefined);
    setText(subject, subjectText(ctx, tl, observation, pending.clickedStation));
    show('question');
    questionHeading.focus({ preventScroll: true });
  };

  const answer = (b: Bucket): void => {
    const p = pending;
    const tl = controller.view.timeline;
    if (!p || !tl) return;
    pending = undefined;
    const q: PracticeQuestion | undefined = controller.answerPractice(p.target, p.t, b);
    if (!q) {
      show('nothing');
      return;
    }
    const words = explainText(ctx, tl, q.observation, q.t);
    setText(verdict, verdictText(ctx, q));
    verdict.dataset.correct = String(q.correct);
    result.dataset.expected = BUCKETS[q.observation.bucket];
    result.dataset.answer = BUCKETS[q.answer];
    setText(what, words.what);
    setText(why, words.why);
    showCount();
    show('result');
    backToList();
  };

  /** N: the next person or document on the floor after the last one asked about (by number, round the list). */
  const nextPerson = (): void => {
    const view = controller.view;
    const tl = view.timeline;
    if (!tl) return;
    const now = view.clock.t;
    const candidates = snapshotAt(tl, now)
      .units.map((u) => u.unit)
      .filter((u) => observe(tl, now, { kind: 'unit', unit: u }) !== undefined)
      .sort((a, b) => a - b);
    const next = candidates.find((u) => u > lastUnit) ?? candidates[0];
    if (next === undefined) {
      controller.pause();
      show('nothing');
      return;
    }
    pick({ kind: 'unit', unit: next });
  };

  /** S: the next station after the last one asked about that has something to judge now. */
  const nextStation = (): void => {
    const tl = controller.view.timeline;
    if (!tl) return;
    const now = controller.view.clock.t;
    const stations = tl.model.level.stations;
    for (let k = 1; k <= stations.length; k++) {
      const i = (lastStation + k) % stations.length;
      const st = stations[i];
      if (st && observe(tl, now, { kind: 'tile', x: st.x, y: st.y })) {
        lastStation = i;
        pick({ kind: 'tile', x: st.x, y: st.y });
        return;
      }
    }
    controller.pause();
    show('nothing');
  };

  // Capture phase: while a question is open, 1–9 are answers, not the app's speed keys.
  const onKey = (e: KeyboardEvent): void => {
    if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || typing(e.target)) return;
    if (controller.view.phase !== 'round') return;
    const digit = digitOf(e);
    let handled = false;
    if (e.code === 'KeyN' && !e.repeat) {
      ctx.act(nextPerson)();
      handled = true;
    } else if (e.code === 'KeyS' && !e.repeat) {
      ctx.act(nextStation)();
      handled = true;
    } else if (pending && digit !== undefined) {
      const b = BUCKETS[digit - 1];
      if (b) ctx.act(() => answer(b))();
      handled = true;
    } else if (pending && e.key === 'Escape') {
      pending = undefined;
      floor.showUnit(undefined);
      show('idle');
      backToList();
      handled = true;
    }
    if (handled) {
      e.preventDefault();
      e.stopPropagation();
    }
  };
  window.addEventListener('keydown', onKey, true);

  showCount();
  show('idle');
  const start = controller.view;
  if (start.timeline) roster.update(start.timeline, start.clock.t, true);

  return {
    el: panel,
    pickUnit: (unit) => {
      // A click away from every unit is handled as a tile (pickTile), not as a question.
      if (unit !== undefined) pick({ kind: 'unit', unit });
    },
    pickTile: (x, y) => pick({ kind: 'tile', x, y }),
    onClock: (view) => {
      if (view.timeline) roster.update(view.timeline, view.clock.t, view.clock.paused);
      // Playing on: the moment asked about is gone.
      if (!view.clock.paused && pending) {
        pending = undefined;
        show('idle');
      }
    },
    destroy: () => window.removeEventListener('keydown', onKey, true),
  };
}
