/**
 * Card effects on a small level: one desk, a shelf, and a walker whose route has one step
 * for every distribution type (the step is named after its type).
 */
import { describe, expect, it } from 'vitest';
import { applyEffect, EffectError, resolveTarget } from '../../../src/sim/commands/effects';
import type { Effect, Level } from '../../../src/sim/level/schema';
import { load } from './helpers';

const t = (en: string) => ({ ru: en, en });
const step = (id: string, duration: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  id,
  name: t(id),
  station: 'desk',
  duration,
  class: 'value',
  ...extra,
});

function small(): Level {
  return load({
    version: 1,
    id: 'small',
    title: t('Small'),
    briefing: t('A desk and a shelf'),
    maxTime: 3600,
    floor: { tileSize: 1, walkSpeed: 1, tiles: ['#######', '#.....#', '#.c...#', '#######'] },
    spots: [{ id: 'door', name: t('Door'), x: 1, y: 1 }],
    stations: [
      { id: 'desk', name: t('Desk'), x: 3, y: 1, servers: 1, disorder: 0.5, search: { type: 'uniform', min: 0, max: 4 } },
      { id: 'shelf', name: t('Shelf'), x: 5, y: 1, servers: 1, staffed: false },
    ],
    entities: [
      {
        id: 'walker',
        kind: 'person',
        name: t('Walker'),
        enterAt: 'door',
        leaveAt: 'door',
        arrivals: { type: 'list', times: [0] },
        route: [
          step('constant', { type: 'constant', value: 10 }),
          step(
            'uniform',
            { type: 'uniform', min: 2, max: 4 },
            {
              defects: [
                { id: 'drop', probability: 0.1, outcome: 'rework', backTo: 'constant' },
                { id: 'lost', probability: 0.05, outcome: 'revisit', away: { type: 'constant', value: 30 } },
              ],
            },
          ),
          step('triangular', { type: 'triangular', min: 1, mode: 2, max: 3 }),
          step('exponential', { type: 'exponential', mean: 5 }),
          step('normal', { type: 'normal', mean: 10, sd: 2, min: 4, max: 16 }),
          step('lognormal', { type: 'lognormal', median: 8, sigma: 0.3, max: 20 }),
          step('empirical', { type: 'empirical', values: [1, 2, 3] }),
        ],
      },
    ],
    valueMeasure: { kind: 'leadTimeAtMost', entity: 'walker', seconds: 600, name: t('Quick'), target: 0.9 },
  });
}

const stepOf = (level: Level, id: string) => {
  const found = level.entities[0]?.route.find((s) => s.id === id);
  if (!found) throw new Error(`no step ${id}`);
  return found;
};
const routeIds = (level: Level) => level.entities[0]?.route.map((s) => s.id);

describe('a set effect', () => {
  it('replaces a number', () => {
    const level = small();
    applyEffect(level, { op: 'set', target: 'stations.desk.servers', value: 3 });
    expect(level.stations[0]?.servers).toBe(3);
  });

  it('replaces a whole distribution with a copy of its value', () => {
    const level = small();
    const value = { type: 'constant', value: 7 };
    applyEffect(level, { op: 'set', target: 'entities.walker.route.uniform.duration', value });
    value.value = 99;
    expect(stepOf(level, 'uniform').duration).toEqual({ type: 'constant', value: 7 });
  });

  it('gives an object an optional field it lacks (a WIP limit on a queue)', () => {
    const level = small();
    applyEffect(level, { op: 'set', target: 'stations.desk.queueCapacity', value: 4 });
    expect(level.stations[0]?.queueCapacity).toBe(4);
  });

  it('changes nothing else', () => {
    const level = small();
    const expected = small();
    applyEffect(level, { op: 'set', target: 'spots.door.x', value: 2 });
    (expected.spots[0] as { x: number }).x = 2;
    expect(level).toEqual(expected);
  });
});

