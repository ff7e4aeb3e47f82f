import { describe, expect, it } from 'vitest';
import { GameController } from '../../../src/app/game-controller';
import { JOINED_KEY, loadJoined, saveJoined } from '../../../src/app/lesson/joined-save';
import { resumeJoined } from '../../../src/app/lesson/resume-joined';
import { autosaveJoined } from '../../../src/app/lesson/joined-autosave';
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

describe("a joined lesson's round on the floor, across a reload", () => {
  /** A pupil's game of team 3, with its saves counted and a simulated clock. */
  function pupil() {
    const storage = memoryStorage();
    let writes = 0;
    const counted = { ...storage, setItem: (k: string, v: string) => (writes++, storage.setItem(k, v)) };
    let now = 0;
    const game = new GameController();
    const autosave = autosaveJoined(game, counted, { now: () => now, iso: () => '2026-11-23T10:00:00.000Z' });
    game.startLevel(canteen, { rounds: 3, seed: 7, lesson: settings, lessonTeam: 2 });
    const tick = (ms: number): void => {
      now += ms;
      game.tick(ms);
    };
    return { storage, game, tick, autosave, writes: () => writes };
  }

  it('is saved once a second of playback has run, and at once on pause, speed or a step', () => {
    const p = pupil();
    p.game.next(); // round 1
    const atStart = p.writes();
    expect(loadJoined(p.storage)?.playback).toEqual({ phase: 'round', t: 0, speed: 1, paused: false });
    for (let i = 0; i < 62; i++) p.tick(16);
    expect(p.writes()).toBe(atStart);
    p.tick(16);
    expect(p.writes()).toBe(atStart + 1);
    expect(loadJoined(p.storage)?.playback).toEqual({ phase: 'round', t: p.game.view.clock.t, speed: 1, paused: false });
    p.game.setSpeed(4);
    expect(loadJoined(p.storage)?.playback).toEqual({ phase: 'round', t: p.game.view.clock.t, speed: 4, paused: false });
    p.game.step(2);
    expect(loadJoined(p.storage)?.playback).toEqual({ phase: 'round', t: p.game.view.clock.t, speed: 4, paused: true });
    expect(loadJoined(p.storage)?.team).toBe(2);
  });

  it('goes on after a reload from the same second, speed and pause, as the same team, and then to its results and the next kaizen', () => {
    const p = pupil();
    p.game.next(); // round 1
    p.tick(1500);
    p.game.setSpeed(2);
    p.game.togglePause();
    const at = p.game.view.clock;
    const saved = loadJoined(p.storage);
    if (!saved) throw new Error('nothing saved');
    const again = new GameController();
    expect(resumeJoined(again, canteen, saved)).toEqual({ ok: true });
    expect([again.view.phase, again.view.clock, again.view.lesson]).toEqual(['round', at, { settings, kaizen: [], team: 2 }]);
    expect(again.view.timeline?.duration).toBe(p.game.view.timeline?.duration);
    again.skipToResults();
    expect(again.view.phase).toBe('results');
    again.next();
    expect([again.view.phase, again.view.session?.played.length]).toEqual(['kaizen', 1]);
  });

  it("shown at its results before the reload, shows them again after it, with every round's map", () => {
    const p = pupil();
    p.game.next(); // round 1
    p.game.skipToResults();
    p.game.next(); // kaizen 1
    p.game.apply({ type: 'applyCard', card: 'card-payment' });
    p.game.next(); // round 2
    p.game.skipToResults();
    const saved = loadJoined(p.storage);
    expect(saved?.playback?.phase).toBe('results');
    const again = new GameController();
    expect(resumeJoined(again, canteen, saved as NonNullable<typeof saved>)).toEqual({ ok: true });
    expect([again.view.phase, again.view.session?.played.length, again.view.valueStreams.length, again.view.lesson?.kaizen]).toEqual(['results', 2, 2, plan]);
    expect(again.view.previousTimeline?.duration).toBe(p.game.view.previousTimeline?.duration);
  });

  it('saved in a kaizen, continues at that kaizen as before', () => {
    const p = pupil();
    p.game.next();
    p.game.skipToResults();
    p.game.next(); // kaizen 1
    expect(loadJoined(p.storage)?.playback).toBeUndefined();
    p.autosave.stop();
  });
});
