/**
 * A round's results: the headline (lead time, value measure, total waste) big with the
 * change from the previous round and a chart across the rounds; every bucket in
 * person-minutes; the other core figures; the spaghetti diagram and the value-stream map one
 * tab away.
 */
import { BUCKETS, type Level, type PlayedRound, type RoundMetrics } from '../../sim';
import type { GameView } from '../../app/game-controller';
import { button, el, uniqueId } from '../dom';
import type { Format } from '../format';
import type { Lang } from '../i18n';
import { footer, primaryButton, topBar, type Ctx, type Screen } from '../screen';
import { bucketLabel } from '../wastes';
import { changeBadge } from '../widgets/change';
import { roundsChart, wasteStack } from '../widgets/charts';
import { spaghetti } from '../widgets/spaghetti';
import { planCodeBox } from '../lesson/plan-code-box';
import { mapTitle, valueStreamMap } from '../widgets/value-stream';

export interface KpiOptions {
  label: string;
  value: string;
  /** written smaller after the value ("мин", "чел.-мин"), so long units fit */
  unit?: string;
  testId: string;
  change?: HTMLElement;
  note?: HTMLElement | string;
  chart?: Element;
}

/** A headline figure: label, the figure big, its change, a small chart. A region named by its label. */
export function kpi(o: KpiOptions): HTMLElement {
  const id = uniqueId('kpi');
  return el(
    'section',
    { class: 'kpi', attrs: { 'aria-labelledby': id, 'data-testid': o.testId } },
    el('h2', { class: 'kpi__label', id, text: o.label }),
    el('p', { class: 'kpi__value', attrs: { 'data-testid': `${o.testId}-value` } }, o.value, o.unit ? el('span', { class: 'kpi__unit', text: ` ${o.unit}` }) : null),
    o.note ? el('p', { class: 'kpi__note' }, o.note) : null,
    o.change ? el('p', { class: 'kpi__change' }, o.change) : null,
    o.chart ? el('div', { class: 'kpi__chart' }, o.chart) : null,
  );
}

/** The unit of a "{n} unit" message: "мин", "person-min". */
export function unitOf(ctx: Ctx, key: 'unitMin' | 'unitHour' | 'unitDay' | 'unitPersonMin' | 'unitDocMin'): string {
  return ctx.t(key, { n: '' }).trim();
}

/** "✓ 90 % target met" / "✗ below the 90 % target": a mark and words, not only a colour. */
export function targetNote(ctx: Ctx, met: boolean, target: number): HTMLElement {
  return el(
    'span',
    { class: met ? 'target target--met' : 'target target--missed' },
    el('span', { class: 'target__mark', text: met ? '✓' : '✗', attrs: { 'aria-hidden': 'true' } }),
    ctx.t(met ? 'targetMetShort' : 'targetMissedShort', { target: ctx.f.pct(target) }),
  );
}

/** The three headline figures of the rounds played so far, the last one big. */
export function headline(ctx: Ctx, level: Level, rounds: readonly PlayedRound[], compareTo: number | undefined): HTMLElement {
  const { t, f, lang } = ctx;
  const metrics = rounds.map((r) => r.metrics);
  const m = metrics[metrics.length - 1] as RoundMetrics;
  const base = compareTo === undefined ? undefined : metrics[compareTo];
  const vs = compareTo === undefined ? undefined : compareTo + 1;
  const vm = level.valueMeasure;
  const firstNote = (): HTMLElement => el('span', { class: 'muted', text: t('firstRound') });

  const scale = f.durationScale(Math.max(...metrics.map((x) => x.leadTime.mean)));
  const lead = kpi({
    label: t('headLead'),
    value: f.num(m.leadTime.mean / scale.seconds, 1),
    unit: unitOf(ctx, scale.key),
    testId: 'headline-lead',
    change: base ? changeBadge({ lang, f, from: base.leadTime.mean, to: m.leadTime.mean, better: 'lower', vsRound: vs }) : firstNote(),
    chart: roundsChart({ lang, metric: t('headLead'), values: metrics.map((x) => x.leadTime.mean / scale.seconds), label: (v) => f.num(v, 1) }),
  });
  const met = m.valueMeasure.met;
  const value = kpi({
    label: vm.name[lang],
    value: f.pct(m.valueMeasure.value),
    testId: 'headline-value',
    note: targetNote(ctx, met, vm.target),
    change: base
      ? changeBadge({ lang, f, from: base.valueMeasure.value, to: m.valueMeasure.value, better: 'higher', kind: 'points', vsRound: vs })
      : firstNote(),
    chart: roundsChart({
      lang,
      metric: vm.name[lang],
      values: metrics.map((x) => x.valueMeasure.value),
      label: (v) => f.pct(v),
      target: vm.target,
      max: 1,
    }),
  });
  const waste = kpi({
    label: t('headWaste'),
    value: f.num(m.totalWasteMinutes, 0),
    unit: unitOf(ctx, ctx.f.wasteUnitKey),
    testId: 'headline-waste',
    change: base ? changeBadge({ lang, f, from: base.totalWasteMinutes, to: m.totalWasteMinutes, better: 'lower', vsRound: vs }) : firstNote(),
    chart: wasteStack(lang, f, metrics, metrics.length - 1),
  });
  return el('div', { class: 'headline' }, lead, value, waste);
}

