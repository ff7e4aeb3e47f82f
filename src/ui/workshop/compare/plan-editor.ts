/**
 * One plan's column on the compare page: its cards as tick boxes (the core refuses a card
 * whose prerequisite is missing, or unticking one another card needs), station moves from the
 * keyboard, and the list of moves. A plan taken from a lesson is shown as it was, with a way
 * to rebuild it from cards.
 */
import type { Card, Level } from '../../../sim';
import { button, el, uniqueId } from '../../dom';
import type { Ctx } from '../../screen';
import { addMove, hasCard, removeCommand, toggleCard, unfix, type PlanDraft, type Side } from './plans';
import type { CompareState } from './state';

export function planEditor(ctx: Ctx, state: CompareState, side: Side, label: string, letter: string): HTMLElement {
  const { t, lang } = ctx;
  const level = state.level;
  const plan = state.plans[side];
  const legend = el('legend', { class: 'plan__legend' }, el('span', { class: `plan__letter plan__letter--${side}`, text: letter, attrs: { 'aria-hidden': 'true' } }), label);
  const box = el('fieldset', { class: `plan plan--${side}`, attrs: { 'data-testid': `plan-${side}` } }, legend);

  if (plan.kind === 'fixed') {
    const names = plan.applied.map((id) => t('quoted', { text: level.cards.find((c) => c.id === id)?.name[lang] ?? id }));
    box.append(
      el('p', { class: 'muted', text: t('compareFixedNote') }),
      el('p', { text: names.length ? t('compareFixedCards', { cards: names.join(', ') }) : t('compareFixedNone') }),
      button(t('compareEditFixed'), ctx.act(() => state.setPlan(side, unfix(level, plan))), {
        class: 'btn btn--small',
        attrs: { 'data-focus-key': `${side}:unfix` },
      }),
    );
    return box;
  }

  const cards = el('ul', { class: 'plan__cards' }, ...level.cards.map((card) => cardItem(ctx, state, side, plan, card, label)));
  const moves = changesList(ctx, state, side, plan, level);
  box.append(
    el('h3', { class: 'plan__heading', text: t('compareCards') }),
    level.cards.length ? cards : el('p', { class: 'muted', text: t('compareNoCards') }),
    moveForm(ctx, state, side, level),
  );
  if (moves) box.append(moves);
  return box;
}

function cardItem(ctx: Ctx, state: CompareState, side: Side, plan: PlanDraft, card: Card, planLabel: string): HTMLElement {
  const { t, lang, f } = ctx;
  const input = el('input', {
    attrs: {
      type: 'checkbox',
      'data-focus-key': `${side}:card:${card.id}`,
      'data-card': card.id,
      'aria-label': t('compareCardLabel', { plan: planLabel, card: card.name[lang] }),
    },
  });
  input.checked = hasCard(plan, card.id);
  input.addEventListener(
    'change',
    ctx.act(() => state.setPlan(side, toggleCard(state.level, state.plans[side], card.id, input.checked))),
  );
  const needs = card.requires.map((r) => state.level.cards.find((c) => c.id === r)?.name[lang] ?? r);
  return el(
    'li',
    {},
    el(
      'label',
      { class: 'plan__card' },
      input,
      el('span', { class: 'plan__card-name', text: card.name[lang] }),
      el('span', { class: 'plan__card-cost muted', text: f.points(card.cost) }),
    ),
    needs.length ? el('p', { class: 'plan__needs muted', text: t('reasonRequires', { cards: needs.map((n) => t('quoted', { text: n })).join(', ') }) }) : null,
  );
}

function moveForm(ctx: Ctx, state: CompareState, side: Side, level: Level): HTMLElement {
  const { t, lang } = ctx;
  const station = el('select', { class: 'input', id: uniqueId('cmp-station'), attrs: { 'data-focus-key': `${side}:move-station` } });
  for (const s of level.stations) station.append(el('option', { text: s.name[lang], attrs: { value: s.id } }));
  const tiles = level.floor.tiles;
  const cols = Math.max(...tiles.map((row) => row.length));
  const num = (max: number, key: string): HTMLInputElement =>
    el('input', { class: 'input input--num', attrs: { type: 'number', min: 0, max, inputmode: 'numeric', 'data-focus-key': `${side}:${key}` } });
  const x = num(cols - 1, 'move-x');
  const y = num(tiles.length - 1, 'move-y');
  const memory = state.moveForm[side];
  const showStation = (): void => {
    const s = level.stations.find((st) => st.id === station.value);
    x.value = String(s?.x ?? 0);
    y.value = String(s?.y ?? 0);
  };
  const remember = (): void => {
    memory.station = station.value;
    memory.x = x.value;
    memory.y = y.value;
  };
  station.addEventListener('change', () => {
    showStation();
    remember();
  });
  if (memory.station && level.stations.some((s) => s.id === memory.station)) station.value = memory.station;
  showStation();
  if (memory.x !== undefined) x.value = memory.x;
  if (memory.y !== undefined) y.value = memory.y;
  x.addEventListener('input', remember);
  y.addEventListener('input', remember);
  const add = button(
    t('compareMoveAdd'),
    ctx.act(() => state.setPlan(side, addMove(state.level, state.plans[side], station.value, Number.parseInt(x.value, 10), Number.parseInt(y.value, 10)))),
    { class: 'btn btn--small', attrs: { 'data-focus-key': `${side}:move-add` } },
  );
  for (const input of [x, y]) {
    input.addEventListener('keydown', (e) => {
      if (e.key !== 'Enter') return;
      e.preventDefault();
      add.click();
    });
  }
  const details = el(
    'details',
    { class: 'plan__move' },
    el('summary', { text: t('compareMoveHeading'), attrs: { 'data-focus-key': `${side}:move-open` } }),
    el(
      'div',
      { class: 'plan__move-row' },
      el('label', { class: 'field field--grow' }, el('span', { text: t('compareMoveStation') }), station),
      el('label', { class: 'field' }, el('span', { text: t('compareMoveX') }), x),
      el('label', { class: 'field' }, el('span', { text: t('compareMoveY') }), y),
      add,
    ),
  );
  details.open = memory.open;
  details.addEventListener('toggle', () => {
    memory.open = details.open;
  });
  return details;
}

function changesList(ctx: Ctx, state: CompareState, side: Side, plan: PlanDraft & { kind: 'built' }, level: Level): HTMLElement | null {
  const { t, lang } = ctx;
  const moves = plan.commands.flatMap((cmd, index) => (cmd.type === 'moveStation' ? [{ cmd, index }] : []));
  if (moves.length === 0) return null;
  return el(
    'ul',
    { class: 'plan__moves' },
    ...moves.map(({ cmd, index }) => {
      const text = t('compareMoveItem', { station: level.stations.find((s) => s.id === cmd.station)?.name[lang] ?? cmd.station, x: cmd.x, y: cmd.y });
      return el(
        'li',
        {},
        el('span', { text }),
        button(t('compareRemove'), ctx.act(() => state.setPlan(side, removeCommand(state.level, state.plans[side], index))), {
          class: 'btn btn--quiet btn--small',
          attrs: { 'aria-label': t('compareRemoveLabel', { change: text }), 'data-focus-key': `${side}:remove:${index}` },
        }),
      );
    }),
  );
}
