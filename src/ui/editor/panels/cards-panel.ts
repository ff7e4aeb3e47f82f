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
import { TOOLS, WASTES, type Effect } from '../../../sim';
import type { MessageKey } from '../../i18n';
import { bucketName } from '../../wastes';
import type { EdCtx } from '../ed-ctx';
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
  const op = selectInput(ctx, [...p, 'op'], e.op, ctx.t('ed_op'), OPS.map((o) => ({ value: o, label: ctx.t(`ed_op_${o}` as MessageKey) })), (v) => setAt(p, effectOfOp(v as Effect['op'], target)));
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
      fields.append(jsonInput(ctx, [...p, 'value'], e.value));
      break;
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
  fields.append(smallButton('✕', `effect-remove-${key}`, () => ctx.apply(removeAt(p.slice(0, -1), p[p.length - 1] as number)), { title: ctx.t('ed_removeEffect') }));
  li.append(fields);
  return li;
}

/** A value written as JSON (a number, a text { "ru": …, "en": … }, a whole step); bad JSON is said and not kept. */
function jsonInput(ctx: EdCtx, path: Path, value: unknown): HTMLElement {
  const id = uniqueId('ed-json');
  const area = el('textarea', { class: 'input ed-input ed-input--json', id, attrs: { rows: 2, spellcheck: 'false' } });
  area.value = value === undefined ? '' : JSON.stringify(value);
  area.dataset.path = `$${path.map((s) => (typeof s === 'number' ? `[${s}]` : `.${s}`)).join('')}`;
  area.dataset.key = area.dataset.path;
  const note = el('span', { class: 'ed-field__error', attrs: { role: 'alert' } });
  area.addEventListener('change', () => {
    try {
      ctx.apply(setAt(path, JSON.parse(area.value)));
    } catch (error) {
      area.setAttribute('aria-invalid', 'true');
      note.textContent = ctx.t('ed_badJson', { reason: (error as Error).message });
    }
  });
  return el('div', { class: 'ed-field ed-field--grow' }, el('label', { text: ctx.t('ed_value'), attrs: { for: id } }), area, note);
}

function effectOfOp(op: Effect['op'], target: string): Effect {
  switch (op) {
    case 'set':
      return { op, target, value: 1 };
    case 'scale':
      return { op, target, factor: 0.5 };
    case 'add':
      return { op, target, amount: 1 };
    case 'remove':
      return { op, target };
    case 'insertAfter':
      return { op, target, value: {} };
    case 'paint':
      return { op, tile: '.', x: 0, y: 0, w: 1, h: 1 };
  }
}
