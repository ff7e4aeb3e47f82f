/**
 * Player commands on the canteen level with a hand of test cards, clutter in the hall
 * corner (22..25, 9..10) and a closed storeroom tile in the corridor at (26, 14).
 */
import { describe, expect, it } from 'vitest';
import {
  applyCommand,
  applyCommands,
  initialPlanState,
  type Command,
  type CommandResult,
  type PlanState,
} from '../../../src/sim/commands/commands';
import type { Level } from '../../../src/sim/level/schema';
import { canteen, card, load, mutate, paintTiles } from './helpers';

function testLevel(): Level {
  return load(
    mutate((l) => {
      paintTiles(l, 'c', 22, 9, 4, 2);
      paintTiles(l, '#', 25, 13, 2, 1);
      paintTiles(l, '#', 25, 14);
      l.cards = [
        card('second-cashier', [{ op: 'set', target: 'stations.cash.servers', value: 2 }]),
        card('menu-board', [{ op: 'scale', target: 'entities.pupil.route.choose.duration', factor: 0.5 }]),
        card('electronic-list', [{ op: 'remove', target: 'entities.pupil.route.check-list' }]),
        card('faster-check', [{ op: 'scale', target: 'entities.pupil.route.check-list.duration', factor: 0.5 }]),
        card('sort-clutter', [{ op: 'paint', tile: '.', x: 22, y: 9, w: 4, h: 2 }], { tool: '5s-sort' }),
        card('shine-line', [{ op: 'set', target: 'stations.line.disorder', value: 0 }], {
          tool: '5s-shine',
          requires: ['sort-clutter'],
        }),
        card('cash-by-window', [
          { op: 'set', target: 'stations.cash.x', value: 20 },
          { op: 'set', target: 'stations.cash.y', value: 3 },
        ]),
      ];
    }),
  );
}

const start = (): PlanState => initialPlanState(testLevel());
const play = (card: string): Command => ({ type: 'applyCard', card });
const move = (station: string, x: number, y: number): Command => ({ type: 'moveStation', station, x, y });

/** The state after a command that must succeed. */
function accepted(result: CommandResult): PlanState {
  if (!result.ok) throw new Error(`expected the command to be accepted, but: ${result.reason}`);
  return result.state;
}

/** The reason of a command that must be refused. */
function refused(result: CommandResult): string {
  if (result.ok) throw new Error('expected the command to be refused, but it was accepted');
  return result.reason;
}

const stationAt = (level: Level, id: string) => level.stations.find((s) => s.id === id);
const step = (level: Level, id: string) => level.entities[0]?.route.find((s) => s.id === id);

describe('applying a card', () => {
  it('changes exactly what its effects say and records the card', () => {
    const state = start();
    const next = accepted(applyCommand(state, play('second-cashier')));
    const expected = structuredClone(state.level);
    (expected.stations[3] as { servers: number }).servers = 2;
    expect(next.level).toEqual(expected);
    expect(next.applied).toEqual(['second-cashier']);
  });

  it('leaves the input state untouched', () => {
    const state = start();
    const before = structuredClone(state);
    accepted(applyCommand(state, play('second-cashier')));
    accepted(applyCommand(state, play('menu-board')));
    expect(state).toEqual(before);
    expect(state.applied).toEqual([]);
    expect(stationAt(state.level, 'cash')?.servers).toBe(1);
  });

  it('shares every unchanged part with the input: same objects, not copies', () => {
    const state = start();
    const next = accepted(applyCommand(state, play('second-cashier'))).level;
    const old = state.level;
    expect(next).not.toBe(old);
    expect(next.stations).not.toBe(old.stations);
    expect(next.stations[3]).not.toBe(old.stations[3]);
    next.stations.forEach((s, i) => {
      if (i !== 3) expect(s).toBe(old.stations[i]);
    });
    expect(next.stations[3]?.search).toBe(old.stations[3]?.search);
    expect(next.floor).toBe(old.floor);
    expect(next.spots).toBe(old.spots);
    expect(next.entities).toBe(old.entities);
    expect(next.cards).toBe(old.cards);
    expect(next.valueMeasure).toBe(old.valueMeasure);
  });

  it('scaling a duration halves every time of it and shares the other steps', () => {
    const state = start();
    const next = accepted(applyCommand(state, play('menu-board'))).level;
    expect(step(next, 'choose')?.duration).toEqual({ type: 'triangular', min: 1, mode: 2, max: 6 });
    expect(step(next, 'wash')).toBe(step(state.level, 'wash'));
    expect(step(next, 'serve')).toBe(step(state.level, 'serve'));
    expect(next.stations).toBe(state.level.stations);
  });

  it('removing a step takes exactly that step out of the route', () => {
    const next = accepted(applyCommand(start(), play('electronic-list'))).level;
    expect(next.entities[0]?.route.map((s) => s.id)).toEqual([
      'wash',
      'tray',
      'choose',
      'serve',
      'pay',
      'cutlery',
      'find-seat',
      'eat',
      'return-dishes',
    ]);
  });

  it('painting the clutter away gives back the plain canteen floor', () => {
    const state = start();
    const next = accepted(applyCommand(state, play('sort-clutter'))).level;
    expect(next.floor.tiles.slice(0, 12)).toEqual(load(canteen()).floor.tiles.slice(0, 12));
    expect(next.floor.tiles.slice(12)).toEqual(state.level.floor.tiles.slice(12));
    expect(next.floor.rooms).toBe(state.level.floor.rooms);
  });

  it('cards add up: each applies to the level the one before left', () => {
    const s1 = accepted(applyCommand(start(), play('menu-board')));
    const s2 = accepted(applyCommand(s1, play('second-cashier')));
    expect(s2.applied).toEqual(['menu-board', 'second-cashier']);
    expect(stationAt(s2.level, 'cash')?.servers).toBe(2);
    expect(step(s2.level, 'choose')?.duration).toEqual({ type: 'triangular', min: 1, mode: 2, max: 6 });
  });
});

