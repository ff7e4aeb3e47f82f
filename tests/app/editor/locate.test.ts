import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import { addStation } from '../../../src/app/editor/commands';
import { emptyDraft } from '../../../src/app/editor/draft';
import { explainIssue, explainIssues } from '../../../src/app/editor/explain';
import { formatPath, locateIssue, parsePath, pathCandidates } from '../../../src/app/editor/locate';

const draft = produce(emptyDraft(), addStation(8, 3, 'ru'));

describe('from a problem’s JSON path to the field that fixes it', () => {
  it('reads and writes paths of keys and indices', () => {
    expect(parsePath('$.entities[0].route[2].duration.min')).toEqual(['entities', 0, 'route', 2, 'duration', 'min']);
    expect(formatPath(['entities', 0, 'route', 2, 'duration', 'min'])).toBe('$.entities[0].route[2].duration.min');
    expect(parsePath('$')).toEqual([]);
  });

  it('tries the field itself first, then each enclosing part', () => {
    expect(pathCandidates('$.stations[1].hours.open[0]')).toEqual([
      '$.stations[1].hours.open[0]',
      '$.stations[1].hours.open',
      '$.stations[1].hours',
      '$.stations[1]',
      '$.stations',
      '$',
    ]);
  });

  it.each([
    ['$.title.ru', 'level', '$.title.ru'],
    ['$.valueMeasure.target', 'level', '$.valueMeasure.target'],
    ['$.stations[0].servers', 'stations', '$.stations[0].servers'],
    ['$.entities[0].route', 'routes', '$.entities[0].route'],
    ['$.entities[0].route[1].duration', 'routes', '$.entities[0].route[1].duration'],
    ['$.cards[2].effects[0]', 'cards', '$.cards[2].effects[0]'],
    ['$.kaizen.decay.stoppedBy', 'cards', '$.kaizen.decay.stoppedBy'],
    ['$.spots[0].y', 'floor', '$.spots[0].y'],
  ] as const)('%s is fixed on the %s tab at %s', (path, tab, field) => {
    expect(locateIssue(path, draft)).toMatchObject({ tab, path: field });
  });

  it('a station on a wall is fixed by its coordinates, and the plan’s cursor goes to its tile', () => {
    expect(locateIssue('$.stations[0]', draft)).toEqual({ tab: 'stations', path: '$.stations[0].x', tile: { x: 8, y: 3 } });
  });

  it('a row of the plan of the wrong width puts the cursor at the start of that row', () => {
    expect(locateIssue('$.floor.tiles[4]', draft)).toEqual({ tab: 'floor', path: '$.floor.tiles[4]', tile: { x: 0, y: 4 } });
  });
});

describe('problems said plainly', () => {
  it('words the checker’s messages as keys with their details', () => {
    expect(explainIssue({ path: '$.stations[0]', message: '"station-1" stands at (8, 3) on a wall' })).toEqual({
      path: '$.stations[0]',
      key: 'onWall',
      params: { id: 'station-1', x: '8', y: '3' },
    });
    expect(explainIssue({ path: '$.stations[0].servers', message: 'Too small: expected number to be >=1' })).toMatchObject({ key: 'atLeast', params: { n: '1' } });
    expect(explainIssue({ path: '$.entities[0].route[0].station', message: 'there is no station "desk"' })).toMatchObject({ key: 'noStation', params: { id: 'desk' } });
  });

  it('an empty list says what to add: a station, a route step', () => {
    const empty = 'Too small: expected array to have >=1 items';
    expect(explainIssue({ path: '$.stations', message: empty }).key).toBe('noStations');
    expect(explainIssue({ path: '$.entities[1].route', message: empty }).key).toBe('emptyRoute');
    expect(explainIssue({ path: '$.cards[0].targets', message: empty }).key).toBe('noTargets');
  });

  it('words the reasons a file cannot be opened', () => {
    expect(explainIssue({ path: '$.stations', message: 'a list [ … ] is missing' }).key).toBe('noList');
    expect(explainIssue({ path: '$.title', message: 'a text { "ru": …, "en": … } is missing' }).key).toBe('noText');
    expect(explainIssue({ path: '$', message: 'not JSON: Unexpected end of JSON input' })).toMatchObject({ key: 'notJson', params: { reason: 'Unexpected end of JSON input' } });
    expect(explainIssue({ path: '$.version', message: 'the file is written for format version 2; this game reads version 1' })).toMatchObject({ key: 'version', params: { v: '2', ours: '1' } });
  });

  it('a message it has no words for is kept as the checker wrote it', () => {
    expect(explainIssue({ path: '$.cards[0].effects', message: 'card "x" would break the level: …' })).toEqual({
      path: '$.cards[0].effects',
      key: 'raw',
      params: { message: 'card "x" would break the level: …' },
    });
  });

  it('a text empty in both languages is one problem, pointing at its Russian field', () => {
    const empty = 'Too small: expected string to have >=1 characters';
    const out = explainIssues([
      { path: '$.briefing.ru', message: empty },
      { path: '$.briefing.en', message: empty },
      { path: '$.stations', message: 'Too small: expected array to have >=1 items' },
    ]);
    expect(out.map((e) => [e.path, e.key])).toEqual([
      ['$.briefing.ru', 'emptyText'],
      ['$.stations', 'noStations'],
    ]);
  });
});
