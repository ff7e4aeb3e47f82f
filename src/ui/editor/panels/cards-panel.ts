/**
 * The cards tab: the improvement cards players buy between rounds — their texts, lean tool,
 * cost, prerequisites, the wastes they act on, and their effects, each a structured form of
 * one of the declarative kinds (set, scale, add, remove, insertAfter, paint) on a path by ids.
 * Also the kaizen rules: the budget per round and the 5S decay.
 */
import { el, uniqueId } from '../../dom';
import { addCard, removeAt, setAt, type Path } from '../../../app/editor/commands';
import type { Draft, DraftCard } from '../../../app/editor/draft';
import { TILE_CHARS } from '../../../app/editor/draft';
import { defaultInsertValue, defaultSetValue, insertValueKind, setValueKind } from '../../../app/editor/effect-value';
import { BUCKETS, TOOLS, WASTES, type Effect } from '../../../sim';
import type { MessageKey } from '../../i18n';
import { bucketName } from '../../wastes';
import type { EdCtx } from '../ed-ctx';
import { distributionField } from '../distribution-field';
import { checkbox, numberInput, row, selectInput, smallButton, textInput, textPair } from '../fields';
import { brushName } from '../floor-grid';

const OPS: readonly Effect['op'][] = ['set', 'scale', 'add', 'remove', 'insertAfter', 'paint'];

export function cardsPanel(ctx: EdCtx): HTMLElement {
  const datalistId = uniqueId('ed-targets');
  const panel = el('section', { class: 'ed-panel', attrs: { 'aria-label': ctx.t('ed_tab_cards') } }, el('p', { class: 'ed-help muted', text: ctx.t('ed_cardsHelp') }), kaizenForm(ctx), targetList(ctx.draft, datalistId));
  (ctx.draft.cards ?? []).forEach((c, i) => panel.append(cardForm(ctx, c, i, datalistId)));
  panel.append(smallButton(ctx.t('ed_addCard'), 'card-add', () => ctx.apply(addCard())));
  return panel;
}

function kaizenForm(ctx: EdCtx): HTMLElement {
  const k = ctx.draft.kaizen ?? {};
  const cards = (ctx.draft.cards ?? []).map((c) => ({ value: c.id, label: c.id }));
  const box = el('fieldset', { class: 'ed-sub', attrs: { 'data-path': '$.kaizen' } }, el('legend', { text: ctx.t('ed_kaizen') }));
  box.append(
    row(
      numberInput(ctx, ['kaizen', 'budgetPerRound'], k.budgetPerRound, ctx.t('ed_budget'), { integer: true, hint: ctx.t('ed_budgetHint') }),
      checkbox(ctx, ['kaizen', 'decay'], k.decay !== undefined, ctx.t('ed_hasDecay'), (on) => setAt(['kaizen', 'decay'], on ? { disorderPerRound: 0.1, stoppedBy: cards[0]?.value ?? '' } : undefined)),
    ),
  );
  if (k.decay) {
    box.append(
      row(
        numberInput(ctx, ['kaizen', 'decay', 'disorderPerRound'], k.decay.disorderPerRound, ctx.t('ed_decayPerRound')),
        selectInput(ctx, ['kaizen', 'decay', 'stoppedBy'], k.decay.stoppedBy, ctx.t('ed_stoppedBy'), cards),
      ),
    );
  }
  return box;
}

/** Suggestions for effect targets: every path by id the draft has now. */
function targetList(d: Draft, id: string): HTMLElement {
  const list = el('datalist', { id });
  const add = (v: string): void => {
    list.append(el('option', { attrs: { value: v } }));
  };
  for (const s of d.stations) for (const f of ['servers', 'queueCapacity', 'disorder', 'search', 'hours', 'x', 'y']) add(`stations.${s.id}.${f}`);
  for (const s of d.spots) for (const f of ['x', 'y']) add(`spots.${s.id}.${f}`);
  for (const e of d.entities) {
    add(`entities.${e.id}.arrivals`);
    for (const s of e.route) {
      add(`entities.${e.id}.route.${s.id}`);
      for (const f of ['duration', 'class', 'station']) add(`entities.${e.id}.route.${s.id}.${f}`);
      for (const df of s.defects ?? []) add(`entities.${e.id}.route.${s.id}.defects.${df.id}.probability`);
    }
  }
  return list;
}

