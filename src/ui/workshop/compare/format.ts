/**
 * How a compared figure reads: its unit (the level's time unit, person- or document-minutes,
 * percent and percentage points, per hour), as many decimals as its interval deserves, and
 * the plain-language verdict ("Plan B cuts the mean lead time by 2.1–2.9 min").
 */
import type { MetricComparison, MetricDef } from '../../../sim';
import type { Format } from '../../format';
import type { MessageKey, Params } from '../../i18n';

type T = (key: MessageKey, params?: Params) => string;

export interface FigureFormat {
  /** a plan's value with its unit */
  value(x: number): string;
  /** a plan's half-width, with its unit (percentage points for shares) */
  amount(x: number): string;
  /** |low|–|high| of a difference, with its unit once */
  range(low: number, high: number): string;
  /** a difference's interval with signs, "−1,84 … −1,58 мин"; one figure when both ends print alike; "0" when it is exactly zero */
  signedInterval(low: number, high: number): string;
}

/**
 * Decimals that show the uncertainty, and no more: the smallest half-width to one significant
 * digit (± 0,2 мин, ± 7 чел.-мин), as measurements are reported. One decimal when there is none.
 */
export function decimalsFor(halfWidths: readonly number[]): number {
  const positive = halfWidths.filter((h) => h > 0 && Number.isFinite(h));
  if (positive.length === 0) return 1;
  const smallest = Math.min(...positive);
  return Math.max(0, Math.min(3, -Math.floor(Math.log10(smallest))));
}

export function figureFormat(f: Format, t: T, c: MetricComparison): FigureFormat {
  const kind = c.metric.kind;
  let scale = 1;
  let unit: (n: string) => string;
  let diffUnit: (n: string) => string;
  if (kind === 'duration') {
    const largest = Math.max(Math.abs(c.a.high), Math.abs(c.b.high), Math.abs(c.a.mean), Math.abs(c.b.mean));
    const s = f.durationScale(largest);
    scale = 1 / s.seconds;
    unit = diffUnit = (n) => t(s.key, { n });
  } else if (kind === 'wasteMinutes') {
    unit = diffUnit = (n) => t(f.wasteUnitKey, { n });
  } else if (kind === 'share') {
    scale = 100;
    unit = (n) => `${n}\u00a0%`;
    diffUnit = (n) => t('pointsUnit', { n });
  } else {
    unit = diffUnit = (n) => t('unitPerHour', { n });
  }
  // The plans' figures to their own precision, the difference (usually far narrower) to its own.
  const valueDigits = decimalsFor([c.a.halfWidth * scale, c.b.halfWidth * scale]);
  const diffDigits = decimalsFor([c.difference.halfWidth * scale]);
  const value = (x: number): string => f.num(x * scale, valueDigits);
  const num = (x: number): string => f.num(x * scale, diffDigits);
  const signed = (x: number): string => (x > 0 ? `+${num(x)}` : x < 0 ? `−${num(-x)}` : num(0));
  return {
    value: (x) => unit(value(x)),
    amount: (x) => diffUnit(value(x)),
    range: (low, high) => {
      const lo = num(Math.min(Math.abs(low), Math.abs(high)));
      const hi = num(Math.max(Math.abs(low), Math.abs(high)));
      return diffUnit(lo === hi ? lo : `${lo}–${hi}`);
    },
    signedInterval: (low, high) => {
      if (low === 0 && high === 0) return '0';
      // The same shift in every run (an interval narrower than its last digit) reads as one figure.
      const [lo, hi] = [signed(low), signed(high)];
      return diffUnit(lo === hi ? lo : `${lo}\u00a0…\u00a0${hi}`);
    },
  };
}

/** The figure's name in a table header (the level names its own value measure). */
export function metricName(t: T, def: MetricDef, valueMeasureName: string, bucketName: (w: string) => string): string {
  if (def.id === 'valueMeasure') return valueMeasureName;
  if (def.id.startsWith('waste.')) return bucketName(def.id.slice('waste.'.length));
  return t(`compareMetric_${def.id}` as MessageKey);
}

/** The figure as the object of a sentence ("cuts the mean lead time by …"). */
function metricObject(t: T, def: MetricDef, bucketName: (w: string) => string): string {
  if (def.id.startsWith('waste.')) return t('compareObjWaste', { name: bucketName(def.id.slice('waste.'.length)) });
  return t(`compareObj_${def.id}` as MessageKey);
}

export interface Verdict {
  text: string;
  /** which plan the figure favours, 'none' when it cannot be told from luck */
  better: 'a' | 'b' | 'none';
  /** the difference is exactly zero in every run */
  same: boolean;
}

/** The plain-language verdict on one figure, always said of plan B against plan A. */
export function verdict(t: T, fmt: FigureFormat, c: MetricComparison, planB: string, bucketName: (w: string) => string): Verdict {
  const d = c.difference;
  if (d.low === 0 && d.high === 0) return { text: t('compareSame'), better: 'none', same: true };
  if (!c.significant) return { text: t('compareLuck'), better: 'none', same: false };
  const params = { plan: planB, metric: metricObject(t, c.metric, bucketName), range: fmt.range(d.low, d.high) };
  return { text: t(d.mean < 0 ? 'compareCuts' : 'compareRaises', params), better: c.better, same: false };
}
