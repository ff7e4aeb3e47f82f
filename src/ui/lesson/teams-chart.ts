/**
 * One metric across the rounds for every team of the class: a line per team, told apart by
 * colour, dash pattern and the team's number at the line's end (so it reads on a washed-out
 * projector and in black-and-white print). Inline SVG with a text alternative.
 */
import { svg } from '../dom';

/** Ten colours that stay apart on a projector and in greyscale print, with a dash each. */
const LINES: { colour: string; dash: string }[] = [
  { colour: '#1d5fa8', dash: '' },
  { colour: '#c2410c', dash: '6 3' },
  { colour: '#1f7a45', dash: '2 3' },
  { colour: '#6b3fa0', dash: '8 3 2 3' },
  { colour: '#a3161e', dash: '' },
  { colour: '#0f7480', dash: '6 3' },
  { colour: '#8a6a12', dash: '2 3' },
  { colour: '#b8326f', dash: '8 3 2 3' },
  { colour: '#3f4852', dash: '' },
  { colour: '#5b7d1a', dash: '6 3' },
];

export function lineStyle(team: number): { colour: string; dash: string } {
  return LINES[team % LINES.length] as { colour: string; dash: string };
}

export interface TeamSeries {
  name: string;
  /** one value per round; undefined where the team's round is not known */
  values: readonly (number | undefined)[];
}

/**
 * The chart with its title as HTML above it: a long metric name wraps instead of running off,
 * and the drawing's small coordinate box scales its labels up to a projector-readable size.
 */
export function teamsChart(o: { title: string; rounds: number; series: readonly TeamSeries[]; label(v: number): string; roundLabel(n: number): string; testId: string }): HTMLElement {
  const W = 230;
  const H = 130;
  const left = 40;
  const right = 18;
  const top = 10;
  const bottom = 20;
  const all = o.series.flatMap((s) => s.values.filter((v): v is number => v !== undefined && Number.isFinite(v)));
  // The axis spans the class's values (not from zero): the teams' differences are what the class compares.
  const hiV = all.length ? Math.max(...all) : 1;
  const loV = all.length ? Math.min(...all) : 0;
  const spread = hiV - loV > 1e-9 ? hiV - loV : Math.max(Math.abs(hiV) * 0.1, 1);
  const max = hiV + spread * 0.15;
  const min = Math.max(loV >= 0 ? 0 : -Infinity, loV - spread * 0.3);
  const x = (i: number): number => (o.rounds <= 1 ? (left + W - right) / 2 : left + (i * (W - left - right)) / (o.rounds - 1));
  const y = (v: number): number => top + (1 - (v - min) / (max - min)) * (H - top - bottom);
  const summary = o.series
    .map((s) => `${s.name}: ${s.values.map((v, i) => `${o.roundLabel(i + 1)} ${v === undefined ? '—' : o.label(v)}`).join(', ')}`)
    .join('; ');
  const chart = svg('svg', { class: 'teams-chart', viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-label': `${o.title}. ${summary}`, 'data-testid': o.testId });
  for (const v of new Set([hiV, loV])) {
    chart.append(
      svg('line', { class: 'teams-chart__grid', x1: left, x2: W - right, y1: y(v), y2: y(v) }),
      svg('text', { class: 'teams-chart__tick', x: left - 4, y: y(v) + 3, 'text-anchor': 'end' }, o.label(v)),
    );
  }
  chart.append(svg('line', { class: 'teams-chart__axis', x1: left, x2: W - right, y1: H - bottom, y2: H - bottom }));
  for (let i = 0; i < o.rounds; i++) chart.append(svg('text', { class: 'teams-chart__tick', x: x(i), y: H - 6, 'text-anchor': 'middle' }, o.roundLabel(i + 1)));
  o.series.forEach((s, team) => {
    const style = lineStyle(team);
    const points = s.values.flatMap((v, i) => (v === undefined || !Number.isFinite(v) ? [] : [[x(i), y(v)] as const]));
    if (points.length > 1) {
      chart.append(svg('polyline', { class: 'teams-chart__line', points: points.map(([px, py]) => `${px},${py}`).join(' '), stroke: style.colour, 'stroke-dasharray': style.dash || undefined }));
    }
    for (const [px, py] of points) chart.append(svg('circle', { cx: px, cy: py, r: 2.4, fill: style.colour }));
    const last = points[points.length - 1];
    if (last) chart.append(svg('text', { class: 'teams-chart__end', x: last[0] + 5, y: last[1] + 3, fill: style.colour }, String(team + 1)));
  });
  const figure = document.createElement('figure');
  figure.className = 'teams-chart-figure';
  const caption = document.createElement('figcaption');
  caption.className = 'teams-chart__caption';
  caption.textContent = o.title;
  caption.setAttribute('aria-hidden', 'true');
  figure.append(caption, chart);
  return figure;
}
