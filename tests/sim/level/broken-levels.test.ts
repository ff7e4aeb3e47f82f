/**
 * Broken levels: each is the shipped canteen level with one small mutation, and each must be
 * rejected with an issue at the exact JSON path of the mistake and a reason a level author
 * can act on. Canteen, for reference: stations 0 sinks (8,11) · 1 trays (2,2) · 2 line (9,2) ·
 * 3 cash (16,2) · 4 cutlery (25,2) · 5 tables (12,5) · 6 return (2,10); pupil route 0 wash ·
 * 1 tray · 2 choose · 3 serve (continues) · 4 pay · 5 check-list (continues) · 6 cutlery ·
 * 7 find-seat · 8 eat (continues) · 9 return-dishes.
 */
import { describe, expect, it } from 'vitest';
import { parseLevel } from '../../../src/sim/level/validate';
import { canteen, card, issuesOf, levelFiles, load, mutate, paintTiles, readLevelFile } from './helpers';

const issue = (path: string, phrase: string) => ({ path, message: expect.stringContaining(phrase) });

describe('the shipped levels', () => {
  it('the canteen level loads with ok:true', () => {
    const result = parseLevel(canteen());
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.level.id).toBe('canteen');
  });

  it('the level folder holds at least the canteen level', () => {
    expect(levelFiles).toContain('canteen.json');
  });

  it.each(levelFiles)('%s loads', (file) => {
    expect(parseLevel(readLevelFile(file))).toMatchObject({ ok: true });
  });
});

describe('something that is not a level object', () => {
  it.each([
    ['null', null],
    ['a number', 42],
    ['an array', [canteen()]],
    ['a string', JSON.stringify(canteen())],
    ['undefined', undefined],
  ])('%s is rejected at $ without throwing', (_what, data) => {
    expect(() => parseLevel(data)).not.toThrow();
    expect(issuesOf(data)).toEqual([issue('$', 'expected object')]);
  });
});

describe('a level whose shape is wrong', () => {
  it('a missing required field is reported at the field', () => {
    const level = mutate((l) => {
      delete l.maxTime;
    });
    expect(issuesOf(level)).toEqual([issue('$.maxTime', 'required, but missing')]);
  });

  it('a missing nested field is reported at its full path', () => {
    const level = mutate((l) => {
      delete l.stations[2].name;
    });
    expect(issuesOf(level)).toEqual([issue('$.stations[2].name', 'required, but missing')]);
  });

  it('a value of the wrong type is reported with what was expected and what was found', () => {
    const level = mutate((l) => {
      l.stations[3].servers = '2';
    });
    expect(issuesOf(level)).toEqual([issue('$.stations[3].servers', 'expected number, received string')]);
  });

  it('an unknown extra field is reported at the field itself, by name', () => {
    const level = mutate((l) => {
      l.stations[2].colour = 'red';
    });
    expect(issuesOf(level)).toEqual([{ path: '$.stations[2].colour', message: 'unknown field "colour"' }]);
  });

  it('two unknown fields in one object are two issues', () => {
    const level = mutate((l) => {
      l.floor.lights = true;
      l.floor.music = 'jazz';
    });
    expect(issuesOf(level)).toEqual([
      { path: '$.floor.lights', message: 'unknown field "lights"' },
      { path: '$.floor.music', message: 'unknown field "music"' },
    ]);
  });

  it('an id with capitals and a space is rejected with the id rule', () => {
    const level = mutate((l) => {
      l.stations[2].id = 'Line 1';
    });
    expect(issuesOf(level)).toEqual([issue('$.stations[2].id', 'lower-case latin letters, digits and dashes')]);
  });

  it('a floor row with a character outside the legend names the allowed ones', () => {
    const level = mutate((l) => {
      l.floor.tiles[3] = (l.floor.tiles[3] as string).replace('.', 'x');
    });
    expect(issuesOf(level)).toEqual([issue('$.floor.tiles[3]', 'a row uses only . # D O c')]);
  });

  it('an unknown distribution type lists the known ones', () => {
    const level = mutate((l) => {
      l.entities[0].route[2].duration = { type: 'gamma', shape: 2, scale: 3 };
    });
    expect(issuesOf(level)).toEqual([issue('$.entities[0].route[2].duration.type', "'triangular'")]);
  });

  it('a level of another format version is rejected at $.version', () => {
    const level = mutate((l) => {
      l.version = 2;
    });
    expect(issuesOf(level)).toEqual([issue('$.version', 'expected 1')]);
  });

  it('several shape problems are all reported, in document order', () => {
    const level = mutate((l) => {
      l.maxTime = -1;
      l.stations[3].servers = 0;
    });
    expect(issuesOf(level)).toEqual([
      issue('$.maxTime', 'Too small'),
      issue('$.stations[3].servers', 'Too small: expected number to be >=1'),
    ]);
  });
});

