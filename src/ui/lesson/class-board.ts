/**
 * The class board of the analysis (and the printed report): every team's lead time, total
 * waste and value measure per round, the best team per metric and round marked (★ and a
 * frame, not only a colour), and a chart of all teams across the rounds for each metric.
 */
import type { PlayedRound } from '../../sim';
import type { LessonController } from '../../app/lesson/lesson-controller';
import { el } from '../dom';
import type { Format } from '../format';
import type { Lang, MessageKey, Params } from '../i18n';
import { lineStyle, teamsChart } from './teams-chart';

type T = (key: MessageKey, params?: Params) => string;

interface Metric {
  id: 'lead' | 'waste' | 'value';
  better: 'lower' | 'higher';
  of(r: PlayedRound): number;
}

const METRICS: Metric[] = [
  { id: 'lead', better: 'lower', of: (r) => r.metrics.leadTime.mean },
  { id: 'waste', better: 'lower', of: (r) => r.metrics.totalWasteMinutes },
  { id: 'value', better: 'higher', of: (r) => r.metrics.valueMeasure.value },
];

export function classBoard(lesson: LessonController, o: { lang: Lang; f: Format; t: T; charts?: boolean }): HTMLElement {
  const { f, t, lang } = o;
  const rounds = lesson.boardRounds;
  const teams = lesson.record.teams.map((team, i) => ({ team, i, known: lesson.teamRounds(i) }));
  const all = teams.flatMap((x) => x.known.rounds);
  const scale = f.durationScale(Math.max(0, ...all.map((r) => r.metrics.leadTime.mean)));
  const unitOf = (key: MessageKey): string => t(key, { n: '' }).trim();
  const text = (m: Metric, v: number): string => (m.id === 'lead' ? f.num(v / scale.seconds, 1) : m.id === 'waste' ? f.num(v, 0) : f.pct(v));
  const metricName = (m: Metric): string =>
    m.id === 'lead' ? `${t('headLead')}, ${unitOf(scale.key)}` : m.id === 'waste' ? `${t('headWaste')}, ${unitOf(f.wasteUnitKey)}` : lesson.level.valueMeasure.name[lang];

  // The best value of each metric in each round, over the teams that have that round.
  const best = new Map<string, number>();
  for (const m of METRICS) {
    for (let r = 1; r <= rounds; r++) {
      const values = teams.flatMap((x) => (x.known.rounds[r - 1] ? [m.of(x.known.rounds[r - 1] as PlayedRound)] : []));
      // A tie of every team (round 1 is the same for all) marks nobody.
      if (values.length > 1 && new Set(values).size > 1) best.set(`${m.id}/${r}`, m.better === 'lower' ? Math.min(...values) : Math.max(...values));
    }
  }

  const roundNums = Array.from({ length: rounds }, (_, i) => i + 1);
  const head1 = el(
    'tr',
    {},
    el('th', { text: t('lessonBoardTeam'), attrs: { scope: 'col', rowspan: 2 } }),
    ...METRICS.map((m) => el('th', { class: 'board__group', text: metricName(m), attrs: { scope: 'colgroup', colspan: rounds } })),
  );
  const head2 = el('tr', {}, ...METRICS.flatMap(() => roundNums.map((r) => el('th', { class: 'num', text: t('roundShort', { n: r }), attrs: { scope: 'col', title: t('colRoundN', { n: r }) } }))));
  const body = teams.map(({ team, i, known }) =>
    el(
      'tr',
      { attrs: { 'data-team': i, 'aria-current': i === lesson.activeTeam ? 'true' : undefined } },
      el(
        'th',
        { attrs: { scope: 'row' } },
        el('span', { class: 'board__swatch', attrs: { 'aria-hidden': 'true', style: `background:${lineStyle(i).colour}` } }),
        `${i + 1}. ${team.name}`,
        known.error ? el('small', { class: 'board__error', text: ` ${t('lessonBoardReplayFailed', { reason: known.error })}` }) : null,
      ),
      ...METRICS.flatMap((m) =>
        roundNums.map((r) => {
          const round = known.rounds[r - 1];
          if (!round) {
            // An own-computer team's round that has been played but whose code has not come: said in words, not a figure.
            return known.waiting
              ? el('td', { class: 'board__waiting', text: t('lessonBoardWaitingCell'), attrs: { 'data-round': r, 'data-metric': m.id, 'data-waiting': 'true' } })
              : el('td', { class: 'num muted', text: '—', attrs: { 'data-round': r, 'data-metric': m.id } });
          }
          const v = m.of(round);
          const isBest = best.get(`${m.id}/${r}`) === v;
          return el(
            'td',
            { class: `num${isBest ? ' board__best' : ''}`, attrs: { 'data-round': r, 'data-metric': m.id, 'data-best': isBest ? 'true' : undefined } },
            isBest ? el('span', { class: 'board__star', text: '★ ', attrs: { 'aria-label': t('lessonBoardBest') } }) : null,
            text(m, v),
          );
        }),
      ),
    ),
  );
  const table = el(
    'table',
    { class: 'table board', attrs: { 'data-testid': 'class-board' } },
    el('caption', { text: t('lessonBoardCaption', { rounds }) }),
    el('thead', {}, head1, head2),
    el('tbody', {}, ...body),
  );
  if (o.charts === false) return table;
  const charts = el(
    'div',
    { class: 'board__charts' },
    ...METRICS.map((m) =>
      teamsChart({
        title: metricName(m),
        rounds: lesson.settings.rounds,
        series: teams.map(({ team, known }) => ({ name: team.name, values: Array.from({ length: lesson.settings.rounds }, (_, r) => (known.rounds[r] ? m.of(known.rounds[r] as PlayedRound) : undefined)).map((v) => (v === undefined ? undefined : m.id === 'lead' ? v / scale.seconds : m.id === 'value' ? v * 100 : v)) })),
        label: (v) => (m.id === 'value' ? `${f.num(v, 0)}%` : f.num(v, m.id === 'lead' ? 1 : 0)),
        roundLabel: (n) => t('roundShort', { n }),
        testId: `board-chart-${m.id}`,
      }),
    ),
  );
  return el('div', { class: 'board__wrap' }, table, charts);
}