function cardForm(ctx: EdCtx, c: DraftCard, i: number, datalistId: string): HTMLElement {
  const p = ['cards', i] as const;
  const heading = c.name?.[ctx.lang] || c.name?.ru || c.name?.en || c.id;
  const box = el(
    'article',
    { class: 'ed-item', attrs: { 'data-path': `$.cards[${i}]`, 'aria-label': heading } },
    el('div', { class: 'ed-item__head' }, el('h3', { text: heading }), smallButton(ctx.t('ed_remove'), `card-remove-${i}`, () => ctx.apply(removeAt(['cards'], i)), { title: ctx.t('ed_removeCard', { id: c.id }) })),
    row(
      textInput(ctx, [...p, 'id'], c.id, ctx.t('ed_id')),
      selectInput(ctx, [...p, 'tool'], c.tool, ctx.t('ed_tool'), TOOLS.map((t) => ({ value: t, label: ctx.t(`tool_${t}` as MessageKey) }))),
      numberInput(ctx, [...p, 'cost'], c.cost, ctx.t('ed_cost'), { integer: true }),
      checkbox(ctx, [...p, 'trap'], c.trap === true, ctx.t('ed_trap')),
    ),
    textPair(ctx, [...p, 'name'], c.name, ctx.t('ed_cardName')),
    textPair(ctx, [...p, 'why'], c.why, ctx.t('ed_cardWhy')),
    checkList(ctx, [...p, 'targets'], ctx.t('ed_targets'), WASTES.map((w) => ({ value: w, label: bucketName(ctx.lang, w) })), c.targets ?? []),
    checkList(ctx, [...p, 'requires'], ctx.t('ed_requires'), (ctx.draft.cards ?? []).filter((o) => o.id !== c.id).map((o) => ({ value: o.id, label: o.name?.[ctx.lang] || o.id })), c.requires ?? []),
  );
  const effects = el('ol', { class: 'ed-effects', attrs: { 'data-path': `$.cards[${i}].effects`, 'aria-label': ctx.t('ed_effects') } });
  c.effects.forEach((e, ei) => effects.append(effectForm(ctx, [...p, 'effects', ei], e, `${i}-${ei}`, datalistId)));
  box.append(el('h4', { text: ctx.t('ed_effects') }), effects, smallButton(ctx.t('ed_addEffect'), `effect-add-${i}`, () => ctx.apply(setAt([...p, 'effects', c.effects.length], { op: 'scale', target: '', factor: 0.5 }))));
  return box;
}

/** A set of choices from a list (the wastes a card acts on, the cards it requires). */
function checkList(ctx: EdCtx, path: Path, label: string, options: { value: string; label: string }[], chosen: readonly string[]): HTMLElement {
  const box = el('fieldset', { class: 'ed-checks', attrs: { 'data-path': `$${path.map((s) => (typeof s === 'number' ? `[${s}]` : `.${s}`)).join('')}` } }, el('legend', { text: label }));
  if (options.length === 0) box.append(el('span', { class: 'muted', text: '—' }));
  for (const o of options) {
    box.append(
      checkbox(ctx, [...path, o.value], chosen.includes(o.value), o.label, (on) =>
        setAt(path, on ? [...chosen.filter((v) => v !== o.value), o.value] : chosen.filter((v) => v !== o.value)),
      ),
    );
  }
  return box;
}