describe('a level with a broken floor plan', () => {
  it('rows of different widths are reported at the odd row with both widths', () => {
    const level = mutate((l) => {
      l.floor.tiles[3] = (l.floor.tiles[3] as string).slice(0, -1);
    });
    expect(issuesOf(level)).toEqual([
      { path: '$.floor.tiles[3]', message: 'row 3 is 27 tiles wide, but the first row is 28' },
    ]);
  });

  it('a room running off the floor is reported at the room', () => {
    const level = mutate((l) => {
      l.floor.rooms[1].h = 4; // rows 13–16 of a 16-row plan
    });
    expect(issuesOf(level)).toEqual([{ path: '$.floor.rooms[1]', message: 'room "corridor" runs off the floor plan' }]);
  });
});

describe('a level with stations in impossible places', () => {
  it('a station standing on a wall is reported at the station', () => {
    const level = mutate((l) => {
      l.stations[0].y = 12; // (8, 12) is the wall between the hall and the corridor
    });
    expect(issuesOf(level)).toEqual([{ path: '$.stations[0]', message: '"sinks" stands at (8, 12) on a wall' }]);
  });

  it('a station standing on an obstacle says so', () => {
    const level = mutate((l) => {
      l.stations[5].x = 3;
      l.stations[5].y = 4; // a table block
    });
    expect(issuesOf(level)).toEqual([{ path: '$.stations[5]', message: '"tables" stands at (3, 4) on an obstacle' }]);
  });

  it('a station outside the floor plan is reported at the station', () => {
    const level = mutate((l) => {
      l.stations[4].x = 40;
    });
    expect(issuesOf(level)).toEqual([{ path: '$.stations[4]', message: '"cutlery" stands at (40, 2), outside the floor plan' }]);
  });

  it('a station walled in is unreachable from the entrance, reported at every step that goes there', () => {
    const level = mutate((l) => {
      paintTiles(l, '#', 11, 4, 3, 3); // a 3×3 block of wall around tables at (12, 5) ...
      paintTiles(l, '.', 12, 5); // ... with the station's own tile left as floor
    });
    const reason = 'station "tables" cannot be reached from "corridor": it is walled in';
    expect(issuesOf(level)).toEqual([
      { path: '$.entities[0].route[7].station', message: reason },
      { path: '$.entities[0].route[8].station', message: reason },
    ]);
  });

  it('two stations on one tile are reported at the second one, naming the first', () => {
    const level = mutate((l) => {
      l.stations[3].x = 9; // cash onto the serving line at (9, 2)
    });
    expect(issuesOf(level)).toEqual([{ path: '$.stations[3]', message: '"cash" stands on the same tile as "line"' }]);
  });

  it('a spot may stand on a station tile (a door next to the desk is fine)', () => {
    const level = mutate((l) => {
      l.spots[1].x = 8;
      l.spots[1].y = 11; // onto the sinks
    });
    expect(parseLevel(level).ok).toBe(true);
  });
});

describe('a level with duplicate ids', () => {
  it('a spot with a station id is reported at the spot', () => {
    const level = mutate((l) => {
      l.spots[1].id = 'sinks';
    });
    expect(issuesOf(level)).toEqual([{ path: '$.spots[1].id', message: 'the id "sinks" is used twice among stations and spots' }]);
  });

  it('two stations with one id: the second is reported', () => {
    const level = mutate((l) => {
      l.stations[6].id = 'trays';
      l.entities[0].route[9].station = 'trays';
    });
    expect(issuesOf(level)).toEqual([{ path: '$.stations[6].id', message: 'the id "trays" is used twice among stations and spots' }]);
  });

  it('two route steps with one id are reported at the second step', () => {
    const level = mutate((l) => {
      l.entities[0].route[6].id = 'wash';
    });
    expect(issuesOf(level)).toEqual([{ path: '$.entities[0].route[6].id', message: 'the step id "wash" is used twice' }]);
  });

  it('two cards with one id are reported at the second card', () => {
    const level = mutate((l) => {
      const effects = [{ op: 'set', target: 'stations.cash.servers', value: 2 }];
      l.cards = [card('second-cashier', effects), card('second-cashier', effects)];
    });
    expect(issuesOf(level)).toEqual([{ path: '$.cards[1].id', message: 'the id "second-cashier" is used twice' }]);
  });
});

