/** The floor tab: the brush palette, the plan, its size and scale, the rooms and the spots. */
import { el } from '../../dom';
import { addRoom, addSpot, removeAt, renamePlace, resizeFloor } from '../../../app/editor/commands';
import { floorSize } from '../../../app/editor/draft';
import type { EdCtx } from '../ed-ctx';
import { numberInput, row, smallButton, textInput, textPair } from '../fields';
import { BRUSHES, brushName, type Brush, type FloorGrid } from '../floor-grid';

export function floorPanel(ctx: EdCtx, grid: FloorGrid): HTMLElement {
  grid.update(ctx);
  const palette = el('div', { class: 'ed-palette', attrs: { role: 'radiogroup', 'aria-label': ctx.t('ed_brushes') } });
  BRUSHES.forEach((b: Brush, i) => {
    const chosen = grid.brush === b;
    const btn = el('button', {
      class: `ed-brush ed-brush--${i + 1}`,
      attrs: { type: 'button', role: 'radio', 'aria-checked': String(chosen), 'data-key': `brush-${i}`, tabindex: chosen ? 0 : -1 },
    }, el('span', { class: `ed-brush__chip ed-brush__chip--${i + 1}`, attrs: { 'aria-hidden': 'true' } }), el('span', { text: brushName(ctx, b) }), el('kbd', { class: 'kbd', text: String(i + 1), attrs: { 'aria-hidden': 'true' } }));
    btn.addEventListener('click', () => grid.setBrush(b));
    palette.append(btn);
  });
  const { width, height } = floorSize(ctx.draft);
  const size = row(
    sizeInput(ctx, 'ed_width', width, (w) => resizeFloor(w, height)),
    sizeInput(ctx, 'ed_height', height, (h) => resizeFloor(width, h)),
    numberInput(ctx, ['floor', 'tileSize'], ctx.draft.floor.tileSize, ctx.t('ed_tileSize'), { hint: ctx.t('ed_metres') }),
    numberInput(ctx, ['floor', 'walkSpeed'], ctx.draft.floor.walkSpeed, ctx.t('ed_walkSpeed'), { hint: ctx.t('ed_metresPerSecond') }),
    numberInput(ctx, ['floor', 'clutterSlowdown'], ctx.draft.floor.clutterSlowdown, ctx.t('ed_clutterSlowdown')),
  );
  const plan = el('div', { class: 'ed-floor__plan', attrs: { 'data-path': '$.floor.tiles' } }, grid.el, grid.statusLine());
  return el(
    'section',
    { class: 'ed-panel ed-floor', attrs: { 'aria-label': ctx.t('ed_tab_floor') } },
    el('p', { class: 'ed-help muted', text: ctx.t('ed_floorHelp') }),
    palette,
    plan,
    size,
    roomsList(ctx),
    spotsList(ctx),
  );
}

function sizeInput(ctx: EdCtx, key: 'ed_width' | 'ed_height', value: number, recipe: (n: number) => ReturnType<typeof resizeFloor>): HTMLElement {
  const input = el('input', { class: 'input input--num ed-input ed-input--num', attrs: { type: 'number', min: 1, max: key === 'ed_width' ? 80 : 60, 'data-key': key } });
  input.value = String(value);
  const id = `${key}-input`;
  input.id = id;
  input.addEventListener('change', () => {
    const n = Number(input.value);
    if (Number.isInteger(n) && n >= 1) ctx.apply(recipe(n));
  });
  return el('div', { class: 'ed-field' }, el('label', { text: ctx.t(key), attrs: { for: id } }), input);
}

function roomsList(ctx: EdCtx): HTMLElement {
  const rooms = ctx.draft.floor.rooms ?? [];
  const section = el('section', { class: 'ed-list' }, el('h3', { text: ctx.t('ed_rooms') }));
  rooms.forEach((r, i) => {
    const p = ['floor', 'rooms', i] as const;
    section.append(
      el(
        'div',
        { class: 'ed-item', attrs: { 'data-path': `$.floor.rooms[${i}]` } },
        row(
          textInput(ctx, [...p, 'id'], r.id, ctx.t('ed_id')),
          numberInput(ctx, [...p, 'x'], r.x, 'x', { integer: true }),
          numberInput(ctx, [...p, 'y'], r.y, 'y', { integer: true }),
          numberInput(ctx, [...p, 'w'], r.w, ctx.t('ed_w'), { integer: true }),
          numberInput(ctx, [...p, 'h'], r.h, ctx.t('ed_h'), { integer: true }),
          smallButton('✕', `room-remove-${i}`, () => ctx.apply(removeAt(['floor', 'rooms'], i)), { title: ctx.t('ed_removeRoom', { id: r.id }) }),
        ),
        textPair(ctx, [...p, 'name'], r.name, ctx.t('ed_name')),
      ),
    );
  });
  section.append(smallButton(ctx.t('ed_addRoom'), 'room-add', () => ctx.apply(addRoom(ctx.lang))));
  return section;
}

function spotsList(ctx: EdCtx): HTMLElement {
  const section = el('section', { class: 'ed-list' }, el('h3', { text: ctx.t('ed_spots') }), el('p', { class: 'muted ed-help', text: ctx.t('ed_spotsHelp') }));
  ctx.draft.spots.forEach((s, i) => {
    const p = ['spots', i] as const;
    section.append(
      el(
        'div',
        { class: 'ed-item', attrs: { 'data-path': `$.spots[${i}]` } },
        row(
          textInput(ctx, [...p, 'id'], s.id, ctx.t('ed_id'), { commit: (v) => renamePlace('spots', i, v) }),
          numberInput(ctx, [...p, 'x'], s.x, 'x', { integer: true }),
          numberInput(ctx, [...p, 'y'], s.y, 'y', { integer: true }),
          smallButton('✕', `spot-remove-${i}`, () => ctx.apply(removeAt(['spots'], i)), { title: ctx.t('ed_removeSpot', { id: s.id }) }),
        ),
        textPair(ctx, [...p, 'name'], s.name, ctx.t('ed_name')),
      ),
    );
  });
  section.append(
    smallButton(ctx.t('ed_addSpot'), 'spot-add', () =>
      ctx.apply(addSpot(1, 1, ctx.lang)),
    ),
  );
  return section;
}
