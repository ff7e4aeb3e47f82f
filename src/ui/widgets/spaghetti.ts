/**
 * The spaghetti diagram: every walk of the round on the floor plan, over the previous
 * round's walks in another style (dashed, another colour). Walks along the same route are
 * drawn once, as thick as the number of people who took it.
 */
import { ACTIVITY, type Timeline } from '../../sim';
import { el, svg } from '../dom';
import { tr, type Lang } from '../i18n';
import type { Format } from '../format';
import { centre, drawPlan } from './plan';

interface Route {
  points: string;
  count: number;
}

function routes(tl: Timeline): Route[] {
  const counts = new Map<number, { from: number; to: number; count: number }>();
  for (const u of tl.units) {
    for (const s of u.segments) {
      if (s.activity !== ACTIVITY.WALK || s.from === s.to) continue;
      const key = s.from * 65536 + s.to;
      const e = counts.get(key);
      if (e) e.count++;
      else counts.set(key, { from: s.from, to: s.to, count: 1 });
    }
  }
  return [...counts.values()].map(({ from, to, count }) => ({
    points: tl.paths
      .path(from, to)
      .map((p) => `${centre(p.x)},${centre(p.y)}`)
      .join(' '),
    count,
  }));
}

const width = (count: number): number => 0.9 + 0.4 * Math.sqrt(count);

export interface SpaghettiInput {
  lang: Lang;
  f: Format;
  timeline: Timeline;
  previous: Timeline | undefined;
  round: number;
  metres: number;
  previousMetres: number | undefined;
}

export function spaghetti(o: SpaghettiInput): HTMLElement {
  const { lang, f } = o;
  const plan = drawPlan(o.timeline.model.level, lang, { label: tr(lang, 'spaghettiTitle', { n: o.round }) });
  if (o.previous) {
    const g = svg('g', { class: 'spaghetti__previous' });
    for (const r of routes(o.previous)) g.append(svg('polyline', { points: r.points, 'stroke-width': width(r.count) }));
    plan.overlay.append(g);
  }
  const g = svg('g', { class: 'spaghetti__current' });
  for (const r of routes(o.timeline)) g.append(svg('polyline', { points: r.points, 'stroke-width': width(r.count) }));
  plan.overlay.append(g);

  const legend = el(
    'ul',
    { class: 'spaghetti__legend' },
    el(
      'li',
      {},
      el('span', { class: 'line-key line-key--current', attrs: { 'aria-hidden': 'true' } }),
      el('span', { text: tr(lang, 'spaghettiThis', { n: o.round }) }),
      el('span', { class: 'muted', text: tr(lang, 'spaghettiMetres', { metres: f.metres(o.metres) }) }),
    ),
    o.previous && o.previousMetres !== undefined
      ? el(
          'li',
          {},
          el('span', { class: 'line-key line-key--previous', attrs: { 'aria-hidden': 'true' } }),
          el('span', { text: tr(lang, 'spaghettiPrev', { n: o.round - 1 }) }),
          el('span', { class: 'muted', text: tr(lang, 'spaghettiMetres', { metres: f.metres(o.previousMetres) }) }),
        )
      : el('li', { class: 'spaghetti__note', text: tr(lang, 'spaghettiNoPrev') }),
    el('li', { class: 'spaghetti__note', text: tr(lang, 'spaghettiWidth') }),
  );
  return el('figure', { class: 'spaghetti', attrs: { 'data-testid': 'spaghetti' } }, el('div', { class: 'spaghetti__plan' }, plan.svg), legend);
}
