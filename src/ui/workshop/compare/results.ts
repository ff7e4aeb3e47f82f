/**
 * The comparison's table: per figure, each plan's mean ± 95 % interval, the paired
 * difference B − A with its interval, small interval charts and the verdict in words.
 */
import type { Comparison } from '../../../sim';
import { el, uniqueId } from '../../dom';
import type { Ctx } from '../../screen';
import { bucketName } from '../../wastes';
import type { Bucket, Level } from '../../../sim';
import { differenceChart, plansChart } from './chart';
import { figureFormat, metricName, verdict } from './format';

export interface PlanNames {
  a: string;
  b: string;
  letters: { a: string; b: string };
}

export function resultsTable(ctx: Ctx, level: Level, result: Comparison, names: PlanNames): HTMLTableElement {
  const { t, f, lang } = ctx;
  const bucket = (w: string): string => bucketName(lang, w as Bucket);
  const head = el(
    'tr',
    {},
    el('th', { text: t('compareColMetric'), attrs: { scope: 'col' } }),
    el('th', { text: `${names.letters.a} · ${names.a}`, attrs: { scope: 'col' } }),
    el('th', { text: `${names.letters.b} · ${names.b}`, attrs: { scope: 'col' } }),
    el('th', { text: t('compareColChart'), attrs: { scope: 'col' } }),
    el('th', { text: t('compareColDiff'), attrs: { scope: 'col' } }),
    el('th', { text: t('compareColVerdict'), attrs: { scope: 'col' } }),
  );
  const rows = result.metrics.map((c) => {
    const fmt = figureFormat(f, t, c);
    const name = metricName(t, c.metric, level.valueMeasure.name[lang], bucket);
    const v = verdict(t, fmt, c, names.b, bucket);
    const tone = v.better === 'none' ? 'none' : v.better === 'b' ? 'better' : 'worse';
    const planCell = (side: 'a' | 'b') => {
      const i = c[side];
      return el(
        'td',
        {
          class: 'cmp__plan',
          attrs: { 'aria-label': t('compareIntervalLabel', { plan: names[side], mean: fmt.value(i.mean), low: fmt.value(i.low), high: fmt.value(i.high) }) },
        },
        el('span', { class: 'cmp__mean', text: fmt.value(i.mean) }),
        el('span', { class: 'cmp__half muted', text: t('comparePlusMinus', { n: fmt.amount(i.halfWidth) }) }),
      );
    };
    const d = c.difference;
    const signed = (x: number): string => (x > 0 ? `+${fmt.amount(x)}` : x < 0 ? `−${fmt.amount(-x)}` : fmt.amount(0));
    const tagText = v.same ? t('changeSame') : v.better === 'none' ? t('compareUnclear') : t('compareBetter', { plan: v.better === 'a' ? names.letters.a : names.letters.b });
    const nameId = uniqueId('cmp-metric');
    return el(
      'tr',
      { attrs: { 'data-metric': c.metric.id, 'data-significant': String(c.significant), 'data-better': c.better } },
      el('th', { id: nameId, text: name, attrs: { scope: 'row' } }),
      planCell('a'),
      planCell('b'),
      el('td', { class: 'cmp__chart' }, plansChart(c.a, c.b, names.letters)),
      el(
        'td',
        {
          class: 'cmp__diff',
          attrs: { 'aria-label': t('compareDiffLabel', { mean: signed(d.mean), low: signed(d.low), high: signed(d.high) }) },
        },
        el('span', { class: 'cmp__range', text: fmt.signedInterval(d.low, d.high) }),
        differenceChart(d, tone),
      ),
      el(
        'td',
        { class: `cmp__verdict cmp__verdict--${tone}`, attrs: { 'data-testid': `verdict-${c.metric.id}` } },
        el('span', { class: `cmp__tag cmp__tag--${tone}`, text: tagText }),
        el('span', { class: 'cmp__text', text: v.text }),
      ),
    );
  });
  return el('table', { class: 'cmp', attrs: { 'data-testid': 'compare-table' } }, el('thead', {}, head), el('tbody', {}, ...rows));
}
