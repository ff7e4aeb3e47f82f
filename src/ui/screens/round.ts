/**
 * A round being watched: the top bar with the clock and playback controls, the floor plan,
 * and a side panel with live counters and the waste booked so far. The DOM is built once;
 * each clock change only rewrites a few texts and widths.
 */
import { ACTIVITY, BUCKETS, snapshotAt, type Bucket } from '../../sim';
import { SPEEDS, type GameView, type Speed } from '../../app/game-controller';
import { button, el, setText, svg } from '../dom';
import { topBar, type Ctx, type Screen } from '../screen';
import type { MessageKey } from '../i18n';
import { bucketLabel, possibleBuckets } from '../wastes';
import { LiveBar } from '../widgets/charts';
import { practicePanel } from '../workshop/practice/practice-panel';

const ICON = {
  back: ['M5 4v12', 'M16 4l-8 6 8 6z'],
  forward: ['M15 4v12', 'M4 4l8 6-8 6z'],
  pause: ['M6 4h3v12H6z', 'M11 4h3v12h-3z'],
  play: ['M6 3.5l10 6.5-10 6.5z'],
};

function icon(paths: string[]): SVGSVGElement {
  return svg('svg', { class: 'icon icon--solid', viewBox: '0 0 20 20', 'aria-hidden': 'true', focusable: 'false' }, ...paths.map((d) => svg('path', { d })));
}

