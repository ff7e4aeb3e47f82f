/** The metrics of the last "Run now", beside the editor: what a round of this process gives. */
import { el } from '../dom';
import type { Ctx } from '../screen';
import { Format } from '../format';
import type { DraftRun } from '../../app/editor/run-draft';

/** `units`: whose minutes the waste is counted in (documents' in document flow), as in the game's screens. */
export function runView(app: Ctx, run: DraftRun | undefined, units: 'person' | 'document'): HTMLElement {
  const heading = el('h2', { class: 'side__heading', text: app.t('ed_runHeading') });
  if (!run) return el('div', {}, heading, el('p', { class: 'muted ed-help', text: app.t('ed_runHint') }));
  if (!run.ok) return el('div', {}, heading, el('p', { class: 'ed-notice--warn', text: app.t('ed_runFailed') }));
  const m = run.metrics;
  const f = new Format(app.lang, units);
  const rows: [string, string, string][] = [
    ['arrived', app.t('ed_m_arrived'), f.int(m.arrived)],
    ['completed', app.t('ed_m_completed'), f.int(m.completed)],
    ['unfinished', app.t('ed_m_unfinished'), f.int(m.unfinished)],
    ['lead-mean', app.t('ed_m_leadMean'), f.duration(m.leadTime.mean)],
    ['lead-p90', app.t('ed_m_leadP90'), f.duration(m.leadTime.p90)],
    ['throughput', app.t(run.throughput.per === 'day' ? 'ed_m_throughputDay' : 'ed_m_throughput'), f.num(run.throughput.value, 1)],
    ['wip', app.t('ed_m_wip'), f.num(m.wip.mean, 1)],
    ['pce', app.t('ed_m_pce'), f.pct(m.processCycleEfficiency)],
    ['waste', app.t('ed_m_waste'), f.personMinutes(m.totalWasteMinutes)],
    ['value', app.t('ed_m_value'), `${f.pct(m.valueMeasure.value)} / ${f.pct(m.valueMeasure.target)} ${m.valueMeasure.met ? '✓' : '✗'}`],
  ];
  const table = el(
    'table',
    { class: 'table ed-metrics', attrs: { 'data-seed': run.seed } },
    el('caption', { class: 'sr-only', text: app.t('ed_runCaption', { seed: run.seed }) }),
    el('tbody', {}, ...rows.map(([key, label, value]) => el('tr', { attrs: { 'data-metric': key } }, el('th', { text: label, attrs: { scope: 'row' } }), el('td', { text: value })))),
  );
  return el('div', {}, heading, el('p', { class: 'muted ed-help', text: app.t('ed_runCaption', { seed: run.seed }) }), table);
}