function effectForm(ctx: EdCtx, p: Path, e: NonNullable<Draft['cards']>[number]['effects'][number], key: string, datalistId: string): HTMLElement {
  const target = 'target' in e ? e.target : '';
  const li = el('li', { class: 'ed-effect', attrs: { 'data-path': `$${p.map((s) => (typeof s === 'number' ? `[${s}]` : `.${s}`)).join('')}` } });
  const op = selectInput(ctx, [...p, 'op'], e.op, ctx.t('ed_op'), OPS.map((o) => ({ value: o, label: ctx.t(`ed_op_${o}` as MessageKey) })), (v) => setAt(p, effectOfOp(ctx, v as Effect['op'], target)));
  const fields = row(op);
  if (e.op !== 'paint') {
    const t = textInput(ctx, [...p, 'target'], target, ctx.t('ed_effectTarget'), { wide: true });
    t.querySelector('input')?.setAttribute('list', datalistId);
    fields.append(t);
  }
  switch (e.op) {
    case 'scale':
      fields.append(numberInput(ctx, [...p, 'factor'], e.factor, ctx.t('ed_factor')));
      break;
    case 'add':
      fields.append(numberInput(ctx, [...p, 'amount'], e.amount, ctx.t('ed_amount')));
      break;
    case 'set':
    case 'insertAfter':
      li.append(fields);
      li.append(valueFields(ctx, p, e.op, target, e.value, key));
      fields.append(removeEffect(ctx, p, key));
      return li;
    case 'paint':
      fields.append(
        selectInput(ctx, [...p, 'tile'], e.tile, ctx.t('ed_tile'), TILE_CHARS.map((tc) => ({ value: tc, label: brushName(ctx, tc) }))),
        numberInput(ctx, [...p, 'x'], e.x, 'x', { integer: true }),
        numberInput(ctx, [...p, 'y'], e.y, 'y', { integer: true }),
        numberInput(ctx, [...p, 'w'], e.w, ctx.t('ed_w'), { integer: true }),
        numberInput(ctx, [...p, 'h'], e.h, ctx.t('ed_h'), { integer: true }),
      );
      break;
    case 'remove':
      break;
  }
  fields.append(removeEffect(ctx, p, key));
  li.append(fields);
  return li;
}

function removeEffect(ctx: EdCtx, p: Path, key: string): HTMLButtonElement {
  return smallButton('✕', `effect-remove-${key}`, () => ctx.apply(removeAt(p.slice(0, -1), p[p.length - 1] as number)), { title: ctx.t('ed_removeEffect') });
}

/**
 * The value of a `set` or an `insertAfter` in the field its target takes (a number, a
 * distribution with its histogram, a station, the fields of a step, …); raw JSON stays
 * under "Advanced" for the rare rest (opening hours, a whole arrivals plan).
 */
