/**
 * The routes tab: each kind of unit (pupils, parents, documents), where it comes in and
 * leaves, when it arrives, and its route: an ordered list of steps, each at a station, with
 * its service time and whether it adds value or is one of the eight wastes.
 */
import { el } from '../../dom';
import { addEntity, addStep, moveItem, removeAt, renameEntity, renameStep, setAt } from '../../../app/editor/commands';
import type { DraftEntity, DraftStep } from '../../../app/editor/draft';
import { BUCKETS } from '../../../sim';
import type { MessageKey } from '../../i18n';
import { bucketName } from '../../wastes';
import type { EdCtx } from '../ed-ctx';
import { distributionField } from '../distribution-field';
import { checkbox, numberInput, row, selectInput, smallButton, textInput, textPair } from '../fields';

export function routesPanel(ctx: EdCtx): HTMLElement {
  const panel = el('section', { class: 'ed-panel', attrs: { 'aria-label': ctx.t('ed_tab_routes') } }, el('p', { class: 'ed-help muted', text: ctx.t('ed_routesHelp') }));
  ctx.draft.entities.forEach((e, i) => panel.append(entityForm(ctx, e, i)));
  panel.append(smallButton(ctx.t('ed_addEntity'), 'entity-add', () => ctx.apply(addEntity(ctx.lang))));
  return panel;
}

function placeName(ctx: EdCtx, p: { id: string; name?: { ru: string; en: string } }): string {
  const name = p.name?.[ctx.lang] || p.name?.ru || p.name?.en;
  return name ? `${name} (${p.id})` : p.id;
}

function entityForm(ctx: EdCtx, e: DraftEntity, i: number): HTMLElement {
  const p = ['entities', i] as const;
  const spots = ctx.draft.spots.map((s) => ({ value: s.id, label: placeName(ctx, s) }));
  const heading = placeName(ctx, e);
  const box = el(
    'article',
    { class: 'ed-item', attrs: { 'data-path': `$.entities[${i}]`, 'aria-label': heading } },
    el('div', { class: 'ed-item__head' }, el('h3', { text: heading }), smallButton(ctx.t('ed_remove'), `entity-remove-${i}`, () => ctx.apply(removeAt(['entities'], i)), { title: ctx.t('ed_removeEntity', { id: e.id }) })),
    row(
      textInput(ctx, [...p, 'id'], e.id, ctx.t('ed_id'), { commit: (v) => renameEntity(i, v) }),
      selectInput(ctx, [...p, 'kind'], e.kind, ctx.t('ed_kind'), [
        { value: 'person', label: ctx.t('ed_kind_person') },
        { value: 'document', label: ctx.t('ed_kind_document') },
      ]),
      selectInput(ctx, [...p, 'enterAt'], e.enterAt, ctx.t('ed_enterAt'), spots),
      selectInput(ctx, [...p, 'leaveAt'], e.leaveAt, ctx.t('ed_leaveAt'), spots),
    ),
    textPair(ctx, [...p, 'name'], e.name, ctx.t('ed_name')),
    arrivalsForm(ctx, e, i),
    leadTimeForm(ctx, e, i),
  );
  const route = el('ol', { class: 'ed-route', attrs: { 'data-path': `$.entities[${i}].route`, 'aria-label': ctx.t('ed_route', { name: heading }) } });
  e.route.forEach((s, si) => route.append(stepForm(ctx, e, i, s, si)));
  box.append(el('h4', { text: ctx.t('ed_routeHeading') }));
  if (e.route.length === 0) box.append(el('p', { class: 'ed-empty', text: ctx.t('ed_routeEmpty') }));
  box.append(route, addStepRow(ctx, i));
  return box;
}

/** "Add step": pick a station, press the button. */
function addStepRow(ctx: EdCtx, i: number): HTMLElement {
  const id = `ed-add-step-${i}`;
  const select = el('select', { class: 'input ed-input', id, attrs: { 'data-key': `add-step-station-${i}` } });
  for (const s of ctx.draft.stations) select.append(el('option', { text: placeName(ctx, s), attrs: { value: s.id } }));
  const b = smallButton(ctx.t('ed_addStep'), `add-step-${i}`, () => {
    if (select.value) ctx.apply(addStep(i, select.value));
  }, { disabled: ctx.draft.stations.length === 0 });
  return el('div', { class: 'ed-row ed-add-step' }, el('div', { class: 'ed-field' }, el('label', { text: ctx.t('ed_stepStation'), attrs: { for: id } }), select), b);
}

