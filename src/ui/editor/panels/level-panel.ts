/** The level tab: id, title and briefing, the round's clock, and what the customer values (the measure and its target). */
import { el } from '../../dom';
import { setAt } from '../../../app/editor/commands';
import type { EdCtx } from '../ed-ctx';
import { clockInput, numberInput, row, selectInput, textInput, textPair } from '../fields';

export function levelPanel(ctx: EdCtx): HTMLElement {
  const d = ctx.draft;
  return el(
    'section',
    { class: 'ed-panel', attrs: { 'aria-label': ctx.t('ed_tab_level') } },
    el('p', { class: 'ed-help muted', text: ctx.t('ed_levelHelp') }),
    row(
      textInput(ctx, ['id'], d.id, ctx.t('ed_levelId')),
      clockInput(ctx, ['clockStart'], d.clockStart, ctx.t('ed_clockStart')),
      numberInput(ctx, ['maxTime'], d.maxTime, ctx.t('ed_maxTime'), { hint: ctx.t('ed_secondsIs', { d: ctx.f.duration(d.maxTime ?? 0) }) }),
    ),
    textPair(ctx, ['title'], d.title, ctx.t('ed_title')),
    textPair(ctx, ['briefing'], d.briefing, ctx.t('ed_briefing'), { area: true }),
    measureForm(ctx),
  );
}

function measureForm(ctx: EdCtx): HTMLElement {
  const vm = ctx.draft.valueMeasure;
  const p = ['valueMeasure'] as const;
  const entities = ctx.draft.entities.map((e) => {
    const name = e.name?.[ctx.lang] || e.name?.ru || e.name?.en;
    return { value: e.id, label: name ? `${name} (${e.id})` : e.id };
  });
  const box = el('fieldset', { class: 'ed-sub', attrs: { 'data-path': '$.valueMeasure' } }, el('legend', { text: ctx.t('ed_measure') }));
  box.append(
    el('p', { class: 'ed-help muted', text: ctx.t('ed_measureHelp') }),
    row(
      selectInput(ctx, [...p, 'kind'], vm.kind, ctx.t('ed_measureKind'), (['leadTimeAtMost', 'stepTimeAtLeast', 'visitsAtMost'] as const).map((k) => ({ value: k, label: ctx.t(`ed_measure_${k}`) })), (kind) => {
        const base = { entity: vm.entity, name: vm.name, target: vm.target };
        if (kind === 'stepTimeAtLeast') return setAt(p, { kind, ...base, step: ctx.draft.entities.find((e) => e.id === vm.entity)?.route[0]?.id ?? '', seconds: 480 });
        if (kind === 'visitsAtMost') return setAt(p, { kind, ...base, visits: 1 });
        return setAt(p, { kind: 'leadTimeAtMost', ...base, seconds: 600 });
      }),
      selectInput(ctx, [...p, 'entity'], vm.entity, ctx.t('ed_measureEntity'), entities),
      vm.kind === 'stepTimeAtLeast'
        ? selectInput(ctx, [...p, 'step'], vm.step, ctx.t('ed_measureStep'), (ctx.draft.entities.find((e) => e.id === vm.entity)?.route ?? []).map((s) => ({ value: s.id, label: s.id })))
        : null,
      vm.kind === 'visitsAtMost'
        ? numberInput(ctx, [...p, 'visits'], vm.visits, ctx.t('ed_visits'), { integer: true })
        : numberInput(ctx, [...p, 'seconds'], vm.seconds, ctx.t(vm.kind === 'stepTimeAtLeast' ? 'ed_atLeastSeconds' : 'ed_atMostSeconds'), { hint: ctx.t('ed_secondsIs', { d: ctx.f.duration(vm.seconds ?? 0) }) }),
      numberInput(ctx, [...p, 'target'], vm.target, ctx.t('ed_target'), { hint: ctx.t('ed_targetHint') }),
    ),
    textPair(ctx, [...p, 'name'], vm.name, ctx.t('ed_measureName')),
  );
  return box;
}
