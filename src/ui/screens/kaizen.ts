/**
 * Kaizen between rounds: the plan on the left (the renderer lets stations be dragged; the
 * form below it does the same from the keyboard), the cards on the right grouped by tool,
 * the budget, the changes made in this phase with "take back", the core's refusals read out,
 * and an optional forecast of the next round.
 */
import { forecast, TOOLS, type Card, type Command, type Level, type RoundMetrics, type Session } from '../../sim';
import type { GameView } from '../../app/game-controller';
import { button, el, setText, uniqueId } from '../dom';
import type { MessageKey } from '../i18n';
import { footer, primaryButton, topBar, type Ctx, type Screen } from '../screen';
import { bucketIcon, bucketName, swatch } from '../wastes';
import type { MoveTarget } from '../widgets/floor';
import { localizeRefusal } from '../refusal';
import { compareWithPreviousRound } from '../workshop/compare/entry';

type Tool = (typeof TOOLS)[number];

const GROUPS: { key: string; tools: Tool[] }[] = [
  { key: '5s', tools: ['5s-sort', '5s-set-in-order', '5s-shine', '5s-standardize', '5s-sustain'] },
  { key: 'visual', tools: ['visual'] },
  { key: 'routing', tools: ['routing'] },
  { key: 'levelling', tools: ['levelling'] },
];

/** Why a card cannot be applied now, in the player's language; undefined when it can. */
export function cardBlock(ctx: Ctx, session: Session, card: Card): string | undefined {
  const plan = session.plan;
  if (plan.applied.includes(card.id)) return ctx.t('reasonApplied');
  const missing = card.requires.filter((r) => !plan.applied.includes(r));
  if (missing.length > 0) {
    const names = missing.map((id) => session.level.cards.find((c) => c.id === id)?.name[ctx.lang] ?? id);
    return ctx.t('reasonRequires', { cards: names.map((n) => ctx.t('quoted', { text: n })).join(', ') });
  }
  if (card.cost > plan.budget) return ctx.t('reasonBudget', { cost: ctx.f.points(card.cost), left: ctx.f.points(plan.budget) });
  return undefined;
}

/** Can a station stand on this tile? Mirrors the core's own check, so the reason is in the player's language. */
export function tileStatus(ctx: Ctx, level: Level, target: MoveTarget): { state: 'ok' | 'same' | 'bad'; text: string } {
  const row = level.floor.tiles[target.y];
  const tile = row?.[target.x];
  const at = (key: MessageKey, state: 'ok' | 'same' | 'bad', params = {}): { state: 'ok' | 'same' | 'bad'; text: string } => ({
    state,
    text: ctx.t('moveTarget', { x: target.x, y: target.y, tile: ctx.t(key, params) }),
  });
  if (tile === undefined) return at('tile_outside', 'bad');
  if (tile === '#') return at('tile_wall', 'bad');
  if (tile === 'O') return at('tile_obstacle', 'bad');
  const self = level.stations.find((s) => s.id === target.station);
  if (self && self.x === target.x && self.y === target.y) return at('tile_same', 'same');
  const other = level.stations.find((s) => s.id !== target.station && s.x === target.x && s.y === target.y);
  if (other) return at('tile_taken', 'bad', { station: other.name[ctx.lang] });
  return at(tile === 'D' ? 'tile_door' : tile === 'c' ? 'tile_clutter' : 'tile_floor', 'ok');
}

function describe(ctx: Ctx, session: Session, cmd: Command): string {
  if (cmd.type === 'applyCard') {
    return ctx.t('changeCard', { card: session.level.cards.find((c) => c.id === cmd.card)?.name[ctx.lang] ?? cmd.card });
  }
  const station = session.plan.level.stations.find((s) => s.id === cmd.station)?.name[ctx.lang] ?? cmd.station;
  return ctx.t('changeMove', { station, x: cmd.x, y: cmd.y });
}