describe('a level whose routes do not make sense', () => {
  it('a route step naming an unknown station is reported at its station field', () => {
    const level = mutate((l) => {
      l.entities[0].route[6].station = 'forks';
    });
    expect(issuesOf(level)).toEqual([{ path: '$.entities[0].route[6].station', message: 'there is no station "forks"' }]);
  });

  it('an entity entering at an unknown spot is reported at enterAt', () => {
    const level = mutate((l) => {
      l.entities[0].enterAt = 'roof';
    });
    expect(issuesOf(level)).toEqual([{ path: '$.entities[0].enterAt', message: 'there is no spot "roof"' }]);
  });

  it('a triangular duration with min > mode is reported at the duration', () => {
    const level = mutate((l) => {
      l.entities[0].route[2].duration.min = 5; // mode is 4
    });
    expect(issuesOf(level)).toEqual([
      { path: '$.entities[0].route[2].duration', message: 'a triangular distribution needs min ≤ mode ≤ max' },
    ]);
  });

  it('a uniform duration with min > max is reported at the duration', () => {
    const level = mutate((l) => {
      l.entities[0].route[1].duration = { type: 'uniform', min: 6, max: 3 };
    });
    expect(issuesOf(level)).toEqual([{ path: '$.entities[0].route[1].duration', message: 'min is greater than max' }]);
  });

  it('`continues` on a step at a different station than the previous one is reported at continues', () => {
    const level = mutate((l) => {
      l.entities[0].route[4].continues = true; // pay (cash) after serve (line)
    });
    expect(issuesOf(level)).toEqual([
      { path: '$.entities[0].route[4].continues', message: 'a step can only continue at the station of the step before it' },
    ]);
  });

  it('`continues` on the first step is reported too: there is nothing to continue', () => {
    const level = mutate((l) => {
      l.entities[0].route[0].continues = true;
    });
    expect(issuesOf(level)).toEqual([issue('$.entities[0].route[0].continues', 'can only continue')]);
  });

  it('a lead time starting at an unknown step is reported at leadTime.from', () => {
    const level = mutate((l) => {
      l.entities[0].leadTime.from = 'nap';
    });
    expect(issuesOf(level)).toEqual([{ path: '$.entities[0].leadTime.from', message: 'there is no step "nap"' }]);
  });

  it('a lead time that stops before it starts is reported at leadTime', () => {
    const level = mutate((l) => {
      l.entities[0].leadTime = { from: 'eat', to: 'wash' };
    });
    expect(issuesOf(level)).toEqual([{ path: '$.entities[0].leadTime', message: 'the lead time would stop before it starts' }]);
  });
});

describe('a level with broken defects', () => {
  const defect = (extra: Record<string, unknown>) => ({ id: 'wrong-change', probability: 0.1, outcome: 'rework', ...extra });

  it('a rework defect without backTo is reported at backTo', () => {
    const level = mutate((l) => {
      l.entities[0].route[4].defects = [defect({})];
    });
    expect(issuesOf(level)).toEqual([
      { path: '$.entities[0].route[4].defects[0].backTo', message: 'a rework defect must name the step it sends the unit back to' },
    ]);
  });

  it('a defect sending the unit forward is reported at backTo', () => {
    const level = mutate((l) => {
      l.entities[0].route[4].defects = [defect({ backTo: 'eat' })];
    });
    expect(issuesOf(level)).toEqual([
      { path: '$.entities[0].route[4].defects[0].backTo', message: '"eat" comes after this step; a defect can only send back' },
    ]);
  });

  it('a defect sending the unit to an unknown step is reported at backTo', () => {
    const level = mutate((l) => {
      l.entities[0].route[4].defects = [defect({ backTo: 'queue-again' })];
    });
    expect(issuesOf(level)).toEqual([
      { path: '$.entities[0].route[4].defects[0].backTo', message: 'there is no step "queue-again" in this route' },
    ]);
  });

  it('a defect sending the unit back to an earlier step is fine', () => {
    const level = mutate((l) => {
      l.entities[0].route[4].defects = [defect({ backTo: 'choose' })];
    });
    expect(parseLevel(level).ok).toBe(true);
  });

  it('defect probabilities adding up to more than 1 are reported at the defects, with the sum', () => {
    const level = mutate((l) => {
      l.entities[0].route[4].defects = [
        defect({ backTo: 'pay', probability: 0.6 }),
        { id: 'forgot-card', probability: 0.5, outcome: 'revisit', away: { type: 'constant', value: 60 } },
      ];
    });
    expect(issuesOf(level)).toEqual([
      { path: '$.entities[0].route[4].defects', message: 'the defect probabilities add up to 1.1, more than 1' },
    ]);
  });
});