describe('a scale effect', () => {
  it('multiplies a number', () => {
    const level = small();
    applyEffect(level, { op: 'scale', target: 'stations.desk.disorder', factor: 0.5 });
    expect(level.stations[0]?.disorder).toBe(0.25);
  });

  it.each([
    ['constant', { type: 'constant', value: 20 }],
    ['uniform', { type: 'uniform', min: 4, max: 8 }],
    ['triangular', { type: 'triangular', min: 2, mode: 4, max: 6 }],
    ['exponential', { type: 'exponential', mean: 10 }],
    ['normal', { type: 'normal', mean: 20, sd: 4, min: 8, max: 32 }],
    ['lognormal', { type: 'lognormal', median: 16, sigma: 0.3, max: 40 }],
    ['empirical', { type: 'empirical', values: [2, 4, 6] }],
  ])('multiplies every time of the %s distribution', (id, expected) => {
    const level = small();
    applyEffect(level, { op: 'scale', target: `entities.walker.route.${id}.duration`, factor: 2 });
    expect(stepOf(level, id).duration).toEqual(expected);
  });

  it('leaves the lognormal sigma as it is: it is a shape, not a time', () => {
    const level = small();
    applyEffect(level, { op: 'scale', target: 'entities.walker.route.lognormal.duration', factor: 3 });
    expect(stepOf(level, 'lognormal').duration).toEqual({ type: 'lognormal', median: 24, sigma: 0.3, max: 60 });
  });

  it('scales the search time of a station like any distribution', () => {
    const level = small();
    applyEffect(level, { op: 'scale', target: 'stations.desk.search', factor: 0.25 });
    expect(level.stations[0]?.search).toEqual({ type: 'uniform', min: 0, max: 1 });
  });

  it('refuses what is neither a number nor a distribution', () => {
    const level = small();
    expect(() => applyEffect(level, { op: 'scale', target: 'stations.desk.name', factor: 2 })).toThrow(
      new EffectError('"stations.desk.name" is not a number or a distribution'),
    );
  });
});

describe('an add effect', () => {
  it('adds to a number, also a negative amount', () => {
    const level = small();
    applyEffect(level, { op: 'add', target: 'stations.desk.servers', amount: 2 });
    applyEffect(level, { op: 'add', target: 'entities.walker.route.uniform.defects.drop.probability', amount: -0.05 });
    expect(level.stations[0]?.servers).toBe(3);
    expect(stepOf(level, 'uniform').defects[0]?.probability).toBeCloseTo(0.05, 12);
  });

  it('refuses a distribution: only scale knows how to change one', () => {
    const level = small();
    expect(() => applyEffect(level, { op: 'add', target: 'entities.walker.route.normal.duration', amount: 1 })).toThrow(
      new EffectError('"entities.walker.route.normal.duration" is not a number'),
    );
  });
});

describe('a remove effect', () => {
  it('removes a route step by id', () => {
    const level = small();
    applyEffect(level, { op: 'remove', target: 'entities.walker.route.exponential' });
    expect(routeIds(level)).toEqual(['constant', 'uniform', 'triangular', 'normal', 'lognormal', 'empirical']);
  });

  it('removes a defect by id', () => {
    const level = small();
    applyEffect(level, { op: 'remove', target: 'entities.walker.route.uniform.defects.drop' });
    expect(stepOf(level, 'uniform').defects.map((d) => d.id)).toEqual(['lost']);
  });

  it('refuses a field: only elements of a list can be removed', () => {
    const level = small();
    expect(() => applyEffect(level, { op: 'remove', target: 'stations.desk.search' })).toThrow(
      new EffectError('"stations.desk.search" is not an element of a list'),
    );
  });
});

