import { describe, expect, it } from 'vitest';
import {
  applyCommand,
  applySessionCommand,
  initialPlanState,
  startSession,
  takeBack,
  type Card,
  type Command,
  type Level,
  type PlanState,
} from '../../src/sim';
import { localizeRefusal } from '../../src/ui/refusal';
import { loadLevel } from '../sim/helpers';

// The canteen with cards of our own, so the test does not depend on the level's real cards.
const base = loadLevel('levels/canteen.json');
const card = (id: string, extra: Partial<Card> = {}): Card => ({
  id,
  tool: 'visual',
  name: { ru: `Карточка ${id.toUpperCase()}`, en: `Card ${id.toUpperCase()}` },
  why: { ru: 'почему', en: 'why' },
  cost: 1,
  targets: ['waiting'],
  requires: [],
  trap: false,
  effects: [{ op: 'set', target: 'stations.cash.disorder', value: 0 }],
  ...extra,
});
const level: Level = {
  ...base,
  kaizen: {},
  cards: [card('a'), card('b', { requires: ['a'] }), card('broken', { effects: [{ op: 'set', target: 'stations.cash.servers', value: 0 }] })],
};

function refusal(state: PlanState, cmd: Command): string {
  const r = applyCommand(state, cmd);
  if (r.ok) throw new Error(`expected ${JSON.stringify(cmd)} to be refused`);
  return r.reason;
}

const free = initialPlanState(level);
const withA = (() => {
  const r = applyCommand(free, { type: 'applyCard', card: 'a' });
  if (!r.ok) throw new Error(r.reason);
  return r.state;
})();
const sinks = level.stations.find((s) => s.id === 'sinks');
const wall = { x: 0, y: 0 };
const obstacleY = level.floor.tiles.findIndex((row) => row.includes('O'));
const obstacle = { x: level.floor.tiles[obstacleY]?.indexOf('O') ?? 0, y: obstacleY };

describe('the core’s refusals in the player’s language', () => {
  const cases: [string, string, string][] = [
    ['no such card', refusal(free, { type: 'applyCard', card: 'nope' }), 'в этом уровне нет карточки «nope»'],
    ['already applied', refusal(withA, { type: 'applyCard', card: 'a' }), 'карточка «Карточка A» уже применена'],
    ['needs another first', refusal(free, { type: 'applyCard', card: 'b' }), 'для карточки «Карточка B» сначала нужны: «Карточка A»'],
    ['over budget', refusal(initialPlanState(level, 0), { type: 'applyCard', card: 'a' }), 'карточка «Карточка A» стоит 1 очк., а осталось 0'],
    ['no such station', refusal(free, { type: 'moveStation', station: 'nope', x: 1, y: 1 }), 'на плане нет станции «nope»'],
    ['outside', refusal(free, { type: 'moveStation', station: 'cash', x: 999, y: 1 }), 'клетка 999, 1 за пределами плана'],
    ['wall', refusal(free, { type: 'moveStation', station: 'cash', ...wall }), `клетка ${wall.x}, ${wall.y} — стена`],
    ['obstacle', refusal(free, { type: 'moveStation', station: 'cash', ...obstacle }), `клетка ${obstacle.x}, ${obstacle.y} — препятствие`],
    ['taken', refusal(free, { type: 'moveStation', station: 'cash', x: sinks?.x ?? 0, y: sinks?.y ?? 0 }), `занята: там «Умывальники»`],
    ['breaks the level', refusal(free, { type: 'applyCard', card: 'broken' }), 'так процесс не сможет работать ('],
  ];

  it.each(cases)('%s', (_name, reason, expected) => {
    expect(localizeRefusal(reason, level, 'ru')).toContain(expected);
    expect(localizeRefusal(reason, level, 'en')).not.toBe(reason);
  });

  it('a take-back that would strand another change', () => {
    let s = startSession(level, { seed: 1, rounds: 2 });
    for (const id of ['a', 'b']) {
      const r = applySessionCommand(s, { type: 'applyCard', card: id });
      if (!r.ok) throw new Error(r.reason);
      s = r.session;
    }
    const r = takeBack(s, 0);
    if (r.ok) throw new Error('expected the take-back to be refused');
    expect(localizeRefusal(r.reason, level, 'ru')).toBe(
      'без этого изменения не подходит другое — для карточки «Карточка B» сначала нужны: «Карточка A»',
    );
  });

  it('keeps an unknown reason as the core said it', () => {
    expect(localizeRefusal('something new', level, 'ru')).toBe('something new');
  });
});
