import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import {
  addCard,
  addRoom,
  addStation,
  addStep,
  distributionOfType,
  moveItem,
  paintTiles,
  removeAt,
  renameEntity,
  renamePlace,
  renameStep,
  resizeFloor,
  setAt,
  setTextSide,
  type Recipe,
} from '../../../src/app/editor/commands';
import { emptyDraft, validateDraft, type Draft } from '../../../src/app/editor/draft';
import { defaultInsertValue, defaultSetValue, insertValueKind, setValueKind } from '../../../src/app/editor/effect-value';
import { edit, redo, startHistory, undo } from '../../../src/app/editor/history';
import { quantile } from '../../../src/sim/core/distributions';

function run(draft: Draft, ...recipes: Recipe[]): Draft {
  return recipes.reduce<Draft>((d, r) => produce(d, r), draft);
}

/** The empty plan with three stations and a route through them. */
function threeStations(): Draft {
  return run(emptyDraft(), addStation(3, 2, 'ru'), addStation(6, 6, 'ru'), addStation(12, 3, 'ru'), addStep(0, 'station-1'), addStep(0, 'station-2'), addStep(0, 'station-3'));
}

describe('edit commands', () => {
  it('a new station gets the next free id, one server, and a name in the author’s language only', () => {
    const d = run(emptyDraft(), addStation(3, 2, 'ru'), addStation(4, 2, 'en'));
    expect(d.stations).toEqual([
      { id: 'station-1', name: { ru: 'Станция 1', en: '' }, x: 3, y: 2, servers: 1 },
      { id: 'station-2', name: { ru: '', en: 'Station 2' }, x: 4, y: 2, servers: 1 },
    ]);
  });

  it('a step added to a route is a minute of value-adding work at the station, named like it', () => {
    const d = threeStations();
    expect(d.entities[0]?.route.map((s) => [s.id, s.station, s.class, s.duration])).toEqual([
      ['station-1', 'station-1', 'value', { type: 'constant', value: 60 }],
      ['station-2', 'station-2', 'value', { type: 'constant', value: 60 }],
      ['station-3', 'station-3', 'value', { type: 'constant', value: 60 }],
    ]);
    expect(d.entities[0]?.route[0]?.name).toEqual({ ru: 'Станция 1', en: '' });
  });

  it('a second visit to the same station gets a step id of its own', () => {
    const d = run(threeStations(), addStep(0, 'station-1'));
    expect(d.entities[0]?.route.map((s) => s.id)).toEqual(['station-1', 'station-2', 'station-3', 'station-1-1']);
  });

  it('painting changes only the named tiles and ignores tiles off the plan', () => {
    const d = run(emptyDraft(), paintTiles([{ x: 2, y: 1 }, { x: 99, y: 1 }, { x: 2, y: 99 }], 'c'));
    expect(d.floor.tiles[1]).toBe('#.c............#');
    expect(d.floor.tiles.filter((row, y) => row !== emptyDraft().floor.tiles[y])).toHaveLength(1);
  });

  it('resizing keeps what is drawn and fills new tiles with floor', () => {
    const d = run(emptyDraft(), resizeFloor(18, 3));
    expect(d.floor.tiles).toEqual(['################..', '#..............#..', '#..............#..']);
  });

  it('a room is drawn between any two opposite corners', () => {
    const d = run(emptyDraft(), addRoom('ru', { x: 7, y: 8 }, { x: 1, y: 1 }), addRoom('en'));
    expect(d.floor.rooms).toEqual([
      { id: 'room-1', name: { ru: 'Комната 1', en: '' }, x: 1, y: 1, w: 7, h: 8 },
      { id: 'room-2', name: { ru: '', en: 'Room 2' }, x: 0, y: 0, w: 16, h: 10 },
    ]);
  });

  it('renaming a station renames it in every route and every card target', () => {
    const withCard = run(threeStations(), addCard(), setAt(['cards', 0, 'effects'], [{ op: 'add', target: 'stations.station-2.servers', amount: 1 }]));
    const d = run(withCard, renamePlace('stations', 1, 'desk'));
    expect(d.stations[1]?.id).toBe('desk');
    expect(d.entities[0]?.route[1]?.station).toBe('desk');
    expect(d.cards?.[0]?.effects[0]).toEqual({ op: 'add', target: 'stations.desk.servers', amount: 1 });
  });

  it('renaming a spot moves where units come in and leave', () => {
    const d = run(emptyDraft(), renamePlace('spots', 0, 'front-door'));
    expect([d.entities[0]?.enterAt, d.entities[0]?.leaveAt]).toEqual(['front-door', 'front-door']);
  });

  it('renaming a kind of unit renames it in the value measure', () => {
    const d = run(emptyDraft(), renameEntity(0, 'parent'));
    expect(d.valueMeasure.entity).toBe('parent');
  });

  it('renaming a step renames what points at it: defects, the value measure, card targets', () => {
    const d0 = run(
      threeStations(),
      setAt(['entities', 0, 'route', 2, 'defects'], [{ id: 'error', probability: 0.1, outcome: 'rework', backTo: 'station-1' }]),
      setAt(['valueMeasure'], { kind: 'stepTimeAtLeast', entity: 'visitor', step: 'station-1', seconds: 60, name: { ru: 'x', en: 'x' }, target: 0.5 }),
      addCard(),
      setAt(['cards', 0, 'effects'], [{ op: 'scale', target: 'entities.visitor.route.station-1.duration', factor: 0.5 }]),
    );
    const d = run(d0, renameStep(0, 0, 'register'));
    expect(d.entities[0]?.route[2]?.defects?.[0]?.backTo).toBe('register');
    expect(d.valueMeasure).toMatchObject({ step: 'register' });
    expect(d.cards?.[0]?.effects[0]).toMatchObject({ target: 'entities.visitor.route.register.duration' });
  });

  it('moves a step up and removes one', () => {
    const d = run(threeStations(), moveItem(['entities', 0, 'route'], 2, 0), removeAt(['entities', 0, 'route'], 1));
    expect(d.entities[0]?.route.map((s) => s.id)).toEqual(['station-3', 'station-2']);
  });

  it('setting undefined removes an optional field', () => {
    const d = run(emptyDraft(), addStation(1, 1, 'ru'), setAt(['stations', 0, 'queueCapacity'], 3), setAt(['stations', 0, 'queueCapacity'], undefined));
    expect('queueCapacity' in (d.stations[0] ?? {})).toBe(false);
  });

  it('a new card starts with empty texts and no effects, so the checker asks for them', () => {
    const d = run(emptyDraft(), addCard());
    expect(d.cards?.[0]).toEqual({ id: 'card-1', tool: 'visual', name: { ru: '', en: '' }, why: { ru: '', en: '' }, cost: 1, targets: ['waiting'], requires: [], trap: false, effects: [] });
  });

  it.each(['constant', 'uniform', 'triangular', 'exponential', 'normal', 'lognormal', 'empirical'] as const)(
    'switching a duration to %s keeps its typical time near the old one',
    (type) => {
      const d = distributionOfType(type, 120);
      expect(d.type).toBe(type);
      expect(quantile(d, 0.5)).toBeGreaterThan(60);
      expect(quantile(d, 0.5)).toBeLessThan(241);
    },
  );
});

