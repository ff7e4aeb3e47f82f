import { describe, expect, it } from 'vitest';
import { DEFAULT_TIMERS, setupProblems } from '../../src/app/lesson/new-lesson';
import { clockText } from '../../src/ui/lesson/lesson-bar';
import { hashOf, routeOf } from '../../src/ui/lesson/route';

describe('the lesson bar clock', () => {
  it('writes minutes and seconds, rounding a started second up', () => {
    expect([clockText(420_000), clockText(65_001), clockText(9_000), clockText(1)]).toEqual(['7:00', '1:06', '0:09', '0:01']);
  });

  it('writes hours when a phase is that long, and overtime without a sign', () => {
    expect([clockText(3_720_000), clockText(-35_000)]).toEqual(['1:02:00', '0:35']);
  });
});

describe('the address of a lesson', () => {
  it('reads the setup, a running lesson, joining, and anything else as the game', () => {
    expect([routeOf('#lesson'), routeOf('#lesson/lesson-abc'), routeOf('#join'), routeOf(''), routeOf('#nonsense')]).toEqual([
      { kind: 'setup' },
      { kind: 'lesson', id: 'lesson-abc' },
      { kind: 'join' },
      { kind: 'game' },
      { kind: 'game' },
    ]);
  });

  it('turns a mangled escape into the game, not an exception', () => {
    expect(routeOf('#lesson/%E0%A4%A')).toEqual({ kind: 'game' });
  });

  it('leaves the compare page’s address, even a mangled one, to the compare page', () => {
    expect([routeOf('#compare/canteen/30/-/-'), routeOf('#compare/%E0%A4%A')]).toEqual([
      { kind: 'compare', hash: '#compare/canteen/30/-/-' },
      { kind: 'compare', hash: '#compare/%E0%A4%A' },
    ]);
  });

  it('writes back what it reads', () => {
    for (const hash of ['#lesson', '#lesson/lesson-a%20b', '#join', '', '#compare/canteen/30/-/menu-board']) expect(hashOf(routeOf(hash))).toBe(hash);
  });
});

describe('the lesson setup check', () => {
  const good = { title: '7Б', seed: 7, rounds: 3, budgetPerRound: 4, timers: DEFAULT_TIMERS, teams: [{ name: 'Альфа', mode: 'projector' as const }], lang: 'ru' as const };

  it('lets a sensible lesson start', () => {
    expect(setupProblems(good)).toEqual([]);
  });

  it('names every problem of a bad setup', () => {
    const teams = Array.from({ length: 11 }, (_, i) => ({ name: i < 2 ? 'Альфа' : i === 2 ? ' ' : `T${i}`, mode: 'projector' as const }));
    expect(setupProblems({ ...good, teams, rounds: 6, budgetPerRound: -1, seed: 1.5, timers: { ...DEFAULT_TIMERS, round: Number.NaN } })).toEqual([
      'teamsTooMany',
      'teamNameEmpty',
      'teamNameTwice',
      'roundsRange',
      'budgetRange',
      'seedRange',
      'timerRange',
    ]);
    expect(setupProblems({ ...good, teams: [] })).toEqual(['teamsNone']);
  });

  it('treats names differing only in case as the same team', () => {
    expect(setupProblems({ ...good, teams: [{ name: 'альфа', mode: 'projector' }, { name: 'АЛЬФА ', mode: 'own-computer' }] })).toEqual(['teamNameTwice']);
  });
});