describe('a card that cannot be applied', () => {
  it('applying the same card twice is refused', () => {
    const once = accepted(applyCommand(start(), play('second-cashier')));
    expect(refused(applyCommand(once, play('second-cashier')))).toBe('card "second-cashier" is already applied');
  });

  it('a card with an unmet requirement is refused, naming the missing card', () => {
    expect(refused(applyCommand(start(), play('shine-line')))).toBe('card "shine-line" needs "sort-clutter" first');
  });

  it('the same card is accepted once its requirement is applied', () => {
    const sorted = accepted(applyCommand(start(), play('sort-clutter')));
    const shone = accepted(applyCommand(sorted, play('shine-line')));
    expect(stationAt(shone.level, 'line')?.disorder).toBe(0);
    expect(shone.applied).toEqual(['sort-clutter', 'shine-line']);
  });

  it('an unknown card is refused', () => {
    expect(refused(applyCommand(start(), play('robots')))).toBe('there is no card "robots" in this level');
  });

  it('a card whose target an earlier card removed is refused, naming the missing part', () => {
    const listed = accepted(applyCommand(start(), play('electronic-list')));
    expect(refused(applyCommand(listed, play('faster-check')))).toBe(
      '"entities.pupil.route.check-list.duration": there is no "check-list" in entities.pupil.route',
    );
  });

  it('a card that would put two stations on one tile after a move is refused with the level problem', () => {
    const moved = accepted(applyCommand(start(), move('line', 20, 3)));
    expect(refused(applyCommand(moved, play('cash-by-window')))).toBe(
      'the change would break the level: $.stations[3]: "cash" stands on the same tile as "line"',
    );
  });
});

describe('moving a station', () => {
  it('to a free floor tile moves it there and nothing else', () => {
    const state = start();
    const next = accepted(applyCommand(state, move('cash', 20, 3)));
    expect(stationAt(next.level, 'cash')).toMatchObject({ x: 20, y: 3 });
    const expected = structuredClone(state.level);
    Object.assign(expected.stations[3] as object, { x: 20, y: 3 });
    expect(next.level).toEqual(expected);
    expect(next.level.stations[2]).toBe(state.level.stations[2]);
    expect(next.level.entities).toBe(state.level.entities);
    expect(next.applied).toEqual([]);
  });

  it('onto clutter is allowed: clutter is walkable', () => {
    const next = accepted(applyCommand(start(), move('cash', 22, 9)));
    expect(stationAt(next.level, 'cash')).toMatchObject({ x: 22, y: 9 });
  });

  it.each([
    ['a wall', 16, 0, '(16, 0) is a wall'],
    ['an obstacle', 3, 4, '(3, 4) is an obstacle'],
    ['off the plan to the right', 28, 3, '(28, 3) is outside the floor plan'],
    ['off the plan below', 3, 16, '(3, 16) is outside the floor plan'],
    ['another station', 9, 2, '(9, 2) is taken by "line"'],
  ])('onto %s is refused with a reason', (_where, x, y, reason) => {
    const state = start();
    expect(refused(applyCommand(state, move('cash', x, y)))).toBe(reason);
    expect(stationAt(state.level, 'cash')).toMatchObject({ x: 16, y: 2 });
  });

  it('into a closed room nobody can reach is refused by the level check', () => {
    expect(refused(applyCommand(start(), move('cash', 26, 14)))).toBe(
      'the change would break the level: $.entities[0].route[4].station: station "cash" cannot be reached from "corridor": it is walled in',
    );
  });

  it('an unknown station is refused', () => {
    expect(refused(applyCommand(start(), move('robot', 20, 3)))).toBe('there is no station "robot"');
  });
});

describe('a malformed command', () => {
  it.each([
    ['an unknown type', { type: 'fly' }, '$.type: Invalid discriminator value'],
    ['null', null, '$: Invalid input: expected object, received null'],
    ['a card command without a card', { type: 'applyCard' }, '$.card: Invalid input: expected string, received undefined'],
    ['a negative coordinate', { type: 'moveStation', station: 'cash', x: -1, y: 2 }, '$.x: Too small'],
    ['an extra field', { type: 'applyCard', card: 'menu-board', free: true }, 'Unrecognized key: "free"'],
  ])('%s is refused without throwing', (_what, cmd, reason) => {
    const state = start();
    let result: CommandResult | undefined;
    expect(() => {
      result = applyCommand(state, cmd as unknown as Command);
    }).not.toThrow();
    expect(refused(result as CommandResult)).toContain(reason);
  });
});

describe('a list of commands', () => {
  it('applies them all in order when every one is accepted', () => {
    const result = applyCommands(start(), [play('sort-clutter'), move('cash', 20, 3), play('shine-line')]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.state.applied).toEqual(['sort-clutter', 'shine-line']);
    expect(stationAt(result.state.level, 'cash')).toMatchObject({ x: 20, y: 3 });
    expect(stationAt(result.state.level, 'line')?.disorder).toBe(0);
  });

  it('stops at the first refusal and reports its index and reason', () => {
    const result = applyCommands(start(), [
      play('second-cashier'),
      move('cash', 20, 3),
      play('second-cashier'),
      move('cash', 16, 0),
    ]);
    expect(result).toEqual({ ok: false, index: 2, reason: 'card "second-cashier" is already applied' });
  });

  it('an empty list leaves the state as it is', () => {
    const state = start();
    expect(applyCommands(state, [])).toEqual({ ok: true, state });
    const result = applyCommands(state, []);
    if (result.ok) expect(result.state).toBe(state);
  });
});
