import { describe, expect, it } from 'vitest';
import { lessonLevel, replayTeam, runRounds, type LessonSettings } from '../../../src/sim';
import { loadLevel } from '../helpers';

const canteen = loadLevel('levels/canteen.json');
const settings: LessonSettings = { levelId: 'canteen', seed: 7, rounds: 3, budgetPerRound: 4 };

describe('lessonLevel', () => {
  it('puts the lesson budget in place of the level budget and keeps everything else', () => {
    const played = lessonLevel(canteen, { ...settings, budgetPerRound: 9 });
    expect(played.kaizen).toEqual({ ...canteen.kaizen, budgetPerRound: 9 });
    expect(played.stations).toBe(canteen.stations);
    expect(canteen.kaizen.budgetPerRound).toBe(4);
  });
});

describe('replayTeam', () => {
  it('plays round 1 alone when the team has no kaizen phase yet', () => {
    const r = replayTeam(canteen, settings, []);
    if (!r.ok) throw new Error(r.reason);
    expect(r.session.played.map((p) => p.round)).toEqual([1]);
  });

  it('gets exactly the figures of the same rounds played by runRounds', () => {
    const kaizen = [[{ type: 'applyCard' as const, card: 'menu-board' }, { type: 'applyCard' as const, card: 'sort-hall' }], [{ type: 'applyCard' as const, card: 'card-payment' }]];
    const r = replayTeam(canteen, settings, kaizen);
    if (!r.ok) throw new Error(r.reason);
    const direct = runRounds(canteen, { seed: 7, rounds: 3, plan: { rounds: [[], ...kaizen] } });
    if (!direct.ok) throw new Error(direct.reason);
    expect(r.session.played.map((p) => p.metrics)).toEqual(direct.rounds.map((p) => p.metrics));
    expect(r.session.played[2]?.applied).toEqual(['menu-board', 'sort-hall', 'card-payment']);
  });

  it('gives byte-identical rounds every time it replays the same plan', () => {
    const kaizen = [[{ type: 'applyCard' as const, card: 'queue-marking' }], [{ type: 'moveStation' as const, station: 'return', x: 3, y: 10 }]];
    const first = replayTeam(canteen, settings, kaizen);
    const second = replayTeam(loadLevel('levels/canteen.json'), { ...settings }, JSON.parse(JSON.stringify(kaizen)) as typeof kaizen);
    if (!first.ok || !second.ok) throw new Error('the plan should replay');
    expect(JSON.stringify(second.session.played)).toBe(JSON.stringify(first.session.played));
  });

  it('refuses a card the lesson budget cannot pay for, naming the phase and the command', () => {
    const r = replayTeam(canteen, { ...settings, budgetPerRound: 1 }, [[{ type: 'applyCard', card: 'menu-board' }, { type: 'applyCard', card: 'card-payment' }]]);
    expect(r).toEqual({ ok: false, reason: 'card "card-payment" costs 2, but only 0 points are left', phase: 0, index: 1 });
  });

  it('refuses more kaizen phases than the lesson has gaps between rounds', () => {
    const r = replayTeam(canteen, settings, [[], [], []]);
    expect(r).toEqual({ ok: false, reason: 'the plan has 3 kaizen phases, but a lesson of 3 rounds has at most 2', phase: 2, index: -1 });
  });
});