export function roundScreen(ctx: Ctx, view: GameView): Screen {
  const { t, f, lang, controller } = ctx;
  const session = view.session;
  const timeline = view.timeline;
  if (!session || !timeline) throw new Error('a round screen needs a session and a timeline');
  const played = timeline.model.level;
  const n = session.played.length;
  const total = session.totalRounds;

  // --- top bar: clock and playback ---------------------------------------------------------
  const clockText = el('span', { class: 'clock__time', attrs: { 'data-testid': 'round-clock' } });
  const clock = el('p', { class: 'clock', attrs: { role: 'timer', 'aria-label': t('clockLabel') } }, clockText);

  const back = button([icon(ICON.back)], ctx.act(() => controller.step(-1)), {
    class: 'btn btn--icon',
    attrs: { 'aria-label': t('stepBack'), title: `${t('stepBack')} (←)`, 'aria-keyshortcuts': 'ArrowLeft' },
  });
  const pause = button([], ctx.act(() => controller.togglePause()), { class: 'btn btn--icon', attrs: { 'aria-keyshortcuts': 'Space', 'data-testid': 'pause' } });
  const forward = button([icon(ICON.forward)], ctx.act(() => controller.step(1)), {
    class: 'btn btn--icon',
    attrs: { 'aria-label': t('stepForward'), title: `${t('stepForward')} (→)`, 'aria-keyshortcuts': 'ArrowRight' },
  });
  const speedButtons = SPEEDS.map((s: Speed) =>
    button(`${s}×`, ctx.act(() => controller.setSpeed(s)), { class: 'btn btn--speed', attrs: { 'aria-pressed': 'false', 'aria-keyshortcuts': String(s) } }),
  );
  const speeds = el('div', { class: 'segmented', attrs: { role: 'group', 'aria-label': t('speedLabel') } }, ...speedButtons);
  const skip = button(
    [el('span', { text: t('skipToResults') }), el('kbd', { class: 'kbd', text: 'End', attrs: { 'aria-hidden': 'true' } })],
    ctx.act(() => controller.skipToResults()),
    { class: 'btn btn--primary btn--compact', attrs: { 'aria-keyshortcuts': 'End Enter', 'data-testid': 'primary' } },
  );
  const controls = el(
    'div',
    { class: 'topbar__controls' },
    clock,
    el('div', { class: 'playback', attrs: { role: 'group', 'aria-label': t('playbackLabel') } }, back, pause, forward),
    speeds,
    skip,
  );
  const { bar, h1 } = topBar(ctx, { heading: t('roundOf', { n, total }), controls, menu: false });
  const progressFill = el('span', { class: 'progress__fill' });
  const progress = el('div', { class: 'progress', attrs: { 'aria-hidden': 'true' } }, progressFill);

  // --- side panel -------------------------------------------------------------------------
  const model = timeline.model;
  const valueEntity = played.entities[model.valueEntity];
  const valueStepName = model.valueStep >= 0 ? valueEntity?.route[model.valueStep]?.name[lang] : undefined;
  const totalUnits = timeline.units.length;

  const left = el('span', { class: 'counter__value', attrs: { 'data-testid': 'counter-left' } });
  const queue = el('span', { class: 'counter__value', attrs: { 'data-testid': 'counter-queue' } });
  const walking = el('span', { class: 'counter__value', attrs: { 'data-testid': 'counter-walking' } });
  const busy = el('span', { class: 'counter__value', attrs: { 'data-testid': 'counter-busy' } });
  const counter = (label: string, value: HTMLElement, extra?: string): HTMLElement =>
    el('div', { class: 'counter' }, el('dt', { text: label }), el('dd', {}, value, extra ? el('span', { class: 'counter__extra', text: ` ${extra}` }) : null));
  const counters = el(
    'dl',
    { class: 'counters' },
    counter(t('counterLeft'), left, t('counterOf', { total: totalUnits })),
    counter(t('counterQueue'), queue),
    counter(t('counterWalking'), walking),
    counter(valueStepName ?? t('counterBusy'), busy),
  );
  const longest = el('strong', { attrs: { 'data-testid': 'longest-queue' } });
  const longestLine = el('p', { class: 'longest' }, el('span', { class: 'muted', text: `${t('longestQueue')}: ` }), longest);

  // Waste rows: what this level can book, plus anything the finished round did book.
  const finalBuckets = snapshotAt(timeline, timeline.duration).buckets;
  const shown: Bucket[] = [...new Set([...possibleBuckets(played), ...BUCKETS.filter((_, i) => (finalBuckets[i] ?? 0) > 0)])];
  const ordered = BUCKETS.filter((b) => shown.includes(b));
  const live = new LiveBar(ordered);
  const wasteValues = new Map<Bucket, HTMLElement>();
  const legend = el(
    'ul',
    { class: 'legend', attrs: { 'data-testid': 'live-waste' } },
    ...ordered.map((b) => {
      const v = el('span', { class: 'legend__value' });
      wasteValues.set(b, v);
      return el('li', { attrs: { 'data-bucket': b } }, bucketLabel(lang, b), v);
    }),
  );
  // The unit the player clicked on the plan: its own ledger, live.
  const unitTitle = el('h2', { class: 'side__heading' });
  const unitStep = el('p', { class: 'unit__line' });
  const unitNow = el('p', { class: 'unit__line' });
  const unitRows = new Map<Bucket, { row: HTMLElement; value: HTMLElement }>();
  const unitList = el(
    'ul',
    { class: 'legend legend--unit' },
    ...BUCKETS.map((b) => {
      const value = el('span', { class: 'legend__value' });
      const row = el('li', { attrs: { 'data-bucket': b } }, bucketLabel(lang, b), value);
      unitRows.set(b, { row, value });
      return row;
    }),
  );
  const unitBox = el(
    'section',
    { class: 'unit', attrs: { 'data-testid': 'unit-ledger', 'aria-live': 'polite' } },
    unitTitle,
    unitStep,
    unitNow,
    el('p', { class: 'unit__caption muted', text: t('unitLedger') }),
    unitList,
  );
  const unitHint = el('p', { class: 'unit__hint muted', text: t('unitHint') });

  const floor = ctx.floor('round');
  // Practice (seeing waste): the trainee names what they see, so the live tallies that would
  // tell them are replaced by the practice panel.
  const practice = view.practice ? practicePanel(ctx, floor) : undefined;
  const side = el(
    'aside',
    { class: 'side', attrs: { 'aria-label': t('sidePanelLabel') } },
    counters,
    longestLine,
    ...(practice
      ? [practice.el]
      : [
          el('h2', { class: 'side__heading', text: t('liveWasteHeading', { unit: t(f.wasteUnitKey, { n: '' }).trim() }) }),
          live.el,
          legend,
          unitHint,
          unitBox,
        ]),
    el(
      'div',
      { class: 'side__foot' },
      el('p', { class: 'side__keys muted', text: t('keysHint') }),
      button(t('menuButton'), ctx.act(() => ctx.toMenu()), { class: 'btn btn--quiet btn--small' }),
    ),
  );

  floor.selectUnit = practice
    ? practice.pickUnit
    : (unit) => {
        ctx.ui.unit = unit;
        onClock(controller.view, true);
      };
  floor.pickTile = practice?.pickTile;
  const page = el('div', { class: 'screen screen--round' }, bar, progress, el('main', { class: 'round' }, floor.el, side));
  if (practice) page.dataset.practice = 'true';

  // --- updates ----------------------------------------------------------------------------
  /** How often a playing round's clock and side panel are redrawn (a paused one: at once). */
  const SIDE_PANEL_MS = 100;
  let lastPaused: boolean | undefined;
  let lastSpeed: number | undefined;
  let lastCounts = -Infinity;
  const onClock = (v: GameView, force = false): void => {
    const tl = v.timeline;
    if (!tl) return;
    const { t: now, paused, speed } = v.clock;
    practice?.onClock(v);
    // While the round plays, the side panel's figures change many times a second: redrawing
    // them on every frame costs a weak PC a fifth of its frame (text layout), and no eye reads
    // them that fast. A paused or stepped clock, or a click, always shows the exact moment.
    const wall = performance.now();
    if (!force && !paused && paused === lastPaused && speed === lastSpeed && wall - lastCounts < SIDE_PANEL_MS) return;
    lastCounts = wall;
    setText(clockText, f.roundClock(played.clockStart + now, played.clockStart + tl.duration > 86400));
    progressFill.style.width = `${tl.duration > 0 ? (now / tl.duration) * 100 : 0}%`;
    if (paused !== lastPaused) {
      lastPaused = paused;
      const label = paused ? t('play') : t('pause');
      pause.replaceChildren(icon(paused ? ICON.play : ICON.pause));
      pause.setAttribute('aria-label', label);
      pause.title = `${label} (${t('keySpaceName')})`;
      page.dataset.paused = String(paused);
    }
    if (speed !== lastSpeed) {
      lastSpeed = speed;
      speedButtons.forEach((b, i) => b.setAttribute('aria-pressed', String(SPEEDS[i] === speed)));
    }
    back.disabled = now <= 0;
    forward.disabled = now >= tl.duration;

    const snap = snapshotAt(tl, now);
    let walkingNow = 0;
    let busyNow = 0;
    for (const u of snap.units) {
      if (u.activity === ACTIVITY.WALK) walkingNow++;
      else if (valueStepName !== undefined) {
        if (u.type === model.valueEntity && u.step === model.valueStep && u.activity === ACTIVITY.WORK) busyNow++;
      } else if (u.activity === ACTIVITY.WORK || u.activity === ACTIVITY.SEARCH) busyNow++;
    }
    let queued = 0;
    let top = { queue: 0, station: -1 };
    for (const s of snap.stations) {
      queued += s.queue;
      if (s.queue > top.queue) top = { queue: s.queue, station: s.station };
    }
    setText(left, f.int(snap.done));
    setText(queue, f.int(queued));
    setText(walking, f.int(walkingNow));
    setText(busy, f.int(busyNow));
    const topName = played.stations[top.station]?.name[lang];
    setText(longest, topName ? t('queueAt', { station: topName, n: top.queue }) : t('noQueue'));

    const values = new Map<Bucket, number>();
    BUCKETS.forEach((b, i) => values.set(b, (snap.buckets[i] ?? 0) / 60));
    live.update(new Map(ordered.map((b) => [b, values.get(b) ?? 0])));
    for (const [b, node] of wasteValues) setText(node, f.num(values.get(b) ?? 0, 0));
    showUnit(now);
  };

  const showUnit = (now: number): void => {
    const selected = ctx.ui.unit;
    const u = selected === undefined ? undefined : timeline.units.find((x) => x.unit === selected);
    unitBox.hidden = !u;
    unitHint.hidden = !!u;
    if (!u) return;
    const entity = played.entities[u.type];
    setText(unitTitle, t('unitTitle', { entity: entity?.name[lang] ?? '', n: u.unit + 1 }));
    const seconds = BUCKETS.map(() => 0);
    let current = -1;
    for (let k = 0; k < u.segments.length; k++) {
      const seg = u.segments[k];
      if (!seg || seg.t > now) break;
      current = k;
      if (seg.activity !== ACTIVITY.GONE) seconds[seg.bucket] = (seconds[seg.bucket] ?? 0) + Math.min(now, u.ends[k] ?? now) - seg.t;
    }
    const seg = u.segments[current];
    const step = seg && seg.step >= 0 ? entity?.route[seg.step]?.name[lang] : undefined;
    unitStep.hidden = step === undefined;
    setText(unitStep, step ? t('unitStep', { step }) : '');
    setText(unitNow, t('unitNow', { activity: seg ? t(`activity_${seg.activity}` as MessageKey) : t('unitNotYet') }));
    BUCKETS.forEach((b, i) => {
      const r = unitRows.get(b);
      if (!r) return;
      const v = seconds[i] ?? 0;
      r.row.hidden = v <= 0;
      setText(r.value, f.num(v / 60, 1));
    });
  };
  onClock(view);

  return { el: page, title: t('roundOf', { n, total }), focus: h1, primary: skip, onClock, destroy: () => practice?.destroy() };
}
