/**
 * "Compare plans: is it real or luck?" — pick a level, build plan A and plan B, choose the
 * number of runs, press Compare: both plans run on the same seeds (a slice at a time, with a
 * progress bar) and the table says, figure by figure, whether the difference is real.
 */
import { MAX_SEED_COUNT, MIN_SEED_COUNT, type Level } from '../../../sim';
import { button, el, setText, uniqueId } from '../../dom';
import { localizeRefusal } from '../../refusal';
import { footer, langSwitch, primaryButton, type Ctx, type Screen } from '../../screen';
import { planEditor } from './plan-editor';
import { resultsTable, type PlanNames } from './results';
import { compareRoute } from './route';
import type { AddressProblem } from './address';
import { CompareState } from './state';
import './compare.css';

export function compareScreen(ctx: Ctx, state: CompareState): Screen {
  const { t, lang } = ctx;
  const title = t('compareTitle');
  const h1 = el('h1', { class: 'topbar__heading', text: title, attrs: { tabindex: -1 } });
  const back = button(state.fromKaizen ? t('compareBackToKaizen') : t('compareBack'), ctx.act(() => compareRoute.close()), {
    class: 'btn btn--quiet',
    attrs: { 'data-testid': 'compare-back', 'aria-keyshortcuts': 'Escape' },
  });
  const bar = el('header', { class: 'topbar' }, el('div', { class: 'topbar__titles' }, h1), el('div', { class: 'topbar__right' }, langSwitch(ctx), back));

  // --- the level ----------------------------------------------------------------------------
  const levels = ctx.levels.flatMap((e) => (e.ok ? [e.level] : []));
  const levelSelect = el('select', { class: 'input', id: uniqueId('cmp-level'), attrs: { 'data-focus-key': 'level' } });
  const choices: Level[] = levels.some((l) => l.id === state.level.id) ? levels : [state.level, ...levels];
  for (const l of choices) levelSelect.append(el('option', { text: l.title[lang], attrs: { value: l.id } }));
  levelSelect.value = state.level.id;
  levelSelect.disabled = state.fromKaizen;
  levelSelect.addEventListener(
    'change',
    ctx.act(() => {
      const next = choices.find((l) => l.id === levelSelect.value);
      if (next) state.setLevel(next);
    }),
  );
  const levelField = el('label', { class: 'field cmp-level' }, el('span', { text: t('compareLevel') }), levelSelect);

  // --- the plans ----------------------------------------------------------------------------
  const plansBox = el('div', { class: 'cmp-plans' });
  const refusal = el('p', { class: 'refusal', attrs: { role: 'alert', 'data-testid': 'compare-refusal' } });
  // A plan taken from the lesson is named by its round; a plan built here is plan A or plan B.
  const names = (): PlanNames => {
    const round = state.afterRound;
    const fixed = (side: 'a' | 'b'): boolean => round !== undefined && state.plans[side].kind === 'fixed';
    return {
      a: fixed('a') ? t('compareKaizenA', { n: round ?? 0 }) : t('comparePlanA'),
      b: fixed('b') ? t('compareKaizenB', { n: (round ?? 0) + 1 }) : t('comparePlanB'),
      letters: { a: t('compareLetterA'), b: t('compareLetterB') },
    };
  };

  // --- runs and the button ------------------------------------------------------------------
  const seeds = el('input', {
    class: 'input input--num',
    id: uniqueId('cmp-seeds'),
    attrs: { type: 'number', min: MIN_SEED_COUNT, max: MAX_SEED_COUNT, step: 1, inputmode: 'numeric', 'data-testid': 'compare-seeds' },
  });
  seeds.value = String(state.seedCount);
  const seedsHint = el('span', { class: 'muted', id: uniqueId('cmp-seeds-hint'), text: t('compareSeedsHint', { min: MIN_SEED_COUNT, max: MAX_SEED_COUNT }) });
  seeds.setAttribute('aria-describedby', seedsHint.id);
  const run = primaryButton(t('compareRun'), ctx.act(() => start()), 'compare-run');
  const stop = button(t('compareCancel'), ctx.act(() => state.cancel()), { class: 'btn', attrs: { 'data-testid': 'compare-stop' } });
  const status = el('p', { class: 'cmp-status', id: uniqueId('cmp-status'), attrs: { role: 'status', 'data-testid': 'compare-status' } });
  const progress = el('progress', { class: 'cmp-progress', attrs: { max: 1, value: 0, 'aria-labelledby': status.id } });
  seeds.addEventListener('keydown', (e) => {
    if (e.key !== 'Enter') return;
    e.preventDefault();
    run.click();
  });
  const runRow = el(
    'div',
    { class: 'cmp-run' },
    el('label', { class: 'field' }, el('span', { text: t('compareSeeds') }), seeds),
    seedsHint,
    stop,
    progress,
    status,
  );

  // --- the result ---------------------------------------------------------------------------
  const resultsHeading = el('h2', { class: 'cmp-results__heading', text: t('compareResults'), attrs: { tabindex: -1 } });
  const resultsNote = el('p', { class: 'muted' });
  const staleNote = el('p', { class: 'cmp-stale', text: t('compareStale') });
  const tableBox = el('div', { class: 'cmp-table-box' });
  const results = el('section', { class: 'cmp-results', attrs: { 'data-testid': 'compare-results', 'aria-label': t('compareResults') } }, resultsHeading, resultsNote, staleNote, tableBox);

  const page = el(
    'div',
    { class: 'screen screen--compare', attrs: { 'data-testid': 'compare' } },
    bar,
    el(
      'main',
      { class: 'screen__body cmp-main' },
      el('p', { class: 'cmp-explain', text: t('compareExplain') }),
      state.addressProblem ? el('p', { class: 'refusal', text: addressProblemText(ctx, state.addressProblem), attrs: { role: 'alert', 'data-testid': 'compare-address-problem' } }) : null,
      levelField,
      plansBox,
      refusal,
      results,
    ),
    // The number of runs and the Compare button stay in view however long the card lists are.
    footer(run, runRow),
  );

  // --- behaviour ----------------------------------------------------------------------------
  function start(): void {
    const n = Number(seeds.value.trim());
    if (!CompareState.validSeedCount(n) || seeds.value.trim() === '') {
      setText(status, t('compareSeedsBad', { min: MIN_SEED_COUNT, max: MAX_SEED_COUNT }));
      seeds.setAttribute('aria-invalid', 'true');
      seeds.focus();
      return;
    }
    seeds.removeAttribute('aria-invalid');
    state.run(n);
  }

  const renderPlans = (): void => {
    const active = document.activeElement instanceof HTMLElement ? document.activeElement : undefined;
    const key = active?.dataset.focusKey;
    const n = names();
    plansBox.replaceChildren(planEditor(ctx, state, 'a', n.a, n.letters.a), planEditor(ctx, state, 'b', n.b, n.letters.b));
    const r = state.refusal;
    setText(refusal, r ? t('compareRefused', { plan: r.side === 'a' ? n.a : n.b, reason: localizeRefusal(r.reason, state.level, lang) }) : '');
    if (key && active && !page.contains(active)) page.querySelector<HTMLElement>(`[data-focus-key="${CSS.escape(key)}"]`)?.focus();
  };

  let wasRunning = false;
  const renderRun = (): void => {
    const s = state.status;
    const running = s.kind === 'running';
    run.disabled = running;
    stop.hidden = !running;
    progress.hidden = !running;
    if (running) {
      progress.max = s.total;
      progress.value = s.done;
      setText(status, t('compareRunning', { done: s.done, total: s.total }));
    } else if (s.kind === 'cancelled') setText(status, t('compareCancelled'));
    else if (s.kind === 'failed') setText(status, t('errorText'));
    else if (status.textContent !== t('compareSeedsBad', { min: MIN_SEED_COUNT, max: MAX_SEED_COUNT })) setText(status, '');
    results.hidden = s.kind !== 'done';
    if (s.kind === 'done') {
      const seedsUsed = s.result.seeds;
      setText(
        resultsNote,
        t('compareResultsNote', { n: seedsUsed.length, first: seedsUsed[0] ?? 0, last: seedsUsed[seedsUsed.length - 1] ?? 0, ms: ctx.f.int(s.ms) }),
      );
      tableBox.replaceChildren(resultsTable(ctx, state.level, s.result, names()));
      if (wasRunning) {
        resultsHeading.scrollIntoView({ block: 'start' });
        resultsHeading.focus({ preventScroll: true });
      }
    }
    staleNote.hidden = !state.stale;
    wasRunning = running;
  };

  const unsubscribe = state.subscribe((change) => {
    try {
      if (change === 'plans') {
        if (levelSelect.value !== state.level.id) levelSelect.value = state.level.id;
        renderPlans();
        staleNote.hidden = !state.stale;
        if (state.status.kind !== 'done') renderRun();
      } else renderRun();
    } catch (error) {
      console.error(error);
      setText(status, t('errorText'));
    }
  });
  page.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && !e.defaultPrevented) {
      e.preventDefault();
      compareRoute.close();
    }
  });
  renderPlans();
  renderRun();

  return { el: page, title, primary: run, focus: h1, destroy: unsubscribe };
}

/** Why the page's address was not used, in plain words. */
function addressProblemText(ctx: Ctx, problem: AddressProblem): string {
  const { t } = ctx;
  switch (problem.kind) {
    case 'level':
      return t('compareAddressLevel', { id: problem.id });
    case 'seeds':
      return t('compareAddressSeeds', { n: problem.text, min: MIN_SEED_COUNT, max: MAX_SEED_COUNT });
    case 'plan':
      return t('compareAddressPlan', {
        plan: problem.side === 'a' ? t('comparePlanA') : t('comparePlanB'),
        reason: sentenceEnd(localizeRefusal(problem.reason, problem.level, ctx.lang)),
      });
    default:
      return t('compareAddressFormat');
  }
}

/** The core's reason is a clause ("card … needs … first"); here it ends a sentence. */
function sentenceEnd(reason: string): string {
  return /[.!?]$/.test(reason) ? reason : `${reason}.`;
}