function stepForm(ctx: EdCtx, e: DraftEntity, ei: number, s: DraftStep, si: number): HTMLElement {
  const p = ['entities', ei, 'route', si] as const;
  const route = ['entities', ei, 'route'] as const;
  const stations = ctx.draft.stations.map((st) => ({ value: st.id, label: placeName(ctx, st) }));
  const classes = BUCKETS.map((b) => ({ value: b, label: b === 'value' ? ctx.t('ed_valueAdding') : bucketName(ctx.lang, b) }));
  const title = `${si + 1}. ${s.name?.[ctx.lang] || s.name?.ru || s.name?.en || s.id}`;
  const li = el(
    'li',
    { class: `ed-step ed-step--${s.class}`, attrs: { 'data-path': `$.entities[${ei}].route[${si}]`, 'aria-label': title } },
    el(
      'div',
      { class: 'ed-item__head' },
      el('h5', { text: title }),
      el(
        'div',
        { class: 'ed-item__tools' },
        smallButton('↑', `step-up-${ei}-${si}`, () => ctx.apply(moveItem(route, si, si - 1)), { title: ctx.t('ed_stepUp'), disabled: si === 0 }),
        smallButton('↓', `step-down-${ei}-${si}`, () => ctx.apply(moveItem(route, si, si + 1)), { title: ctx.t('ed_stepDown'), disabled: si === e.route.length - 1 }),
        smallButton('✕', `step-remove-${ei}-${si}`, () => ctx.apply(removeAt(route, si)), { title: ctx.t('ed_removeStep', { id: s.id }) }),
      ),
    ),
    row(
      textInput(ctx, [...p, 'id'], s.id, ctx.t('ed_id'), { commit: (v) => renameStep(ei, si, v) }),
      selectInput(ctx, [...p, 'station'], s.station, ctx.t('ed_stepStation'), stations),
      selectInput(ctx, [...p, 'class'], s.class, ctx.t('ed_stepClass'), classes),
    ),
    textPair(ctx, [...p, 'name'], s.name, ctx.t('ed_name')),
    distributionField(ctx, [...p, 'duration'], s.duration, ctx.t('ed_duration')),
    row(
      checkbox(ctx, [...p, 'continues'], s.continues === true, ctx.t('ed_continues')),
      // A document handed over electronically is not carried; a person who sends a form online does not walk.
      checkbox(ctx, [...p, 'electronic'], s.electronic === true, ctx.t(e.kind === 'document' ? 'ed_electronic' : 'ed_electronicPerson')),
      numberInput(ctx, [...p, 'endBy'], s.endBy, ctx.t('ed_endBy'), { hint: ctx.t('ed_endByHint') }),
    ),
  );
  li.append(defectsForm(ctx, e, ei, s, si));
  return li;
}

function defectsForm(ctx: EdCtx, e: DraftEntity, ei: number, s: DraftStep, si: number): HTMLElement {
  const p = ['entities', ei, 'route', si, 'defects'] as const;
  const box = el('div', { class: 'ed-defects', attrs: { 'data-path': `$.entities[${ei}].route[${si}].defects` } });
  const steps = e.route.slice(0, si + 1).map((x) => ({ value: x.id, label: x.id }));
  (s.defects ?? []).forEach((d, di) => {
    box.append(
      el(
        'fieldset',
        { class: 'ed-sub', attrs: { 'data-path': `$.entities[${ei}].route[${si}].defects[${di}]` } },
        el('legend', { text: ctx.t('ed_defect', { n: di + 1 }) }),
        row(
          textInput(ctx, [...p, di, 'id'], d.id, ctx.t('ed_id')),
          numberInput(ctx, [...p, di, 'probability'], d.probability, ctx.t('ed_probability'), { hint: '0–1' }),
          selectInput(ctx, [...p, di, 'outcome'], d.outcome, ctx.t('ed_outcome'), [
            { value: 'revisit', label: ctx.t('ed_outcome_revisit') },
            { value: 'rework', label: ctx.t('ed_outcome_rework') },
          ]),
          selectInput(ctx, [...p, di, 'backTo'], d.backTo ?? '', ctx.t('ed_backTo'), [{ value: '', label: '—' }, ...steps], (v) => setAt([...p, di, 'backTo'], v === '' ? undefined : v)),
          smallButton('✕', `defect-remove-${ei}-${si}-${di}`, () => ctx.apply(removeAt(p, di)), { title: ctx.t('ed_removeDefect') }),
        ),
        d.outcome === 'revisit'
          ? checkbox(ctx, [...p, di, 'away'], d.away !== undefined, ctx.t('ed_hasAway'), (on) => setAt([...p, di, 'away'], on ? { type: 'constant', value: 3600 } : undefined))
          : null,
        d.outcome === 'revisit' && d.away ? distributionField(ctx, [...p, di, 'away'], d.away, ctx.t('ed_away')) : null,
      ),
    );
  });
  box.append(
    smallButton(ctx.t('ed_addDefect'), `defect-add-${ei}-${si}`, () =>
      ctx.apply(setAt([...p, (s.defects ?? []).length], { id: `defect-${(s.defects ?? []).length + 1}`, probability: 0.1, outcome: 'rework', backTo: s.id })),
    ),
  );
  return box;
}

