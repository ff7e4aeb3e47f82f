/**
 * The units in the process, as a list beside the plan: every person or document the trainee
 * can ask about right now, by name and place — including those sent away after a defect, who
 * are not drawn on the floor. One Tab stop (a listbox with a roving tabindex): ↑/↓, Home/End
 * move, Enter or Space asks about the unit, as a click on it would. The list follows the
 * round, a few times a second while it plays; the focused unit keeps the focus.
 */
import { rosterAt, type RosterEntry, type Timeline } from '../../../sim';
import { el, setText, uniqueId } from '../../dom';
import type { Ctx } from '../../screen';

/** How often a playing round's list is brought up to date (a paused one: at once). */
const PLAYING_REFRESH_MS = 300;

export interface UnitRoster {
  el: HTMLElement;
  /** bring the list to the moment t of the round */
  update(tl: Timeline, t: number, paused: boolean): void;
  /** put the focus back on the list (on this unit if it is there) */
  focus(unit?: number): void;
  set hidden(hidden: boolean);
}

export function unitRoster(ctx: Ctx, hooks: { pick(unit: number): void; show(unit: number | undefined): void }): UnitRoster {
  const headingId = uniqueId('practice-roster');
  const heading = el('h3', { class: 'practice__roster-heading', id: headingId });
  const list = el('ul', { class: 'practice__roster-list', attrs: { role: 'listbox', 'aria-labelledby': headingId, 'data-testid': 'practice-roster' } });
  const box = el('section', { class: 'practice__roster' }, heading, list);
  const items = new Map<number, HTMLLIElement>();
  let order: number[] = [];
  let current: number | undefined;
  let shownKey = '';
  let updatedAt = -Infinity;

  const placeName = (tl: Timeline, point: number): string => {
    const level = tl.model.level;
    return level.stations[point]?.name[ctx.lang] ?? level.spots[point - level.stations.length]?.name[ctx.lang] ?? '';
  };
  const label = (tl: Timeline, r: RosterEntry): string => {
    const who = ctx.t('practiceWho', { entity: tl.model.level.entities[r.type]?.name[ctx.lang] ?? '', n: r.unit + 1 });
    return r.away ? ctx.t('practiceRosterAway', { who }) : ctx.t('practiceRosterAt', { who, place: placeName(tl, r.at) });
  };

  /** The roving tabindex: exactly one option is the list's Tab stop. */
  const setCurrent = (unit: number | undefined): void => {
    current = unit;
    for (const [u, li] of items) {
      const on = u === unit;
      li.tabIndex = on ? 0 : -1;
      li.setAttribute('aria-selected', String(on));
    }
  };

  const move = (unit: number | undefined): void => {
    if (unit === undefined) return;
    setCurrent(unit);
    items.get(unit)?.focus();
    hooks.show(unit);
  };

  const item = (unit: number): HTMLLIElement => {
    let li = items.get(unit);
    if (li) return li;
    li = el('li', { class: 'practice__roster-item', attrs: { role: 'option', tabindex: -1, 'aria-selected': 'false', 'data-unit': unit } });
    li.addEventListener('click', () => {
      setCurrent(unit);
      hooks.pick(unit);
    });
    li.addEventListener('focus', () => {
      if (current !== unit) setCurrent(unit);
    });
    items.set(unit, li);
    return li;
  };

  list.addEventListener('keydown', (e) => {
    if (e.ctrlKey || e.metaKey || e.altKey || current === undefined) return;
    const i = order.indexOf(current);
    let handled = true;
    if (e.key === 'ArrowDown') move(order[Math.min(order.length - 1, i + 1)]);
    else if (e.key === 'ArrowUp') move(order[Math.max(0, i - 1)]);
    else if (e.key === 'Home') move(order[0]);
    else if (e.key === 'End') move(order[order.length - 1]);
    else if (e.key === 'Enter' || e.key === ' ') {
      if (!e.repeat) hooks.pick(current);
    } else handled = false;
    if (handled) {
      // Ours, not the round's: Space here asks, it does not pause; Enter asks, it does not skip.
      e.preventDefault();
      e.stopPropagation();
    }
  });

  const update = (tl: Timeline, t: number, paused: boolean): void => {
    const wall = performance.now();
    if (!paused && wall - updatedAt < PLAYING_REFRESH_MS) return;
    updatedAt = wall;
    const roster = rosterAt(tl, t);
    const labels = roster.map((r) => label(tl, r));
    const key = `${ctx.lang}|${roster.map((r, k) => `${r.unit}:${labels[k]}`).join('|')}`;
    if (key === shownKey) return;
    shownKey = key;
    setText(heading, ctx.t('practiceRosterHeading', { n: ctx.f.int(roster.length) }));
    const had = list.contains(document.activeElement);
    const focusedAt = current === undefined ? -1 : order.indexOf(current);
    const next = roster.map((r) => r.unit);
    roster.forEach((r, k) => setText(item(r.unit), labels[k] ?? ''));
    for (const u of [...items.keys()]) if (!next.includes(u)) items.delete(u);
    // Rebuilt only when units came or went: moving the focused option would take the focus away.
    if (next.join() !== order.join()) list.replaceChildren(...next.map((u) => items.get(u) as HTMLLIElement));
    order = next;
    // The unit that had the focus keeps it; if it has left, its neighbour takes its place.
    const keep = current !== undefined && items.has(current) ? current : order[Math.min(Math.max(focusedAt, 0), order.length - 1)];
    setCurrent(keep);
    if (had && keep !== undefined && !list.contains(document.activeElement)) items.get(keep)?.focus({ preventScroll: true });
  };

  return {
    el: box,
    update,
    focus: (unit) => {
      if (unit !== undefined && items.has(unit)) setCurrent(unit);
      const target = current === undefined ? undefined : items.get(current);
      target?.focus();
    },
    set hidden(hidden: boolean) {
      box.hidden = hidden;
    },
  };
}
