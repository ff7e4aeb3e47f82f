/**
 * The distribution picker: a type (constant, uniform, …, empirical), its fields in seconds,
 * and a histogram of 2000 times drawn by the core's own seeded generator, redrawn live as the
 * fields change, with the mean it will give.
 */
import { el, svg, uniqueId } from '../dom';
import { distributionOfType, setAt, type Path } from '../../app/editor/commands';
import { histogramOf, type Histogram } from '../../app/editor/histogram';
import type { Distribution } from '../../sim';
import type { MessageKey } from '../i18n';
import type { EdCtx } from './ed-ctx';
import { numberInput, pathAttr, textInput } from './fields';

const TYPES: readonly Distribution['type'][] = ['constant', 'uniform', 'triangular', 'exponential', 'normal', 'lognormal', 'empirical'];

const FIELDS: Record<Distribution['type'], { name: string; optional?: boolean }[]> = {
  constant: [{ name: 'value' }],
  uniform: [{ name: 'min' }, { name: 'max' }],
  triangular: [{ name: 'min' }, { name: 'mode' }, { name: 'max' }],
  exponential: [{ name: 'mean' }],
  normal: [{ name: 'mean' }, { name: 'sd' }, { name: 'min', optional: true }, { name: 'max', optional: true }],
  lognormal: [{ name: 'median' }, { name: 'sigma' }, { name: 'max', optional: true }],
  empirical: [{ name: 'values' }],
};

function typicalOf(d: Record<string, unknown>): number {
  for (const k of ['value', 'mean', 'median', 'mode', 'max', 'min']) if (typeof d[k] === 'number') return d[k] as number;
  if (Array.isArray(d.values) && typeof d.values[0] === 'number') return d.values[0] as number;
  return 60;
}

export function distributionField(ctx: EdCtx, path: Path, value: unknown, label: string): HTMLElement {
  const d = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  const type = (TYPES as readonly string[]).includes(d.type as string) ? (d.type as Distribution['type']) : undefined;
  const id = uniqueId('ed-dist');
  const box = el('fieldset', { class: 'ed-dist', attrs: { 'aria-labelledby': id, 'data-path': pathAttr(path) } }, el('legend', { id, text: label }));

  const select = el('select', { class: 'input ed-input', attrs: { 'aria-label': ctx.t('ed_distType', { what: label }) } });
  if (!type) select.append(el('option', { text: '—', attrs: { value: '' } }));
  for (const t of TYPES) select.append(el('option', { text: ctx.t(`ed_dist_${t}` as MessageKey), attrs: { value: t } }));
  select.value = type ?? '';
  select.dataset.path = pathAttr([...path, 'type']);
  select.dataset.key = pathAttr([...path, 'type']);
  select.addEventListener('change', () => {
    const next = select.value as Distribution['type'];
    if (TYPES.includes(next)) ctx.apply(setAt(path, distributionOfType(next, typicalOf(d))));
  });
  const fields = el('div', { class: 'ed-dist__fields' }, el('div', { class: 'ed-field' }, el('span', { class: 'ed-field__label', text: ctx.t('ed_distTypeLabel') }), select));
  for (const f of type ? FIELDS[type] : []) {
    const fieldLabel = `${ctx.t(`ed_distField_${f.name}` as MessageKey)}${f.optional ? ` ${ctx.t('ed_optional')}` : ''}`;
    if (f.name === 'values') {
      const list = Array.isArray(d.values) ? (d.values as unknown[]).join('; ') : '';
      fields.append(
        textInput(ctx, [...path, 'values'], list, ctx.t('ed_distField_values'), {
          commit: (v) => setAt([...path, 'values'], v.split(/[;\s]+/).filter((s) => s !== '').map((s) => Number(s.replace(',', '.')))),
        }),
      );
    } else fields.append(numberInput(ctx, [...path, f.name], d[f.name], fieldLabel, { hint: f.name === 'sigma' ? undefined : ctx.t('ed_seconds') }));
  }
  box.append(fields, histogramView(ctx, histogramOf(value, { seed: ctx.seed })));
  return box;
}

function histogramView(ctx: EdCtx, h: Histogram | undefined): HTMLElement {
  const wrap = el('figure', { class: 'ed-hist' });
  if (!h) {
    wrap.append(el('figcaption', { class: 'muted', text: ctx.t('ed_histNone') }));
    return wrap;
  }
  const W = 240;
  const H = 60;
  const top = Math.max(...h.counts);
  const bw = W / h.counts.length;
  const bars = h.counts.map((c, i) =>
    svg('rect', { class: 'ed-hist__bar', x: i * bw + 0.5, y: H - (c / top) * H, width: Math.max(1, bw - 1), height: (c / top) * H }),
  );
  const caption = ctx.t('ed_histCaption', { n: ctx.f.int(h.n), min: ctx.f.duration(h.min), max: ctx.f.duration(h.max), mean: ctx.f.duration(h.mean) });
  wrap.append(
    svg('svg', { class: 'ed-hist__svg', viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-label': caption, preserveAspectRatio: 'none' }, ...bars),
    el('figcaption', { class: 'ed-hist__caption', text: caption, attrs: { 'data-testid': 'histogram-caption' } }),
  );
  return wrap;
}
