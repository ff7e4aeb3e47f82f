import { describe, expect, it } from 'vitest';
import { GameController } from '../../../src/app/game-controller';
import { JOINED_KEY, loadJoined, saveJoined } from '../../../src/app/lesson/joined-save';
import { resumeJoined } from '../../../src/app/lesson/resume-joined';
import { memoryStorage } from '../../../src/ui/lesson/storage';
import { loadLevel } from '../../sim/helpers';

const canteen = loadLevel('levels/canteen.json');
const settings = { levelId: 'canteen', seed: 7, rounds: 3, budgetPerRound: 4 };
const plan = [[{ type: 'applyCard' as const, card: 'card-payment' }]];

describe('a lesson joined at a pupil\'s own computer', () => {
  it('is kept in the browser and read back as it was', () => {
    const storage = memoryStorage();
    expect(loadJoined(storage)).toBeUndefined();
    saveJoined(storage, { settings, kaizen: plan, savedAt: '2026-11-23T10:00:00.000Z' });
    expect(loadJoined(storage)).toEqual({ settings, kaizen: plan, savedAt: '2026-11-23T10:00:00.000Z' });
  });

  it('keeps the team its join code named, and reads a save from before teams (no team) as before', () => {
    const storage = memoryStorage();
    saveJoined(storage, { settings, kaizen: plan, team: 2, savedAt: '2026-11-23T10:00:00.000Z' });
    expect(loadJoined(storage)).toEqual({ settings, kaizen: plan, team: 2, savedAt: '2026-11-23T10:00:00.000Z' });
    storage.setItem(JOINED_KEY, JSON.stringify({ settings, kaizen: plan, team: 10, savedAt: 'x' }));
    expect(loadJoined(storage)).toBeUndefined();
  });

  it('plays as the team of the join code from the first round to the last, and continues as it after a reload', () => {
    const game = new GameController();
    game.startLevel(canteen, { rounds: 3, seed: 7, lesson: settings, lessonTeam: 2 });
    game.next(); // round 1
    game.skipToResults();
    game.next(); // kaizen 1
    game.next(); // round 2
    expect(game.view.lesson).toEqual({ settings, kaizen: [[]], team: 2 });
    const resumed = new GameController();
    expect(resumeJoined(resumed, canteen, { settings, kaizen: plan, team: 2, savedAt: '' })).toEqual({ ok: true });
    expect(resumed.view.lesson).toEqual({ settings, kaizen: plan, team: 2 });
  });

  it('is not offered when what is stored is damaged or foreign', () => {
    const storage = memoryStorage();
    for (const text of ['{"settings":', '{"hello":1}', JSON.stringify({ settings: { ...settings, rounds: 99 }, kaizen: [], savedAt: 'x' })]) {
      storage.setItem(JOINED_KEY, text);
      expect(loadJoined(storage)).toBeUndefined();
    }
  });

  it('continues at the next kaizen with the rounds replayed, keeping the kaizen phases for the plan code', () => {
    const game = new GameController();
    expect(resumeJoined(game, canteen, { settings, kaizen: plan, savedAt: '' })).toEqual({ ok: true });
    expect([game.view.phase, game.view.session?.played.length, game.view.lesson?.kaizen]).toEqual(['kaizen', 2, plan]);
    game.next(); // round 3
    expect(game.view.lesson?.kaizen).toEqual([...plan, []]);
  });

  it('keeps the changes of a kaizen phase under way, checked again as they are applied', () => {
    const game = new GameController();
    const pending = [{ type: 'applyCard' as const, card: 'no-such-card' }, { type: 'applyCard' as const, card: 'sort-hall' }];
    expect(resumeJoined(game, canteen, { settings, kaizen: plan, pending, savedAt: '' })).toEqual({ ok: true });
    expect(game.view.session?.phaseCommands).toEqual([{ type: 'applyCard', card: 'sort-hall' }]);
    game.next(); // round 3, with the pending change in force
    expect(game.view.lesson?.kaizen).toEqual([...plan, [{ type: 'applyCard', card: 'sort-hall' }]]);
  });

  it('continues at the debrief when every round was played', () => {
    const game = new GameController();
    expect(resumeJoined(game, canteen, { settings, kaizen: [...plan, []], savedAt: '' })).toEqual({ ok: true });
    expect([game.view.phase, game.view.session?.played.length, game.view.debrief !== undefined]).toEqual(['debrief', 3, true]);
  });

  it('refuses a plan that does not replay, and leaves the game as it was', () => {
    const game = new GameController();
    const r = resumeJoined(game, canteen, { settings, kaizen: [[{ type: 'applyCard', card: 'second-server' }, { type: 'applyCard', card: 'card-payment' }]], savedAt: '' });
    expect(r.ok).toBe(false);
    expect(game.view.phase).toBe('menu');
  });
});
