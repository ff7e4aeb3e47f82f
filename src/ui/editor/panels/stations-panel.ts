/** The stations tab: each station's name, place, staff, WIP limit, hours, release batches and order (5S). */
import { el } from '../../dom';
import { removeAt, renamePlace, setAt } from '../../../app/editor/commands';
import type { DraftStation } from '../../../app/editor/draft';
import type { EdCtx } from '../ed-ctx';
import { distributionField } from '../distribution-field';
import { checkbox, clockInput, numberInput, row, smallButton, textInput, textPair } from '../fields';

export function stationsPanel(ctx: EdCtx): HTMLElement {
  const panel = el('section', { class: 'ed-panel', attrs: { 'aria-label': ctx.t('ed_tab_stations') } }, el('p', { class: 'ed-help muted', text: ctx.t('ed_stationsHelp') }));
  if (ctx.draft.stations.length === 0) panel.append(el('p', { class: 'ed-empty', text: ctx.t('ed_noStationsYet'), attrs: { 'data-path': '$.stations' } }));
  ctx.draft.stations.forEach((s, i) => panel.append(stationForm(ctx, s, i)));
  return panel;
}

function stationForm(ctx: EdCtx, s: DraftStation, i: number): HTMLElement {
  const p = ['stations', i] as const;
  const heading = `${i + 1}. ${s.name?.[ctx.lang] || s.name?.ru || s.name?.en || s.id}`;
  const box = el(
    'article',
    { class: 'ed-item ed-station-form', attrs: { 'data-path': `$.stations[${i}]`, 'aria-label': heading } },
    el('div', { class: 'ed-item__head' }, el('h3', { text: heading }), smallButton(ctx.t('ed_remove'), `station-remove-${i}`, () => ctx.apply(removeAt(['stations'], i)), { title: ctx.t('ed_removeStation', { id: s.id }) })),
    row(
      textInput(ctx, [...p, 'id'], s.id, ctx.t('ed_id'), { commit: (v) => renamePlace('stations', i, v) }),
      numberInput(ctx, [...p, 'x'], s.x, 'x', { integer: true }),
      numberInput(ctx, [...p, 'y'], s.y, 'y', { integer: true }),
    ),
    textPair(ctx, [...p, 'name'], s.name, ctx.t('ed_name')),
    row(
      numberInput(ctx, [...p, 'servers'], s.servers, ctx.t('ed_servers'), { integer: true }),
      numberInput(ctx, [...p, 'queueCapacity'], s.queueCapacity, ctx.t('ed_wipLimit'), { integer: true, hint: ctx.t('ed_wipHint') }),
      numberInput(ctx, [...p, 'disorder'], s.disorder, ctx.t('ed_disorder'), { hint: ctx.t('ed_disorderHint') }),
      checkbox(ctx, [...p, 'staffed'], s.staffed !== false, ctx.t('ed_staffed')),
    ),
  );
  // Opening hours: off means always open.
  box.append(checkbox(ctx, [...p, 'hours'], s.hours !== undefined, ctx.t('ed_hasHours'), (on) =>
    setAt([...p, 'hours'], on ? { period: 86400, open: [[ctx.draft.clockStart ?? 0, (ctx.draft.clockStart ?? 0) + 3600]] } : undefined),
  ));
  if (s.hours) {
    const hp = [...p, 'hours'] as const;
    const hours = el('fieldset', { class: 'ed-sub', attrs: { 'data-path': `$.stations[${i}].hours` } }, el('legend', { text: ctx.t('ed_hours') }));
    hours.append(numberInput(ctx, [...hp, 'period'], s.hours.period, ctx.t('ed_period'), { hint: ctx.t('ed_periodHint') }));
    (s.hours.open ?? []).forEach(([from, to], w) => {
      hours.append(
        row(
          clockInput(ctx, [...hp, 'open', w, 0], from, ctx.t('ed_opensAt')),
          clockInput(ctx, [...hp, 'open', w, 1], to, ctx.t('ed_closesAt')),
          smallButton('✕', `hours-remove-${i}-${w}`, () => ctx.apply(removeAt([...hp, 'open'], w)), { title: ctx.t('ed_removeWindow') }),
        ),
      );
    });
    hours.append(smallButton(ctx.t('ed_addWindow'), `hours-add-${i}`, () => ctx.apply(setAt([...hp, 'open', s.hours?.open.length ?? 0], [43200, 46800]))));
    box.append(hours);
  }
  box.append(checkbox(ctx, [...p, 'batch'], s.batch !== undefined, ctx.t('ed_hasBatch'), (on) => setAt([...p, 'batch'], on ? { period: 86400, at: 0 } : undefined)));
  if (s.batch) {
    box.append(
      row(
        numberInput(ctx, [...p, 'batch', 'period'], s.batch.period, ctx.t('ed_period'), { hint: ctx.t('ed_seconds') }),
        clockInput(ctx, [...p, 'batch', 'at'], s.batch.at, ctx.t('ed_batchAt')),
      ),
    );
  }
  box.append(serviceTimes(ctx, s.id));
  box.append(checkbox(ctx, [...p, 'search'], s.search !== undefined, ctx.t('ed_hasSearch'), (on) => setAt([...p, 'search'], on ? { type: 'exponential', mean: 30 } : undefined)));
  if (s.search) box.append(distributionField(ctx, [...p, 'search'], s.search, ctx.t('ed_search')));
  return box;
}

/** The service time of every step done at this station (each step keeps its own, as the level format has it). */
function serviceTimes(ctx: EdCtx, stationId: string): HTMLElement {
  const box = el('div', { class: 'ed-service' }, el('h4', { text: ctx.t('ed_serviceTimes') }));
  let found = 0;
  ctx.draft.entities.forEach((e, ei) => {
    e.route.forEach((step, si) => {
      if (step.station !== stationId) return;
      found += 1;
      const who = e.name?.[ctx.lang] || e.name?.ru || e.name?.en || e.id;
      const what = step.name?.[ctx.lang] || step.name?.ru || step.name?.en || step.id;
      box.append(distributionField(ctx, ['entities', ei, 'route', si, 'duration'], step.duration, `${who}: ${what}`));
    });
  });
  if (found === 0) box.append(el('p', { class: 'muted ed-help', text: ctx.t('ed_noStepsHere') }));
  return box;
}
