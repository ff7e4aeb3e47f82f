/** The compare page's words: units, decimals and the plain-language verdict in both languages. */
import { describe, expect, it } from 'vitest';
import type { Interval, MetricComparison, MetricDef } from '../../src/sim';
import { Format } from '../../src/ui/format';
import { tr, type Lang, type MessageKey, type Params } from '../../src/ui/i18n';
import { decimalsFor, figureFormat, metricName, verdict } from '../../src/ui/workshop/compare/format';

function interval(mean: number, halfWidth: number): Interval {
  return { n: 30, mean, sd: 0, halfWidth, low: mean - halfWidth, high: mean + halfWidth };
}

function row(metric: MetricDef, a: Interval, b: Interval, d: Interval): MetricComparison {
  const significant = d.low > 0 || d.high < 0;
  const better = !significant ? 'none' : d.mean > 0 === (metric.better === 'higher') ? 'b' : 'a';
  return { metric, a, b, difference: d, significant, better };
}

const lead: MetricDef = { id: 'leadTimeMean', kind: 'duration', better: 'lower' };
const share: MetricDef = { id: 'valueMeasure', kind: 'share', better: 'higher' };
const waiting: MetricDef = { id: 'waste.waiting', kind: 'wasteMinutes', better: 'lower' };

function say(lang: Lang, c: MetricComparison, plan: string): string {
  const t = (key: MessageKey, params?: Params) => tr(lang, key, params);
  const bucket = (w: string) => tr(lang, `bucket_${w}` as MessageKey);
  return verdict(t, figureFormat(new Format(lang), t, c), c, plan, bucket).text;
}

describe('the verdict on one figure', () => {
  // Mean lead time 12.5 min → 10.0 min; the paired difference −2.5 ± 0.4 min.
  const cut = row(lead, interval(750, 12), interval(600, 10), interval(-150, 24));

  it('says a real cut in the lead time in minutes, in Russian and in English', () => {
    expect(say('ru', cut, 'План Б')).toBe('План Б сокращает среднее время в процессе на 2,1–2,9 мин');
    expect(say('en', cut, 'Plan B')).toBe('Plan B cuts the mean lead time by 2.1–2.9 min');
  });

  it('says a rise of a share in percentage points', () => {
    const c = row(share, interval(0.5, 0.01), interval(0.61, 0.01), interval(0.11, 0.012));
    expect(say('ru', c, 'План Б')).toBe('План Б увеличивает показатель ценности на 10–12 п. п.');
    expect(say('en', c, 'Plan B')).toBe('Plan B raises the value measure by 10–12 pp');
  });

  it('names a waste bucket, and says when plan B makes it worse', () => {
    const c = row(waiting, interval(400, 8), interval(430, 9), interval(30, 5));
    expect(c.better).toBe('a');
    expect(say('ru', c, 'План Б')).toBe('План Б увеличивает потери «Ожидание» на 25–35 чел.-мин');
    expect(say('en', c, 'Plan B')).toBe('Plan B raises the “Waiting” waste by 25–35 person-min');
  });

  it('calls an interval that straddles zero luck, and an exact zero the same in every run', () => {
    expect(say('ru', row(lead, interval(750, 12), interval(745, 12), interval(-5, 8)), 'План Б')).toBe(
      'Значимой разницы нет: это может быть случайность',
    );
    expect(say('en', row(lead, interval(750, 12), interval(745, 12), interval(-5, 8)), 'Plan B')).toBe('No significant difference: it may be luck');
    expect(say('en', row(lead, interval(750, 12), interval(750, 12), interval(0, 0)), 'Plan B')).toBe('The same in every run');
  });
});

describe('numbers on the compare page', () => {
  it('show the smallest half-width to one significant digit', () => {
    expect(decimalsFor([24])).toBe(0);
    expect(decimalsFor([7.7, 0.4])).toBe(1);
    expect(decimalsFor([0.19])).toBe(1);
    expect(decimalsFor([0.06])).toBe(2);
    expect(decimalsFor([0.0004])).toBe(3);
    expect(decimalsFor([0, 0])).toBe(1);
  });

  it('read lead times in the unit that suits them and differences with their signs', () => {
    const f = figureFormat(new Format('ru'), (k, p) => tr('ru', k, p), row(lead, interval(750, 12), interval(600, 10), interval(-150, 24)));
    expect(f.value(750)).toBe('12,5 мин');
    expect(f.amount(12)).toBe('0,2 мин');
    expect(f.signedInterval(-174, -126)).toBe('−2,9\u00a0…\u00a0−2,1 мин');
    expect(f.signedInterval(0, 0)).toBe('0');
  });

  it('take the value measure’s name from the level', () => {
    const t = (key: MessageKey, params?: Params) => tr('en', key, params);
    expect(metricName(t, share, 'Share served within 10 minutes', (w) => w)).toBe('Share served within 10 minutes');
    expect(metricName(t, lead, '', (w) => w)).toBe('Mean lead time');
  });
});

describe('a difference interval as printed in the table', () => {
  const t = (key: MessageKey, params?: Params) => tr('ru', key, params);

  it('gives both ends with their signs', () => {
    const c = row(waiting, interval(400, 8), interval(430, 9), interval(30, 5));
    expect(figureFormat(new Format('ru'), t, c).signedInterval(25, 35)).toBe('+25\u00a0…\u00a0+35 чел.-мин');
  });

  it('prints one figure when the same shift came out in every run and both ends print alike', () => {
    const c = row(waiting, interval(400, 8), interval(408.691, 8), interval(8.691, 0.0002));
    expect(figureFormat(new Format('ru'), t, c).signedInterval(8.6908, 8.6912)).toBe('+8,691 чел.-мин');
  });
});