function wasteTable(lang: Lang, f: Format, t: Ctx['t'], n: number, m: RoundMetrics, prev: RoundMetrics | undefined): HTMLElement {
  const head = el(
    'tr',
    {},
    el('th', { text: t('colType'), attrs: { scope: 'col' } }),
    prev ? el('th', { class: 'num', text: t('roundShort', { n: n - 1 }), attrs: { scope: 'col', title: t('colThisRound', { n: n - 1 }) } }) : null,
    el('th', { class: 'num', text: t('roundShort', { n }), attrs: { scope: 'col', title: t('colThisRound', { n }) } }),
    prev ? el('th', { class: 'num', text: t('colChange'), attrs: { scope: 'col' } }) : null,
  );
  const row = (label: Node, now: number, before: number | undefined, cls = '', better: 'lower' | 'neutral' = 'lower'): HTMLElement =>
    el(
      'tr',
      { class: cls },
      el('th', { attrs: { scope: 'row' } }, label),
      prev ? el('td', { class: 'num muted', text: f.num(before ?? 0, 0) }) : null,
      el('td', { class: 'num', text: f.num(now, 0) }),
      prev ? el('td', { class: 'num' }, changeBadge({ lang, f, from: before ?? 0, to: now, better, word: false })) : null,
    );
  const rows = BUCKETS.map((b) => {
    const r = row(bucketLabel(lang, b), m.waste[b], prev?.waste[b], b === 'value' ? 'row--value' : '', b === 'value' ? 'neutral' : 'lower');
    r.dataset.bucket = b;
    return r;
  });
  const totalRow = row(el('span', { text: t('headWaste') }), m.totalWasteMinutes, prev?.totalWasteMinutes, 'row--total');
  return el(
    'table',
    { class: 'table table--waste', attrs: { 'data-testid': 'waste-table' } },
    el('caption', { text: t('wasteByType', { unit: t(f.wasteUnitKey, { n: '' }).trim() }) }),
    el('thead', {}, head),
    el('tbody', {}, ...rows, totalRow),
  );
}

function metricsTable(ctx: Ctx, level: Level, m: RoundMetrics): HTMLElement {
  const { t, f, lang } = ctx;
  const scale = f.durationScale(m.leadTime.max);
  const inScale = (sec: number): string => f.num(sec / scale.seconds, 1);
  const isDocument = level.entities.find((e) => e.id === level.valueMeasure.entity)?.kind === 'document';
  const rows: [string, string][] = [
    [t('mCounts'), `${f.int(m.arrived)} / ${f.int(m.completed)} / ${f.int(m.unfinished)}`],
    [t('mLeadSpread'), `${inScale(m.leadTime.p50)} / ${inScale(m.leadTime.p90)} / ${t(scale.key, { n: inScale(m.leadTime.max) })}`],
    [t('mThroughput'), t('unitPerHour', { n: f.num(m.throughputPerHour, 1) })],
    [t('mWip'), `${f.num(m.wip.mean, 1)} / ${f.int(m.wip.max)}`],
    [t('mFpy'), f.pct(m.firstPassYield)],
    [t('mPce'), f.pct(m.processCycleEfficiency)],
    [isDocument ? t('mMetresDocument') : t('mMetresPerson'), f.metres(m.metresPerEntity)],
  ];
  for (const s of m.stations) {
    if (s.utilisation === null) continue;
    const name = level.stations.find((st) => st.id === s.id)?.name[lang] ?? s.id;
    rows.push([t('mUtil', { station: name }), f.pct(s.utilisation)]);
  }
  return el(
    'table',
    { class: 'table table--metrics', attrs: { 'data-testid': 'metrics-table' } },
    el('caption', { text: t('metricsHeading') }),
    el('tbody', {}, ...rows.map(([label, value]) => el('tr', {}, el('th', { text: label, attrs: { scope: 'row' } }), el('td', { class: 'num', text: value })))),
  );
}