describe('a level whose value measure names nothing', () => {
  it('a value measure naming an unknown step is reported at valueMeasure.step', () => {
    const level = mutate((l) => {
      l.valueMeasure.step = 'nap';
    });
    expect(issuesOf(level)).toEqual([{ path: '$.valueMeasure.step', message: 'entity "pupil" has no step "nap"' }]);
  });

  it('a value measure naming an unknown entity is reported at valueMeasure.entity', () => {
    const level = mutate((l) => {
      l.valueMeasure.entity = 'teacher';
    });
    expect(issuesOf(level)).toEqual([{ path: '$.valueMeasure.entity', message: 'there is no entity "teacher"' }]);
  });
});

describe('a level with stations open at impossible hours', () => {
  it('an opening window that closes before it opens is reported at the window', () => {
    const level = mutate((l) => {
      l.stations[3].hours = { period: 86400, open: [[43200, 40000]] };
    });
    expect(issuesOf(level)).toEqual([{ path: '$.stations[3].hours.open[0]', message: 'a window must close after it opens' }]);
  });

  it('a batch released after its period ends is reported at batch.at', () => {
    const level = mutate((l) => {
      l.stations[2].batch = { period: 60, at: 60 };
    });
    expect(issuesOf(level)).toEqual([{ path: '$.stations[2].batch.at', message: 'the release time must fall inside the period' }]);
  });
});

