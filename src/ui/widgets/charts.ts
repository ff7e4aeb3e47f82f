/**
 * Small charts drawn as inline SVG or plain HTML: a metric across rounds, and waste stacked
 * by type. No chart library; every chart has a text alternative.
 */
import { WASTES, type Bucket, type RoundMetrics } from '../../sim';
import { el, svg } from '../dom';
import { tr, type Lang } from '../i18n';
import type { Format } from '../format';
import { bucketName } from '../wastes';

export interface RoundChartOptions {
  lang: Lang;
  /** what the chart shows, for its text alternative */
  metric: string;
  values: readonly number[];
  /** how each value is written on the chart */
  label: (value: number) => string;
  /** a dashed target line (value measure) */
  target?: number;
  /** the y axis starts at 0 and ends at least here (1 for shares) */
  max?: number;
}

/**
 * One metric across the rounds played: a line with a labelled dot per round.
 * Scales with its container (viewBox); labels stay readable because the box is small.
 */
export function roundsChart(o: RoundChartOptions): SVGSVGElement {
  const W = 300;
  const H = 62;
  const padX = 30;
  const top = 18;
  const bottom = 15;
  const n = o.values.length;
  const finite = o.values.filter(Number.isFinite);
  const yMax = Math.max(o.max ?? 0, o.target ?? 0, ...finite, 1e-9) * 1.05;
  const x = (i: number): number => (n <= 1 ? W / 2 : padX + (i * (W - 2 * padX)) / (n - 1));
  const y = (v: number): number => top + (1 - v / yMax) * (H - top - bottom);
  const summary = o.values.map((v, i) => `${tr(o.lang, 'roundShort', { n: i + 1 })}: ${o.label(v)}`).join('; ');
  const chart = svg('svg', {
    class: 'rounds-chart',
    viewBox: `0 0 ${W} ${H}`,
    role: 'img',
    'aria-label': tr(o.lang, 'chartLabel', { metric: o.metric, values: summary }),
  });
  chart.append(svg('line', { class: 'rounds-chart__axis', x1: 4, x2: W - 4, y1: H - bottom, y2: H - bottom }));
  if (o.target !== undefined) {
    chart.append(svg('line', { class: 'rounds-chart__target', x1: 4, x2: W - 4, y1: y(o.target), y2: y(o.target) }));
  }
  if (n > 1) {
    chart.append(svg('polyline', { class: 'rounds-chart__line', points: o.values.map((v, i) => `${x(i)},${y(v)}`).join(' ') }));
  }
  o.values.forEach((v, i) => {
    const last = i === n - 1;
    chart.append(
      svg('circle', { class: `rounds-chart__dot${last ? ' rounds-chart__dot--last' : ''}`, cx: x(i), cy: y(v), r: last ? 5 : 4 }),
      svg('text', { class: 'rounds-chart__value', x: x(i), y: y(v) - 9, 'text-anchor': 'middle' }, o.label(v)),
      svg('text', { class: 'rounds-chart__round', x: x(i), y: H - 4, 'text-anchor': 'middle' }, tr(o.lang, 'roundShort', { n: i + 1 })),
    );
  });
  return chart;
}

/**
 * Waste by type, one horizontal stacked bar per round, all on the same scale. Each segment
 * carries its bucket's pattern; the table beside it (or the legend) names them.
 */
export function wasteStack(lang: Lang, f: Format, rounds: readonly RoundMetrics[], highlight?: number): HTMLElement {
  const max = Math.max(1e-9, ...rounds.map((m) => m.totalWasteMinutes));
  const rows = rounds.map((m, i) => {
    const bar = el('div', { class: 'stack' });
    for (const w of WASTES) {
      const v = m.waste[w];
      if (v <= 0) continue;
      const seg = el('span', { class: `stack__seg bucket--${w}`, attrs: { title: `${bucketName(lang, w)}: ${f.personMinutes(v)}` } });
      seg.style.width = `${(v / max) * 100}%`;
      bar.append(seg);
    }
    const label = `${tr(lang, 'colRoundN', { n: i + 1 })}: ${f.personMinutes(m.totalWasteMinutes)}`;
    return el(
      'div',
      { class: `stack-row${i === highlight ? ' stack-row--current' : ''}`, attrs: { role: 'listitem', 'aria-label': label } },
      el('span', { class: 'stack-row__round', text: tr(lang, 'roundShort', { n: i + 1 }), attrs: { 'aria-hidden': 'true' } }),
      bar,
      el('span', { class: 'stack-row__total', text: f.num(m.totalWasteMinutes, 0), attrs: { 'aria-hidden': 'true' } }),
    );
  });
  return el('div', { class: 'stacks', attrs: { role: 'list' } }, ...rows);
}

/** Seconds per bucket as a live stacked bar: segments are created once and only resized. */
export class LiveBar {
  readonly el: HTMLElement;
  private segs = new Map<Bucket, HTMLElement>();

  constructor(buckets: readonly Bucket[]) {
    this.el = el('div', { class: 'stack stack--live', attrs: { 'aria-hidden': 'true' } });
    for (const b of buckets) {
      const seg = el('span', { class: `stack__seg bucket--${b}` });
      seg.style.width = '0%';
      this.segs.set(b, seg);
      this.el.append(seg);
    }
  }

  update(values: ReadonlyMap<Bucket, number>): void {
    let total = 0;
    for (const v of values.values()) total += v;
    for (const [b, seg] of this.segs) {
      const w = total > 0 ? ((values.get(b) ?? 0) / total) * 100 : 0;
      const s = `${w.toFixed(2)}%`;
      if (seg.style.width !== s) seg.style.width = s;
    }
  }
}