export function kaizenScreen(ctx: Ctx, view: GameView): Screen {
  const { t, f, lang, controller } = ctx;
  const first = view.session;
  if (!first) throw new Error('the kaizen screen needs a session');
  const nextRound = first.played.length + 1;
  const heading = t('kaizenTitle', { n: nextRound });
  const { bar, h1 } = topBar(ctx, { heading });

  // --- right: budget and refusals (always in view), this phase's changes, the cards ----------
  const budget = el('strong', { class: 'budget__value', attrs: { 'data-testid': 'budget' } });
  const refusal = el('p', { class: 'refusal', attrs: { role: 'status', 'aria-live': 'polite', 'data-testid': 'refusal' } });
  const cardsBox = el('div', { class: 'cards', attrs: { 'data-testid': 'cards' } });
  const cardsHeading = el('h2', { class: 'kaizen__heading', id: uniqueId('cards'), text: t('cardsLabel') });

  // --- left: the plan and the keyboard way to move a station --------------------------------
  const floor = ctx.floor('kaizen');
  const stationSelect = el('select', { class: 'input', id: uniqueId('station') });
  for (const s of first.plan.level.stations) stationSelect.append(el('option', { text: s.name[lang], attrs: { value: s.id } }));
  const tiles = first.plan.level.floor.tiles;
  const cols = Math.max(...tiles.map((row) => row.length));
  const xInput = el('input', { class: 'input input--num', id: uniqueId('x'), attrs: { type: 'number', min: 0, max: cols - 1, inputmode: 'numeric' } });
  const yInput = el('input', { class: 'input input--num', id: uniqueId('y'), attrs: { type: 'number', min: 0, max: tiles.length - 1, inputmode: 'numeric' } });
  const moveStatus = el('p', { class: 'move__status', attrs: { 'aria-live': 'polite', 'data-testid': 'move-status' } });
  const moveButton = button(t('moveApply'), () => undefined, { class: 'btn', attrs: { 'data-testid': 'move-apply', 'data-focus-key': 'move-apply' } });
  const arrow = (label: string, glyph: string, dx: number, dy: number): HTMLButtonElement =>
    button(glyph, () => nudge(dx, dy), { class: 'btn btn--icon', attrs: { 'aria-label': label, title: label } });
  const arrows = el(
    'div',
    { class: 'move__arrows', attrs: { role: 'group', 'aria-label': t('moveArrows') } },
    arrow(t('moveLeft'), '←', -1, 0),
    arrow(t('moveUp'), '↑', 0, -1),
    arrow(t('moveDown'), '↓', 0, 1),
    arrow(t('moveRight'), '→', 1, 0),
  );
  const move = el(
    'fieldset',
    { class: 'move', attrs: { 'data-testid': 'move-station' } },
    el('legend', { text: t('moveHeading') }),
    el(
      'div',
      { class: 'move__row' },
      el('label', { class: 'field field--grow' }, el('span', { text: t('moveStation') }), stationSelect),
      el('label', { class: 'field' }, el('span', { text: t('moveX') }), xInput),
      el('label', { class: 'field' }, el('span', { text: t('moveY') }), yInput),
      moveButton,
    ),
    el('div', { class: 'move__row move__row--second' }, arrows, moveStatus),
  );
  const changesBox = el('div', { class: 'changes', attrs: { 'data-testid': 'changes' } });
  const changesHeading = el('h2', { class: 'kaizen__heading', id: uniqueId('changes'), text: t('changesHeading'), attrs: { tabindex: -1, 'data-focus-key': 'changes' } });
  const left = el('section', { class: 'kaizen__plan', attrs: { 'aria-label': t('floorLabel') } }, floor.el, move);
  const right = el(
    'div',
    { class: 'kaizen__side' },
    el('div', { class: 'kaizen__status' }, el('p', { class: 'budget' }, el('span', { text: `${t('budgetLabel')}: ` }), budget), refusal),
    el('section', { class: 'kaizen__changes', attrs: { 'aria-labelledby': changesHeading.id } }, changesHeading, changesBox),
    el('section', { class: 'kaizen__cards', attrs: { 'aria-labelledby': cardsHeading.id } }, cardsHeading, cardsBox),
  );

  // --- footer: forecast and start -----------------------------------------------------------
  const forecastText = el('span', { class: 'forecast__text', attrs: { 'data-testid': 'forecast', 'aria-live': 'polite' } });
  const forecastToggle = button('', () => {
    ctx.ui.forecastOpen = !ctx.ui.forecastOpen;
    showForecast();
  }, { class: 'btn btn--quiet', attrs: { 'aria-expanded': 'false' } });
  const start = primaryButton(t('startRound', { n: nextRound }), ctx.act(() => controller.next()), 'primary');
  const page = el(
    'div',
    { class: 'screen screen--kaizen' },
    bar,
    el('main', { class: 'kaizen' }, left, right),
    footer(start, el('p', { class: 'forecast' }, forecastToggle, forecastText), compareWithPreviousRound(ctx, first)),
  );

  // --- behaviour ----------------------------------------------------------------------------
  const session = (): Session | undefined => controller.view.session;
  const readTarget = (): MoveTarget => {
    const s = session();
    const id = stationSelect.value;
    const station = s?.plan.level.stations.find((st) => st.id === id);
    const num = (input: HTMLInputElement, fallback: number): number => {
      const v = Number.parseInt(input.value, 10);
      return Number.isFinite(v) ? v : fallback;
    };
    return { station: id, x: num(xInput, station?.x ?? 0), y: num(yInput, station?.y ?? 0) };
  };
  const showTarget = (target: MoveTarget): void => {
    ctx.ui.move = target;
    const s = session();
    if (!s) return;
    stationSelect.value = target.station;
    if (xInput.value !== String(target.x)) xInput.value = String(target.x);
    if (yInput.value !== String(target.y)) yInput.value = String(target.y);
    const status = tileStatus(ctx, s.plan.level, target);
    setText(moveStatus, status.text);
    moveStatus.classList.toggle('move__status--bad', status.state === 'bad');
    moveButton.disabled = status.state !== 'ok';
    floor.setTarget(target);
  };
  const selectStation = (id: string): void => {
    const st = session()?.plan.level.stations.find((s) => s.id === id);
    if (st) showTarget({ station: id, x: st.x, y: st.y });
  };
  const nudge = (dx: number, dy: number): void => {
    const cur = readTarget();
    showTarget({ station: cur.station, x: Math.max(0, cur.x + dx), y: Math.max(0, cur.y + dy) });
  };
  stationSelect.addEventListener('change', () => selectStation(stationSelect.value));
  xInput.addEventListener('input', () => showTarget(readTarget()));
  // Enter in a coordinate box makes the move, as a form would.
  for (const input of [xInput, yInput]) {
    input.addEventListener('keydown', (e) => {
      if (e.key !== 'Enter') return;
      e.preventDefault();
      if (!moveButton.disabled) moveButton.click();
    });
  }
  yInput.addEventListener('input', () => showTarget(readTarget()));
  moveButton.addEventListener(
    'click',
    ctx.act(() => {
      const target = readTarget();
      controller.apply({ type: 'moveStation', station: target.station, x: target.x, y: target.y });
    }),
  );
  floor.pick = (x, y) => showTarget({ station: stationSelect.value, x, y });

  let forecastFor: Session | undefined;
  let forecastTimer = 0;
  const showForecast = (): void => {
    const open = ctx.ui.forecastOpen;
    forecastToggle.textContent = open ? t('forecastHide') : t('forecastShow');
    forecastToggle.setAttribute('aria-expanded', String(open));
    forecastText.hidden = !open;
    const s = session();
    if (!open || !s || forecastFor === s) return;
    forecastFor = s;
    setText(forecastText, t('forecastBusy'));
    // After this frame: the click that changed the plan answers at once, the forecast follows.
    window.clearTimeout(forecastTimer);
    forecastTimer = window.setTimeout(
      ctx.act(() => {
        const now = session();
        if (!now || now !== s) return;
        const m: RoundMetrics = forecast(now);
        setText(
          forecastText,
          t('forecastText', {
            n: nextRound,
            lead: f.duration(m.leadTime.mean),
            waste: f.personMinutes(m.totalWasteMinutes),
            value: f.pct(m.valueMeasure.value),
          }),
        );
      }),
      30,
    );
  };

  const renderCards = (s: Session): void => {
    const cards = s.level.cards;
    if (cards.length === 0) {
      cardsBox.replaceChildren(el('p', { class: 'muted', text: t('noCards') }));
      return;
    }
    const groups = GROUPS.map((g) => {
      const inGroup = cards.filter((c) => g.tools.includes(c.tool));
      if (inGroup.length === 0) return null;
      const id = uniqueId('group');
      const body: Node[] = [];
      if (g.key === '5s') {
        for (const tool of g.tools) {
          const list = inGroup.filter((c) => c.tool === tool);
          if (list.length === 0) continue;
          body.push(el('h4', { class: 'cards__step', text: t(`tool_${tool}` as MessageKey) }), ...list.map((c) => cardView(s, c)));
        }
      } else body.push(...inGroup.map((c) => cardView(s, c)));
      return el(
        'section',
        { class: 'cards__group', attrs: { 'aria-labelledby': id, 'data-group': g.key } },
        el('h3', { class: 'cards__tool', id, text: t(`tool_${g.key}` as MessageKey) }),
        ...body,
      );
    });
    cardsBox.replaceChildren(...groups.filter((g): g is HTMLElement => g !== null));
  };

  const cardView = (s: Session, card: Card): HTMLElement => {
    const name = card.name[lang];
    const nameId = uniqueId('card');
    const applied = s.plan.applied.includes(card.id);
    const block = cardBlock(ctx, s, card);
    const reasonId = uniqueId('reason');
    const apply = button(applied ? `✓ ${t('applied')}` : t('apply'), ctx.act(() => controller.apply({ type: 'applyCard', card: card.id })), {
      class: applied ? 'btn btn--done' : 'btn',
      attrs: {
        'aria-label': applied ? `${t('applied')}: ${name}` : t('applyCard', { card: name }),
        'aria-describedby': block && !applied ? reasonId : undefined,
        'data-focus-key': `apply:${card.id}`,
        'data-focus-fallback': `card:${card.id}`,
      },
    });
    apply.disabled = block !== undefined;
    return el(
      'article',
      {
        class: `card${applied ? ' card--applied' : ''}`,
        attrs: { 'aria-labelledby': nameId, 'data-testid': `card-${card.id}`, tabindex: -1, 'data-focus-key': `card:${card.id}` },
      },
      el('div', { class: 'card__head' }, el('h5', { class: 'card__name', id: nameId, text: name }), el('span', { class: 'card__cost', text: f.points(card.cost) })),
      el('p', { class: 'card__why', text: card.why[lang] }),
      el(
        'div',
        { class: 'card__foot' },
        el(
          'p',
          { class: 'card__targets' },
          el('span', { class: 'muted', text: `${t('cardTargets')} ` }),
          ...card.targets.map((w) => el('span', { class: 'tag' }, swatch(w), bucketIcon(w), el('span', { text: bucketName(lang, w) }))),
        ),
        apply,
      ),
      block && !applied ? el('p', { class: 'card__reason', id: reasonId, text: block }) : null,
    );
  };

  const renderChanges = (s: Session): void => {
    const cardName = (id: string): string => t('quoted', { text: s.level.cards.find((c) => c.id === id)?.name[lang] ?? id });
    const requires = (id: string): readonly string[] => s.level.cards.find((k) => k.id === id)?.requires ?? [];
    const items = s.phaseCommands.map((cmd, i) => {
      const text = describe(ctx, s, cmd);
      // A card that another change of this phase needs cannot go first: say which, instead of a refusal.
      const neededBy: string[] = [];
      if (cmd.type === 'applyCard') {
        for (const c of s.phaseCommands) if (c.type === 'applyCard' && requires(c.card).includes(cmd.card)) neededBy.push(c.card);
      }
      const reasonId = uniqueId('blocked');
      const back = button(t('takeBack'), ctx.act(() => controller.takeBack(i)), {
        class: 'btn btn--quiet btn--small',
        attrs: {
          'aria-label': t('takeBackLabel', { change: text }),
          'aria-describedby': neededBy.length ? reasonId : undefined,
          'data-focus-key': `takeback:${i}`,
          'data-focus-fallback': 'changes',
        },
      });
      back.disabled = neededBy.length > 0;
      return el(
        'li',
        {},
        el('div', {}, el('span', { text }), back),
        neededBy.length ? el('p', { class: 'changes__blocked', id: reasonId, text: t('takeBackBlocked', { cards: neededBy.map(cardName).join(', ') }) }) : null,
      );
    });
    const before = s.plan.applied.filter((id) => !s.phaseCommands.some((c) => c.type === 'applyCard' && c.card === id));
    changesBox.replaceChildren(items.length ? el('ol', { class: 'changes__list' }, ...items) : el('p', { class: 'muted', text: t('noChanges') }));
    if (before.length) {
      const names = before.map(cardName).join(', ');
      changesBox.append(el('p', { class: 'muted', text: t('inForce', { cards: names }) }));
    }
  };

  /** Redraws what depends on the plan, keeping keyboard focus where it was (or near it). */
  const onSession = (v: GameView): void => {
    const s = v.session;
    if (!s) return;
    const active = document.activeElement instanceof HTMLElement ? document.activeElement : undefined;
    const key = active?.dataset.focusKey;
    const fallback = active?.dataset.focusFallback;
    setText(budget, f.points(s.plan.budget));
    setText(refusal, v.refusal ? t('refusal', { reason: localizeRefusal(v.refusal, s.plan.level, lang) }) : '');
    renderCards(s);
    renderChanges(s);
    const kept = ctx.ui.move;
    showTarget(kept && s.plan.level.stations.some((st) => st.id === kept.station) ? kept : readTarget());
    showForecast();
    if (key && active && !page.contains(active)) {
      const find = (k: string | undefined): HTMLElement | null => (k ? page.querySelector<HTMLElement>(`[data-focus-key="${CSS.escape(k)}"]`) : null);
      const again = find(key);
      const target = again && !(again as HTMLButtonElement).disabled ? again : (find(fallback) ?? changesHeading);
      target.focus();
    }
  };

  const firstStation = first.plan.level.stations[0];
  if (!ctx.ui.move && firstStation) ctx.ui.move = { station: firstStation.id, x: firstStation.x, y: firstStation.y };
  onSession(view);

  return { el: page, title: heading, primary: start, focus: h1, onSession, destroy: () => window.clearTimeout(forecastTimer) };
}