describe('texts typed one side at a time', () => {
  const wavePath = ['entities', 0, 'arrivals', 'waves', 0, 'name'] as const;
  const withWaves = (): Draft =>
    produce(emptyDraft(), setAt(['entities', 0, 'arrivals'], { type: 'waves', waves: [{ id: 'wave-1', at: 0, count: 20, spread: 60 }] }));

  it('a wave’s name is created when first typed, and undo takes it away again', () => {
    let h = startHistory(withWaves());
    h = edit(h, setTextSide(wavePath, 'ru', '5А', true));
    expect(h.draft.entities[0]?.arrivals).toEqual({ type: 'waves', waves: [{ id: 'wave-1', name: { ru: '5А', en: '' }, at: 0, count: 20, spread: 60 }] });
    h = edit(h, setTextSide(wavePath, 'en', '5A', true));
    expect(h.draft.entities[0]?.arrivals).toMatchObject({ waves: [{ name: { ru: '5А', en: '5A' } }] });
    h = undo(undo(h));
    expect(h.draft).toEqual(withWaves());
    expect(redo(h).draft.entities[0]?.arrivals).toMatchObject({ waves: [{ name: { ru: '5А', en: '' } }] });
  });

  it('an optional name emptied on both sides is removed, so the wave stays valid', () => {
    let d = produce(withWaves(), setTextSide(wavePath, 'ru', '5А', true));
    d = produce(d, setTextSide(wavePath, 'ru', ' ', true));
    expect(d.entities[0]?.arrivals).toEqual({ type: 'waves', waves: [{ id: 'wave-1', at: 0, count: 20, spread: 60 }] });
    expect(validateDraft(d).issues.some((i) => i.path.includes('waves'))).toBe(false);
  });

  it('a required text keeps its other side when one side is typed', () => {
    const d = produce(emptyDraft(), setTextSide(['briefing'], 'en', 'Come for a certificate.'));
    expect(d.briefing).toEqual({ ru: '', en: 'Come for a certificate.' });
  });
});