function arrivalsForm(ctx: EdCtx, e: DraftEntity, i: number): HTMLElement {
  const p = ['entities', i, 'arrivals'] as const;
  const a = e.arrivals as Record<string, unknown>;
  const type = typeof a.type === 'string' ? a.type : '';
  const box = el('fieldset', { class: 'ed-sub', attrs: { 'data-path': `$.entities[${i}].arrivals` } }, el('legend', { text: ctx.t('ed_arrivals') }));
  box.append(
    selectInput(ctx, [...p, 'type'], type, ctx.t('ed_arrivalsType'), (['poisson', 'waves', 'list'] as const).map((t) => ({ value: t, label: ctx.t(`ed_arrivals_${t}` as MessageKey) })), (v) => {
      if (v === 'poisson') return setAt(p, { type: 'poisson', ratePerHour: 30, start: 0, count: 20 });
      if (v === 'waves') return setAt(p, { type: 'waves', waves: [{ id: 'wave-1', at: 0, count: 20, spread: 60 }] });
      return setAt(p, { type: 'list', times: [0, 60, 120] });
    }),
  );
  if (e.arrivals.type === 'poisson') {
    box.append(
      row(
        numberInput(ctx, [...p, 'ratePerHour'], e.arrivals.ratePerHour, ctx.t('ed_ratePerHour')),
        numberInput(ctx, [...p, 'count'], e.arrivals.count, ctx.t('ed_count'), { integer: true }),
        numberInput(ctx, [...p, 'start'], e.arrivals.start, ctx.t('ed_arrivalStart'), { hint: ctx.t('ed_seconds') }),
      ),
    );
  } else if (e.arrivals.type === 'waves') {
    e.arrivals.waves.forEach((w, wi) => {
      const wp = [...p, 'waves', wi] as const;
      box.append(
        row(
          textInput(ctx, [...wp, 'id'], w.id, ctx.t('ed_id')),
          numberInput(ctx, [...wp, 'at'], w.at, ctx.t('ed_waveAt'), { hint: ctx.t('ed_seconds') }),
          numberInput(ctx, [...wp, 'count'], w.count, ctx.t('ed_count'), { integer: true }),
          numberInput(ctx, [...wp, 'spread'], w.spread, ctx.t('ed_spread'), { hint: ctx.t('ed_seconds') }),
          smallButton('✕', `wave-remove-${i}-${wi}`, () => ctx.apply(removeAt([...p, 'waves'], wi)), { title: ctx.t('ed_removeWave') }),
        ),
        // The name is optional (a class, a reception day): emptied on both sides it goes, rather than leave the wave invalid.
        textPair(ctx, [...wp, 'name'], w.name, ctx.t('ed_waveName'), { optional: true }),
      );
    });
    const n = e.arrivals.waves.length;
    box.append(smallButton(ctx.t('ed_addWave'), `wave-add-${i}`, () => ctx.apply(setAt([...p, 'waves', n], { id: `wave-${n + 1}`, at: 0, count: 10, spread: 60 }))));
  } else if (e.arrivals.type === 'list') {
    box.append(
      textInput(ctx, [...p, 'times'], e.arrivals.times.join('; '), ctx.t('ed_times'), {
        wide: true,
        commit: (v) => setAt([...p, 'times'], v.split(/[;\s]+/).filter((x) => x !== '').map((x) => Number(x.replace(',', '.')))),
      }),
    );
  }
  return box;
}

/** Where the customer's clock starts and stops, and the steps that are the customer's own time (eating). */
function leadTimeForm(ctx: EdCtx, e: DraftEntity, i: number): HTMLElement {
  const p = ['entities', i, 'leadTime'] as const;
  const lt = { from: 'arrival', to: 'exit', pauseDuring: [] as string[], ...e.leadTime };
  const steps = e.route.map((s) => ({ value: s.id, label: placeName(ctx, s) }));
  const change = (patch: Partial<typeof lt>) => setAt(p, { ...lt, ...patch });
  const box = el('fieldset', { class: 'ed-sub', attrs: { 'data-path': `$.entities[${i}].leadTime` } }, el('legend', { text: ctx.t('ed_leadTime') }));
  box.append(
    row(
      selectInput(ctx, [...p, 'from'], lt.from, ctx.t('ed_leadFrom'), [{ value: 'arrival', label: ctx.t('ed_leadArrival') }, ...steps], (v) => change({ from: v })),
      selectInput(ctx, [...p, 'to'], lt.to, ctx.t('ed_leadTo'), [{ value: 'exit', label: ctx.t('ed_leadExit') }, ...steps], (v) => change({ to: v })),
    ),
  );
  if (steps.length > 0) {
    const pauses = el('fieldset', { class: 'ed-checks', attrs: { 'data-path': `$.entities[${i}].leadTime.pauseDuring` } }, el('legend', { text: ctx.t('ed_pauseDuring') }));
    for (const s of steps) {
      pauses.append(
        checkbox(ctx, [...p, 'pauseDuring', s.value], lt.pauseDuring.includes(s.value), s.label, (on) =>
          change({ pauseDuring: on ? [...lt.pauseDuring.filter((x) => x !== s.value), s.value] : lt.pauseDuring.filter((x) => x !== s.value) }),
        ),
      );
    }
    box.append(pauses);
  }
  return box;
}
