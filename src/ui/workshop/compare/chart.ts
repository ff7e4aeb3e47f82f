/**
 * Small interval charts for one compared figure: both plans' 95 % intervals on one scale, and
 * the difference's interval against zero (the picture of "significant": does it cross zero?).
 * Decorative next to the table's numbers, so hidden from screen readers, which read the numbers.
 */
import type { Interval } from '../../../sim';
import { svg } from '../../dom';

const W = 150;
const PAD = 8;

function scaleOf(lo: number, hi: number): (x: number) => number {
  const span = hi - lo || Math.abs(hi) || 1;
  const from = lo - span * 0.08;
  const to = hi + span * 0.08;
  return (x) => PAD + ((x - from) / (to - from)) * (W - 2 * PAD);
}

function bar(x: (v: number) => number, i: Interval, y: number, cls: string): SVGGElement {
  return svg(
    'g',
    { class: cls },
    svg('line', { x1: x(i.low), x2: x(i.high), y1: y, y2: y, class: 'ci__bar' }),
    svg('line', { x1: x(i.low), x2: x(i.low), y1: y - 5, y2: y + 5, class: 'ci__bar' }),
    svg('line', { x1: x(i.high), x2: x(i.high), y1: y - 5, y2: y + 5, class: 'ci__bar' }),
    svg('circle', { cx: x(i.mean), cy: y, r: 3.5, class: 'ci__mean' }),
  );
}

/** Plan A's interval above plan B's, on a common axis, each marked with its letter. */
export function plansChart(a: Interval, b: Interval, letters: { a: string; b: string }): SVGSVGElement {
  const x = scaleOf(Math.min(a.low, b.low), Math.max(a.high, b.high));
  return svg(
    'svg',
    { class: 'ci', viewBox: `0 0 ${W + 14} 40`, width: W + 14, height: 40, 'aria-hidden': 'true', focusable: 'false' },
    svg('text', { x: 0, y: 15, class: 'ci__letter' }, letters.a),
    svg('text', { x: 0, y: 34, class: 'ci__letter' }, letters.b),
    svg('g', { transform: 'translate(14 0)' }, bar(x, a, 11, 'ci--a'), bar(x, b, 30, 'ci--b')),
  );
}

/** The difference's interval and a dashed zero line: apart from zero means a real difference. */
export function differenceChart(d: Interval, tone: 'better' | 'worse' | 'none'): SVGSVGElement {
  const x = scaleOf(Math.min(d.low, 0), Math.max(d.high, 0));
  return svg(
    'svg',
    { class: `ci ci--diff ci--${tone}`, viewBox: `0 0 ${W} 24`, width: W, height: 24, 'aria-hidden': 'true', focusable: 'false' },
    svg('line', { x1: x(0), x2: x(0), y1: 1, y2: 23, class: 'ci__zero' }),
    bar(x, d, 12, 'ci--d'),
  );
}