/** Accessible tabs (arrow keys move between them); the panels are built up front. */
export function tabs(label: string, items: { id: string; label: string; panel: HTMLElement }[], selected: string, onSelect: (id: string) => void): HTMLElement {
  const list = el('div', { class: 'tabs__list', attrs: { role: 'tablist', 'aria-label': label } });
  const buttons: HTMLButtonElement[] = [];
  const select = (id: string, focus: boolean): void => {
    items.forEach((it, i) => {
      const on = it.id === id;
      const b = buttons[i] as HTMLButtonElement;
      b.setAttribute('aria-selected', String(on));
      b.tabIndex = on ? 0 : -1;
      it.panel.hidden = !on;
      if (on && focus) b.focus();
    });
    onSelect(id);
  };
  items.forEach((it, i) => {
    const tabId = uniqueId('tab');
    const panelId = uniqueId('panel');
    const b = button(it.label, () => select(it.id, false), {
      class: 'tabs__tab',
      id: tabId,
      attrs: { role: 'tab', 'aria-controls': panelId, 'data-testid': `tab-${it.id}` },
    });
    b.addEventListener('keydown', (e) => {
      const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
      if (!step) return;
      e.preventDefault();
      const next = items[(i + step + items.length) % items.length] as { id: string };
      select(next.id, true);
    });
    it.panel.id = panelId;
    it.panel.setAttribute('role', 'tabpanel');
    it.panel.setAttribute('aria-labelledby', tabId);
    it.panel.tabIndex = 0;
    buttons.push(b);
    list.append(b);
  });
  const root = el('div', { class: 'tabs' }, list, ...items.map((it) => it.panel));
  select(items.some((it) => it.id === selected) ? selected : (items[0]?.id ?? ''), false);
  return root;
}

export function resultsScreen(ctx: Ctx, view: GameView, level: Level): Screen {
  const { t, f, lang } = ctx;
  const session = view.session;
  const timeline = view.timeline;
  const round = session?.played[session.played.length - 1];
  if (!session || !timeline || !round) throw new Error('the results screen needs a played round');
  const n = round.round;
  const total = session.totalRounds;
  const m = round.metrics;
  const prev = session.played[n - 2]?.metrics;
  const last = n >= total;

  const { bar, h1 } = topBar(ctx, { heading: t('resultsTitle', { n, total }) });
  const summary = el(
    'div',
    { class: 'tabs__panel results__summary' },
    wasteTable(lang, f, t, n, m, prev),
    metricsTable(ctx, round.level, m),
  );
  const spaghettiPanel = el(
    'div',
    { class: 'tabs__panel results__spaghetti' },
    spaghetti({
      lang,
      f,
      timeline,
      previous: view.previousTimeline,
      round: n,
      metres: m.metresPerEntity,
      previousMetres: prev?.metresPerEntity,
    }),
  );
  const stream = view.valueStreams[n - 1];
  const mapPanel = el(
    'div',
    { class: 'tabs__panel results__map' },
    stream ? valueStreamMap({ lang, f, map: stream, title: t('vsmCaption', { title: mapTitle(lang, n, total), n }), testId: 'vsm' }) : null,
  );
  const sections = tabs(
    t('tabsLabel'),
    [
      { id: 'summary', label: t('tabSummary'), panel: summary },
      { id: 'spaghetti', label: t('tabSpaghetti'), panel: spaghettiPanel },
      { id: 'map', label: t('tabMap'), panel: mapPanel },
    ],
    ctx.ui.resultsTab,
    (id) => (ctx.ui.resultsTab = id === 'spaghetti' || id === 'map' ? id : 'summary'),
  );
  const next = primaryButton(last ? t('nextDebrief') : t('nextKaizen'), ctx.act(() => ctx.controller.next()), 'primary');
  const body = el('main', { class: 'screen__body results' }, headline(ctx, level, session.played, prev ? n - 2 : undefined), sections);
  const page = el('div', { class: 'screen screen--results' }, bar, body, footer(next, planCodeBox(ctx, view)));
  return { el: page, title: t('resultsTitle', { n, total }), primary: next, focus: h1 };
}
