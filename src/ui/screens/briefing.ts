/** The briefing before round 1: the level's story, who the customer is, what they value, what a round is. */
import type { Arrival, Level } from '../../sim';
import { el } from '../dom';
import { footer, primaryButton, topBar, type Ctx, type Screen } from '../screen';

export function arrivalCount(a: Arrival): number {
  if (a.type === 'poisson') return a.count;
  if (a.type === 'waves') return a.waves.reduce((n, w) => n + w.count, 0);
  return a.times.length;
}

export function keysList(ctx: Ctx): HTMLElement {
  const rows: [string[], string][] = [
    [[ctx.t('keySpaceName')], ctx.t('keySpace')],
    [['←', '→'], ctx.t('keyArrows')],
    [['1', '2', '4'], ctx.t('keySpeed')],
    [['Enter'], ctx.t('keyEnter')],
    [['End'], ctx.t('keyEnd')],
    [['F'], ctx.t('keyF')],
  ];
  return el(
    'dl',
    { class: 'keys' },
    ...rows.flatMap(([keys, what]) => [el('dt', {}, ...keys.map((k) => el('kbd', { class: 'kbd', text: k }))), el('dd', { text: what })]),
  );
}

export function briefingScreen(ctx: Ctx, level: Level): Screen {
  const { t, f, lang } = ctx;
  const { bar, h1 } = topBar(ctx, { heading: t('briefingTitle'), menu: true });
  const vm = level.valueMeasure;
  const customer = level.entities.find((e) => e.id === vm.entity);
  const start = primaryButton(t('startRound', { n: 1 }), ctx.act(() => ctx.controller.next()), 'primary');

  const story = el(
    'section',
    { class: 'briefing__story' },
    el('p', { class: 'briefing__text', text: level.briefing[lang], attrs: { 'data-testid': 'briefing-text' } }),
    el(
      'dl',
      { class: 'facts' },
      el('dt', { text: t('customerLabel') }),
      el('dd', { text: customer?.name[lang] ?? '—', attrs: { 'data-testid': 'briefing-customer' } }),
      el('dt', { text: t('valueLabel') }),
      el(
        'dd',
        { attrs: { 'data-testid': 'briefing-value' } },
        el('span', { text: vm.name[lang] }),
        el('strong', { class: 'facts__target', text: t('targetText', { target: f.pct(vm.target) }) }),
      ),
      el('dt', { text: t('participants') }),
      el('dd', { text: level.entities.map((e) => t('participantCount', { name: e.name[lang], count: arrivalCount(e.arrivals) })).join(', ') }),
    ),
  );

  const round = el(
    'section',
    { class: 'briefing__round', attrs: { 'aria-labelledby': 'round-heading' } },
    el('h2', { id: 'round-heading', text: t('roundHeading') }),
    el('p', {
      // maxTime is only the round's limit: it ends as soon as the last unit is through.
      text: t('roundExplain', { span: f.duration(level.maxTime), start: f.hoursMinutes(level.clockStart) }),
    }),
    el('p', { text: t('roundExplain2') }),
    el('p', { text: t('roundExplain3', { rounds: ctx.controller.view.session?.totalRounds ?? ctx.rounds }) }),
    el('h2', { text: t('keysHeading') }),
    keysList(ctx),
  );

  const page = el('div', { class: 'screen screen--briefing' }, bar, el('main', { class: 'screen__body briefing' }, story, round), footer(start));
  return { el: page, title: t('briefingTitle'), primary: start, focus: h1 };
}