describe('a level with broken cards', () => {
  const withCards = (...cards: unknown[]) =>
    mutate((l) => {
      l.cards = cards;
    });

  it('a card whose effect targets an unknown station is reported at the effect, naming the missing part', () => {
    const level = withCards(card('ghost-desk', [{ op: 'set', target: 'stations.nope.servers', value: 2 }]));
    expect(issuesOf(level)).toEqual([
      {
        path: '$.cards[0].effects[0]',
        message: 'card "ghost-desk": "stations.nope.servers": there is no "nope" in stations',
      },
    ]);
  });

  it('a card whose effect targets an unknown field is reported at the effect', () => {
    const level = withCards(
      card('ok-first', [{ op: 'set', target: 'stations.cash.servers', value: 2 }]),
      card('typo', [{ op: 'add', target: 'stations.cash.server', amount: 1 }]),
    );
    expect(issuesOf(level)).toEqual([
      { path: '$.cards[1].effects[0]', message: 'card "typo": "stations.cash.server": stations.cash has no "server"' },
    ]);
  });

  it('a card setting a field the format does not have is reported as breaking the level', () => {
    const level = withCards(card('typo', [{ op: 'set', target: 'stations.cash.server', value: 2 }]));
    const issues = issuesOf(level);
    expect(issues).toHaveLength(1);
    expect(issues[0]?.path).toBe('$.cards[0].effects');
    expect(issues[0]?.message).toContain('unknown field "server"');
  });

  it('a card requiring an unknown card is reported at the requirement', () => {
    const level = withCards(card('shine', [{ op: 'set', target: 'stations.cash.disorder', value: 0 }], { requires: ['sort'] }));
    expect(issuesOf(level)).toEqual([{ path: '$.cards[0].requires[0]', message: 'there is no card "sort"' }]);
  });

  it('a card requiring itself is reported at the requirement', () => {
    const level = withCards(card('shine', [{ op: 'set', target: 'stations.cash.disorder', value: 0 }], { requires: ['shine'] }));
    expect(issuesOf(level)).toEqual([{ path: '$.cards[0].requires[0]', message: 'a card cannot require itself' }]);
  });

  it('cards requiring each other in a circle can never be played, and each says so', () => {
    const effects = [{ op: 'set', target: 'stations.cash.disorder', value: 0 }];
    const level = withCards(card('sort', effects, { requires: ['shine'] }), card('shine', effects, { requires: ['sort'] }));
    expect(issuesOf(level)).toEqual([
      { path: '$.cards[0].requires', message: 'card "sort" requires itself through other cards; it can never be played' },
      { path: '$.cards[1].requires', message: 'card "shine" requires itself through other cards; it can never be played' },
    ]);
  });

  it('a card setting servers to 0 would make the level invalid, and is reported with the broken field', () => {
    const level = withCards(card('no-cashier', [{ op: 'set', target: 'stations.cash.servers', value: 0 }]));
    expect(issuesOf(level)).toEqual([
      issue('$.cards[0].effects', 'card "no-cashier" would break the level: $.stations[3].servers: Too small'),
    ]);
  });

  it('a card moving a station into a wall would make the level invalid, and is reported with the reason', () => {
    const level = withCards(card('cash-in-wall', [{ op: 'set', target: 'stations.cash.y', value: 0 }]));
    expect(issuesOf(level)).toEqual([
      {
        path: '$.cards[0].effects',
        message: 'card "cash-in-wall" would break the level: $.stations[3]: "cash" stands at (16, 0) on a wall',
      },
    ]);
  });

  it('a card removing a step the value measure needs is reported', () => {
    const level = withCards(card('skip-lunch', [{ op: 'remove', target: 'entities.pupil.route.eat' }]));
    expect(issuesOf(level)).toEqual([
      {
        path: '$.cards[0].effects',
        message: 'card "skip-lunch" would break the level: $.valueMeasure.step: entity "pupil" has no step "eat"',
      },
    ]);
  });

  it('a card is checked after the cards it requires: it may change what they add', () => {
    const readMenu = {
      id: 'read-menu',
      name: { ru: 'Прочитать меню', en: 'Read the menu' },
      station: 'trays',
      continues: true,
      duration: { type: 'constant', value: 6 },
      class: 'value',
    };
    const level = withCards(
      card('menu-board', [{ op: 'insertAfter', target: 'entities.pupil.route.tray', value: readMenu }]),
      card('big-font', [{ op: 'scale', target: 'entities.pupil.route.read-menu.duration', factor: 0.5 }], {
        requires: ['menu-board'],
      }),
    );
    expect(parseLevel(level).ok).toBe(true);
  });

  it('a card is not blamed for problems the level already has', () => {
    const level = mutate((l) => {
      l.valueMeasure.step = 'nap';
      l.cards = [card('second-cashier', [{ op: 'set', target: 'stations.cash.servers', value: 2 }])];
    });
    expect(issuesOf(level)).toEqual([{ path: '$.valueMeasure.step', message: 'entity "pupil" has no step "nap"' }]);
  });

  it('valid cards load, with their defaults filled in', () => {
    const level = load(withCards(card('second-cashier', [{ op: 'set', target: 'stations.cash.servers', value: 2 }])));
    expect(level.cards[0]).toMatchObject({ id: 'second-cashier', requires: [], trap: false });
  });
});

describe('a level with several problems at once', () => {
  it('reports all of them, in the order the checks meet them', () => {
    const level = mutate((l) => {
      l.stations[3].x = 9; // cash onto the line
      l.entities[0].route[6].station = 'forks'; // unknown station
      l.entities[0].route[2].duration.min = 5; // triangular min > mode
      l.valueMeasure.step = 'nap'; // unknown step
      l.cards = [card('ghost-desk', [{ op: 'set', target: 'stations.nope.servers', value: 2 }])];
    });
    expect(issuesOf(level)).toEqual([
      { path: '$.stations[3]', message: '"cash" stands on the same tile as "line"' },
      { path: '$.entities[0].route[2].duration', message: 'a triangular distribution needs min ≤ mode ≤ max' },
      { path: '$.entities[0].route[6].station', message: 'there is no station "forks"' },
      { path: '$.valueMeasure.step', message: 'entity "pupil" has no step "nap"' },
      { path: '$.cards[0].effects[0]', message: 'card "ghost-desk": "stations.nope.servers": there is no "nope" in stations' },
    ]);
  });

  it('loading never throws on any of them', () => {
    const level = mutate((l) => {
      l.stations = [];
      l.entities[0].route = 'everywhere';
    });
    expect(() => parseLevel(level)).not.toThrow();
    expect(issuesOf(level)).toEqual([
      issue('$.stations', 'Too small'),
      issue('$.entities[0].route', 'expected array, received string'),
    ]);
  });
});