function valueFields(ctx: EdCtx, p: Path, op: 'set' | 'insertAfter', target: string, value: unknown, key: string): HTMLElement {
  const vp = [...p, 'value'];
  const label = ctx.t('ed_effectValue');
  const stations = ctx.draft.stations.map((s) => ({ value: s.id, label: s.name?.[ctx.lang] || s.name?.ru || s.name?.en || s.id }));
  const spots = ctx.draft.spots.map((s) => ({ value: s.id, label: s.name?.[ctx.lang] || s.name?.ru || s.name?.en || s.id }));
  const classes = BUCKETS.map((b) => ({ value: b, label: b === 'value' ? ctx.t('ed_valueAdding') : bucketName(ctx.lang, b) }));
  const v = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  const isObject = typeof value === 'object' && value !== null && !Array.isArray(value);
  let structured: HTMLElement | null = null;
  /** whether the fields can show the value as it is (a hand-written file may hold something else) */
  let fits = isObject;
  if (op === 'set') {
    const kind = setValueKind(target, value);
    if (kind === 'number') fits = typeof value === 'number';
    else if (kind === 'boolean') fits = typeof value === 'boolean';
    else if (kind === 'station' || kind === 'spot' || kind === 'bucket' || kind === 'string') fits = typeof value === 'string';
    switch (kind) {
      case 'number':
        structured = row(numberInput(ctx, vp, value, label));
        break;
      case 'boolean':
        structured = row(checkbox(ctx, vp, value === true, ctx.t('ed_effectValueOn')));
        break;
      case 'text':
        structured = textPair(ctx, vp, value, label);
        break;
      case 'distribution':
        structured = distributionField(ctx, vp, value, label);
        break;
      case 'station':
        structured = row(selectInput(ctx, vp, value, label, stations));
        break;
      case 'spot':
        structured = row(selectInput(ctx, vp, value, label, spots));
        break;
      case 'bucket':
        structured = row(selectInput(ctx, vp, value, label, classes));
        break;
      case 'string':
        structured = row(textInput(ctx, vp, value, label));
        break;
      case 'json':
        break;
    }
  } else if (insertValueKind(target) === 'step') {
    structured = el(
      'div',
      { class: 'ed-sub ed-effect__step' },
      row(
        textInput(ctx, [...vp, 'id'], v.id, ctx.t('ed_id')),
        selectInput(ctx, [...vp, 'station'], v.station, ctx.t('ed_stepStation'), stations),
        selectInput(ctx, [...vp, 'class'], v.class, ctx.t('ed_stepClass'), classes),
      ),
      textPair(ctx, [...vp, 'name'], v.name, ctx.t('ed_name')),
      distributionField(ctx, [...vp, 'duration'], v.duration, ctx.t('ed_duration')),
    );
  } else if (insertValueKind(target) === 'spot') {
    structured = el(
      'div',
      { class: 'ed-sub ed-effect__step' },
      row(
        textInput(ctx, [...vp, 'id'], v.id, ctx.t('ed_id')),
        numberInput(ctx, [...vp, 'x'], v.x, 'x', { integer: true }),
        numberInput(ctx, [...vp, 'y'], v.y, 'y', { integer: true }),
      ),
      textPair(ctx, [...vp, 'name'], v.name, ctx.t('ed_name')),
    );
  }
  const json = jsonInput(ctx, vp, value, key, structured !== null);
  if (!structured) return el('div', { class: 'ed-effect__value' }, json);
  // Open by itself only when the value is not what the fields above can show (a hand-written file).
  const advanced = el('details', { class: 'ed-effect__json' }, el('summary', { text: ctx.t('ed_valueAdvanced') }), json);
  advanced.open = !fits;
  return el('div', { class: 'ed-effect__value' }, structured, advanced);
}

/** A value written as JSON (a number, a text { "ru": …, "en": … }, a whole step); bad JSON is said in plain words and not kept. */
function jsonInput(ctx: EdCtx, path: Path, value: unknown, key: string, fallback: boolean): HTMLElement {
  const id = `ed-json-${key}`;
  const area = el('textarea', { class: 'input ed-input ed-input--json', id, attrs: { rows: 2, spellcheck: 'false' } });
  area.value = value === undefined ? '' : JSON.stringify(value);
  const at = `$${path.map((s) => (typeof s === 'number' ? `[${s}]` : `.${s}`)).join('')}`;
  // Beside the value's own fields, those answer to its path (a problem opens them); this is the fallback.
  if (fallback) area.dataset.json = at;
  else area.dataset.path = at;
  area.dataset.key = fallback ? `${at}:json` : at;
  const note = el('span', { class: 'ed-field__error', attrs: { role: 'alert' } });
  area.addEventListener('change', () => {
    try {
      ctx.apply(setAt(path, JSON.parse(area.value)));
    } catch {
      area.setAttribute('aria-invalid', 'true');
      note.textContent = ctx.t('ed_badJson');
    }
  });
  return el('div', { class: 'ed-field ed-field--grow' }, el('label', { text: ctx.t('ed_value'), attrs: { for: id } }), area, note);
}

function effectOfOp(ctx: EdCtx, op: Effect['op'], target: string): Effect {
  const firstStation = ctx.draft.stations[0]?.id;
  switch (op) {
    case 'set':
      return { op, target, value: defaultSetValue(target, firstStation) };
    case 'scale':
      return { op, target, factor: 0.5 };
    case 'add':
      return { op, target, amount: 1 };
    case 'remove':
      return { op, target };
    case 'insertAfter':
      return { op, target, value: defaultInsertValue(target, firstStation, ctx.lang) };
    case 'paint':
      return { op, tile: '.', x: 0, y: 0, w: 1, h: 1 };
  }
}
