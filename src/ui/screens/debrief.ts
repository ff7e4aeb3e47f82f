/**
 * The debrief after the last round: how much lead time, each waste and the value measure
 * changed from round 1 (the core's `debrief`), which card bought the most per point, and the
 * headline figures across all rounds. A second view (tabs in the top bar, so the figures keep
 * the whole screen) sets the current-state map of round 1 above the target-state map of the
 * last round.
 */
import { BUCKETS, type Level } from '../../sim';
import type { GameView } from '../../app/game-controller';
import { el } from '../dom';
import { footer, primaryButton, topBar, type Ctx, type Screen } from '../screen';
import { bucketLabel } from '../wastes';
import { changeBadge } from '../widgets/change';
import { roundsChart, wasteStack } from '../widgets/charts';
import { planCodeBox } from '../lesson/plan-code-box';
import { mapLegend, mapTitle, valueStreamMap } from '../widgets/value-stream';
import { kpi, tabs, targetNote } from './results';

/** The debrief lists the cards that gave most per point; the rest are counted. */
const SHOWN_CARDS = 4;

export function debriefScreen(ctx: Ctx, view: GameView, level: Level): Screen {
  const { t, f, lang } = ctx;
  const session = view.session;
  const d = view.debrief;
  const played = session?.played ?? [];
  const firstRound = played[0];
  const lastRound = played[played.length - 1];
  if (!session || !d || !firstRound || !lastRound) throw new Error('the debrief needs the played rounds and the debrief figures');
  const a = firstRound.metrics;
  const b = lastRound.metrics;
  const n = played.length;
  const metrics = played.map((p) => p.metrics);
  const heading = t('debriefTitle', { n });
  const vm = level.valueMeasure;
  const signed = (ratio: number): string => (Number.isFinite(ratio) ? f.signedPct(ratio) : t('changeFromZero'));

  const leadScale = f.durationScale(Math.max(...metrics.map((m) => m.leadTime.mean)));
  const lead = kpi({
    label: t('headLead'),
    value: signed(d.leadTimeChange),
    testId: 'debrief-lead',
    note: `${f.duration(a.leadTime.mean)} → ${f.duration(b.leadTime.mean)}`,
    change: changeBadge({ lang, f, from: a.leadTime.mean, to: b.leadTime.mean, ratio: d.leadTimeChange, better: 'lower', amount: false }),
    chart: roundsChart({
      lang,
      metric: t('headLead'),
      values: metrics.map((m) => m.leadTime.mean / leadScale.seconds),
      label: (v) => f.num(v, 1),
    }),
  });
  const value = kpi({
    label: vm.name[lang],
    value: `${f.pct(d.valueFrom)} → ${f.pct(d.valueTo)}`,
    testId: 'debrief-value',
    note: targetNote(ctx, d.valueTo >= vm.target, vm.target),
    change: changeBadge({ lang, f, from: d.valueFrom, to: d.valueTo, better: 'higher', kind: 'points' }),
    chart: roundsChart({ lang, metric: vm.name[lang], values: metrics.map((m) => m.valueMeasure.value), label: (v) => f.pct(v), target: vm.target, max: 1 }),
  });
  const waste = kpi({
    label: t('headWaste'),
    value: signed(d.totalWasteChange),
    testId: 'debrief-waste',
    note: `${f.personMinutes(a.totalWasteMinutes)} → ${f.personMinutes(b.totalWasteMinutes)}`,
    change: changeBadge({ lang, f, from: a.totalWasteMinutes, to: b.totalWasteMinutes, ratio: d.totalWasteChange, better: 'lower', amount: false }),
    chart: wasteStack(lang, f, metrics, n - 1),
  });

  // Every bucket, every round, and the change from round 1 to the last.
  const table = el(
    'table',
    { class: 'table table--waste', attrs: { 'data-testid': 'debrief-waste-table' } },
    el('caption', { text: `${t('debriefWasteTable')}, ${t(f.wasteUnitKey, { n: '' }).trim()}` }),
    el(
      'thead',
      {},
      el(
        'tr',
        {},
        el('th', { text: t('colType'), attrs: { scope: 'col' } }),
        ...played.map((p) => el('th', { class: 'num', text: t('roundShort', { n: p.round }), attrs: { scope: 'col', title: t('colRoundN', { n: p.round }) } })),
        el('th', { class: 'num', text: t('colChange'), attrs: { scope: 'col' } }),
      ),
    ),
    el(
      'tbody',
      {},
      ...BUCKETS.map((bucket) =>
        el(
          'tr',
          { class: bucket === 'value' ? 'row--value' : '', attrs: { 'data-bucket': bucket } },
          el('th', { attrs: { scope: 'row' } }, bucketLabel(lang, bucket)),
          ...played.map((p) => el('td', { class: 'num', text: f.num(p.metrics.waste[bucket], 0) })),
          el(
            'td',
            { class: 'num' },
            changeBadge({
              lang,
              f,
              from: a.waste[bucket],
              to: b.waste[bucket],
              ratio: d.wasteChange[bucket],
              better: bucket === 'value' ? 'neutral' : 'lower',
              word: false,
            }),
          ),
        ),
      ),
      el(
        'tr',
        { class: 'row--total' },
        el('th', { text: t('headWaste'), attrs: { scope: 'row' } }),
        ...played.map((p) => el('td', { class: 'num', text: f.num(p.metrics.totalWasteMinutes, 0) })),
        el('td', { class: 'num' }, changeBadge({ lang, f, from: a.totalWasteMinutes, to: b.totalWasteMinutes, ratio: d.totalWasteChange, better: 'lower', word: false })),
      ),
    ),
  );

  const cardName = (id: string): string => session.level.cards.find((c) => c.id === id)?.name[lang] ?? id;
  const best = d.best
    ? t('debriefBest', { card: cardName(d.best.card), saved: f.personMinutes(d.best.wasteSaved), cost: f.points(d.best.cost) })
    : d.cards.length === 0
      ? t('debriefNoCards')
      : t('debriefBestNone');
  const ranked = [...d.cards].sort((x, y) => y.perPoint - x.perPoint || y.wasteSaved - x.wasteSaved);
  const cards = el(
    'section',
    { class: 'debrief__cards', attrs: { 'aria-labelledby': 'debrief-cards-heading' } },
    el('h2', { id: 'debrief-cards-heading', text: t('debriefCardsHeading') }),
    el('p', { class: 'debrief__best', text: best, attrs: { 'data-testid': 'debrief-best' } }),
    ranked.length
      ? el(
          'table',
          { class: 'table' },
          el(
            'thead',
            {},
            el(
              'tr',
              {},
              el('th', { text: t('colCard'), attrs: { scope: 'col' } }),
              el('th', { class: 'num', text: t('colCost'), attrs: { scope: 'col' } }),
              el('th', { class: 'num', text: t('colSaved', { unit: t(f.wasteUnitKey, { n: '' }).trim() }), attrs: { scope: 'col' } }),
            ),
          ),
          el(
            'tbody',
            {},
            ...ranked.slice(0, SHOWN_CARDS).map((c) =>
              el(
                'tr',
                {},
                el('th', { text: cardName(c.card), attrs: { scope: 'row' } }),
                el('td', { class: 'num', text: f.int(c.cost) }),
                el('td', { class: 'num', text: f.num(c.wasteSaved, 0) }),
              ),
            ),
          ),
        )
      : null,
    ranked.length > SHOWN_CARDS ? el('p', { class: 'muted', text: t('debriefMoreCards', { n: ranked.length - SHOWN_CARDS }) }) : null,
  );

  const back = primaryButton(t('backToMenu'), ctx.act(() => ctx.controller.toMenu()), 'primary');
  const summary = el(
    'div',
    { class: 'tabs__panel debrief__summary' },
    el('div', { class: 'headline' }, lead, value, waste),
    el('div', { class: 'debrief__columns' }, table, cards),
  );
  // Round 1 as it was, above the last round as the plan made it.
  const streams = view.valueStreams;
  const mapOf = (round: number, testId: string): HTMLElement | null => {
    const stream = streams[round - 1];
    if (!stream) return null;
    const title = t('vsmCaption', { title: mapTitle(lang, round, session.totalRounds), n: round });
    return valueStreamMap({ lang, f, map: stream, title, testId, legend: false });
  };
  const maps = el(
    'div',
    { class: 'tabs__panel debrief__maps' },
    mapOf(1, 'vsm-current'),
    n > 1 ? mapOf(n, 'vsm-target') : null,
    mapLegend(lang),
  );
  const sections = tabs(
    t('debriefTabsLabel'),
    [
      { id: 'summary', label: t('tabDebriefSummary'), panel: summary },
      { id: 'maps', label: t('tabDebriefMaps'), panel: maps },
    ],
    ctx.ui.debriefTab ?? 'summary',
    (id) => (ctx.ui.debriefTab = id === 'maps' ? 'maps' : 'summary'),
  );
  // The tab list goes into the top bar; the panels fill the body.
  const list = sections.querySelector<HTMLElement>('.tabs__list');
  list?.classList.add('tabs__list--bar');
  const { bar, h1 } = topBar(ctx, { heading, controls: list ?? undefined });
  const body = el('main', { class: 'screen__body debrief' }, sections);
  const page = el('div', { class: 'screen screen--debrief' }, bar, body, footer(back, planCodeBox(ctx, view)));
  return { el: page, title: heading, primary: back, focus: h1 };
}