describe('an insertAfter effect', () => {
  const newStep = step('sign', { type: 'constant', value: 4 });

  it('inserts a copy of its value right after the named element', () => {
    const level = small();
    const value = structuredClone(newStep);
    applyEffect(level, { op: 'insertAfter', target: 'entities.walker.route.constant', value });
    value.id = 'changed-later';
    expect(routeIds(level)).toEqual(['constant', 'sign', 'uniform', 'triangular', 'exponential', 'normal', 'lognormal', 'empirical']);
    expect(stepOf(level, 'sign')).toEqual(newStep);
  });

  it('inserts after the last element', () => {
    const level = small();
    applyEffect(level, { op: 'insertAfter', target: 'entities.walker.route.empirical', value: newStep });
    expect(routeIds(level)?.at(-1)).toBe('sign');
  });

  it('refuses a field: there is no list to insert into', () => {
    const level = small();
    expect(() => applyEffect(level, { op: 'insertAfter', target: 'stations.desk.name', value: {} })).toThrow(
      new EffectError('"stations.desk.name" is not an element of a list'),
    );
  });
});

describe('a paint effect', () => {
  const paint = (tile: '.' | '#' | 'D' | 'O' | 'c', x: number, y: number, w = 1, h = 1): Effect => ({ op: 'paint', tile, x, y, w, h });

  it('paints clutter away', () => {
    const level = small();
    applyEffect(level, paint('.', 2, 2));
    expect(level.floor.tiles).toEqual(['#######', '#.....#', '#.....#', '#######']);
  });

  it('repaints a whole rectangle and nothing outside it', () => {
    const level = small();
    applyEffect(level, paint('O', 2, 1, 3, 2));
    expect(level.floor.tiles).toEqual(['#######', '#.OOO.#', '#.OOO.#', '#######']);
  });

  it('refuses a rectangle running off the floor plan', () => {
    const level = small();
    expect(() => applyEffect(level, paint('#', 5, 0, 3))).toThrow(
      new EffectError('paint: the rectangle at (5, 0) runs off the floor plan'),
    );
    expect(() => applyEffect(level, paint('#', 0, 3, 1, 2))).toThrow(EffectError);
    expect(level.floor.tiles).toEqual(small().floor.tiles);
  });
});

describe('an effect whose target names nothing', () => {
  it.each([
    ['stations.nope.servers', '"stations.nope.servers": there is no "nope" in stations'],
    ['stations.desk.speed', '"stations.desk.speed": stations.desk has no "speed"'],
    ['entities.walker.route.nap.duration', '"entities.walker.route.nap.duration": there is no "nap" in entities.walker.route'],
    [
      'entities.walker.route.uniform.defects.slip.probability',
      '"entities.walker.route.uniform.defects.slip.probability": there is no "slip" in entities.walker.route.uniform.defects',
    ],
    ['stations.desk.servers.max', '"stations.desk.servers.max": stations.desk.servers is a value, it has no "max"'],
    ['lighting', '"lighting": the level has no "lighting"'],
    ['stations.desk.toString', '"stations.desk.toString": stations.desk has no "toString"'],
    ['stations.desk.__proto__', '"stations.desk.__proto__": stations.desk has no "__proto__"'],
  ])('%s is refused, naming the missing part', (target, message) => {
    const level = small();
    expect(() => applyEffect(level, { op: 'add', target, amount: 1 })).toThrow(new EffectError(message));
    expect(() => applyEffect(level, { op: 'scale', target, factor: 2 })).toThrow(EffectError);
    expect(level).toEqual(small());
  });

  it('is refused by set too, unless only the last part is missing', () => {
    const level = small();
    expect(() => applyEffect(level, { op: 'set', target: 'stations.nope.servers', value: 1 })).toThrow(
      new EffectError('"stations.nope.servers": there is no "nope" in stations'),
    );
    expect(() => applyEffect(level, { op: 'set', target: 'stations.desk.__proto__', value: 1 })).toThrow(EffectError);
    expect(level).toEqual(small());
  });

  it('resolveTarget finds the list and index of an element named by id', () => {
    const level = small();
    const route = level.entities[0]?.route;
    expect(resolveTarget(level, 'entities.walker.route.triangular')).toEqual({ parent: route, key: 2 });
    expect(resolveTarget(level, 'entities.walker.route.triangular.duration').key).toBe('duration');
  });
});
