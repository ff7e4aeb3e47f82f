/**
 * Numbers, shares, durations and times of day as a reader of `lang` expects them
 * (Russian: decimal comma, a space before %). Pure apart from Intl.
 */
import { plural, tr, type Lang } from './i18n';

const cache = new Map<string, Intl.NumberFormat>();

function nf(lang: Lang, min: number, max: number, style: 'decimal' | 'percent' = 'decimal'): Intl.NumberFormat {
  const key = `${lang}|${min}|${max}|${style}`;
  let f = cache.get(key);
  if (!f) cache.set(key, (f = new Intl.NumberFormat(lang, { style, minimumFractionDigits: min, maximumFractionDigits: max })));
  return f;
}

/** Relative change from `from` to `to`: -0.25 is a quarter less; undefined when `from` is 0 and `to` is not. */
export function relativeChange(from: number, to: number): number | undefined {
  if (from === 0) return to === 0 ? 0 : undefined;
  return to / from - 1;
}

export class Format {
  /** `units`: whose minutes the waste is counted in — people's, or documents' (document flow). */
  constructor(
    readonly lang: Lang,
    readonly units: 'person' | 'document' = 'person',
  ) {}

  /** The key of the waste unit: "чел.-мин" for people, "док.-мин" for documents. */
  get wasteUnitKey(): 'unitPersonMin' | 'unitDocMin' {
    return this.units === 'document' ? 'unitDocMin' : 'unitPersonMin';
  }

  /** A number with `digits` decimals shown when needed (trailing zeros kept so columns line up). */
  num(x: number, digits = 1): string {
    if (!Number.isFinite(x)) return '—';
    return nf(this.lang, digits, digits).format(x);
  }

  int(x: number): string {
    return Number.isFinite(x) ? nf(this.lang, 0, 0).format(x) : '—';
  }

  /** A share 0–1 as a percentage. */
  pct(share: number, digits = 0): string {
    return Number.isFinite(share) ? nf(this.lang, digits, digits, 'percent').format(share) : '—';
  }

  /** Seconds as minutes with one decimal: "19,9 мин". */
  minutes(seconds: number): string {
    return tr(this.lang, 'unitMin', { n: this.num(seconds / 60, 1) });
  }

  /**
   * The unit a set of durations reads best in: minutes for a canteen, hours for an admission
   * morning, days for document flow. Chosen from the largest value, so a column stays in one unit.
   */
  durationScale(largestSeconds: number): { key: 'unitMin' | 'unitHour' | 'unitDay'; seconds: number } {
    if (largestSeconds < 100 * 60) return { key: 'unitMin', seconds: 60 };
    if (largestSeconds < 48 * 3600) return { key: 'unitHour', seconds: 3600 };
    return { key: 'unitDay', seconds: 86400 };
  }

  /** A duration in the unit that reads best: seconds, minutes, hours or days. */
  duration(seconds: number): string {
    const s = Math.max(0, seconds);
    if (s < 0.05) return tr(this.lang, 'unitSec', { n: this.int(0) });
    if (s < 9.95) return tr(this.lang, 'unitSec', { n: this.num(s, 1) });
    if (s < 99.5) return tr(this.lang, 'unitSec', { n: this.num(s, 0) });
    const scale = this.durationScale(s);
    return tr(this.lang, scale.key, { n: this.num(s / scale.seconds, 1) });
  }

  personMinutes(minutes: number, digits = 0): string {
    return tr(this.lang, this.wasteUnitKey, { n: this.num(minutes, digits) });
  }

  metres(m: number): string {
    return tr(this.lang, 'unitMetres', { n: this.num(m, 0) });
  }

  points(n: number): string {
    return Number.isFinite(n) ? plural(this.lang, 'points', n, this.int(n)) : tr(this.lang, 'budgetUnlimited');
  }

  /** The round clock: a time of day, with the day number once a round runs over several days. */
  roundClock(clockSeconds: number, multiDay: boolean): string {
    if (!multiDay) return this.timeOfDay(clockSeconds);
    return tr(this.lang, 'clockDay', { day: this.int(Math.floor(clockSeconds / 86400) + 1), time: this.hoursMinutes(clockSeconds) });
  }

  /** Seconds after midnight as a time of day, HH:MM:SS (wraps past midnight). */
  timeOfDay(seconds: number): string {
    const s = ((Math.floor(seconds) % 86400) + 86400) % 86400;
    const two = (n: number): string => String(n).padStart(2, '0');
    return `${two(Math.floor(s / 3600))}:${two(Math.floor((s % 3600) / 60))}:${two(s % 60)}`;
  }

  /** Time of day without seconds, for prose ("с 11:20 до 11:50"). */
  hoursMinutes(seconds: number): string {
    return this.timeOfDay(seconds).slice(0, 5);
  }

  /** A relative change as a signed percentage without the arrow: "−12 %", "+5 %". */
  signedPct(change: number): string {
    const sign = change > 0 ? '+' : change < 0 ? '−' : '';
    return sign + this.pct(Math.abs(change));
  }

  /** A difference of two shares in percentage points: "+15 п. п.". */
  signedPoints(diff: number): string {
    const sign = diff > 0 ? '+' : diff < 0 ? '−' : '';
    return sign + tr(this.lang, 'pointsUnit', { n: this.num(Math.abs(diff) * 100, 0) });
  }
}