describe('the field a card effect’s value gets', () => {
  it('set: by the target’s field, as the level format types it', () => {
    expect(
      [
        'stations.line.servers',
        'stations.cash.disorder',
        'entities.pupil.route.serve.duration',
        'entities.pupil.route.serve.duration.sigma',
        'entities.family.route.receipt.station',
        'entities.pupil.leaveAt',
        'entities.order.route.acknowledge.electronic',
        'entities.pupil.route.tray.name',
        'entities.pupil.route.tray.class',
        'stations.director.hours',
      ].map((t) => setValueKind(t, undefined)),
    ).toEqual(['number', 'number', 'distribution', 'number', 'station', 'spot', 'boolean', 'text', 'bucket', 'json']);
  });

  it('set: a field the editor does not know goes by the value’s shape, else stays JSON', () => {
    expect([2, false, 'x', { ru: 'а', en: 'a' }, { type: 'uniform', min: 1, max: 2 }, { period: 1 }, [1]].map((v) => setValueKind('stations.line.other', v))).toEqual([
      'number',
      'boolean',
      'string',
      'text',
      'distribution',
      'json',
      'json',
    ]);
  });

  it('insertAfter: a step after a route step, a spot after a spot, anything else JSON', () => {
    expect(['entities.family.route.sign-forms', 'spots.door', 'stations.line'].map(insertValueKind)).toEqual(['step', 'spot', 'json']);
  });

  it('a new effect starts with a value of its field’s kind', () => {
    expect(defaultSetValue('entities.pupil.route.serve.duration', 'line')).toEqual({ type: 'constant', value: 60 });
    expect(defaultSetValue('entities.family.route.receipt.station', 'secretary')).toBe('secretary');
    expect(defaultSetValue('stations.line.servers', 'line')).toBe(1);
    expect(defaultInsertValue('entities.family.route.sign-forms', 'secretary', 'ru')).toEqual({
      id: 'new-step',
      name: { ru: 'Новый шаг', en: '' },
      station: 'secretary',
      duration: { type: 'constant', value: 60 },
      class: 'value',
    });
    expect(defaultInsertValue('spots.door', undefined, 'en')).toEqual({ id: 'new-spot', name: { ru: '', en: 'New spot' }, x: 1, y: 1 });
  });
});
