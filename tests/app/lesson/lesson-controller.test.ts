import { describe, expect, it } from 'vitest';
import { LessonController } from '../../../src/app/lesson/lesson-controller';
import type { LessonRecord } from '../../../src/app/lesson/lesson-record';
import { createLessonRecord, DEFAULT_TIMERS } from '../../../src/app/lesson/new-lesson';
import { replayTeam } from '../../../src/sim/lesson';
import { lessonLevel } from '../../../src/sim/lesson';
import { loadLevel } from '../../sim/helpers';

const canteen = loadLevel('levels/canteen.json');

function newRecord(): LessonRecord {
  return createLessonRecord(
    {
      level: canteen,
      title: '7Б',
      seed: 7,
      rounds: 3,
      budgetPerRound: 4,
      timers: DEFAULT_TIMERS,
      teams: [
        { name: 'Альфа', mode: 'projector' },
        { name: 'Бета', mode: 'projector' },
        { name: 'Гамма', mode: 'own-computer' },
      ],
      lang: 'ru',
    },
    'lesson-1',
    '2026-11-23T10:00:00.000Z',
  );
}

function open(record = newRecord()) {
  const saves: LessonRecord[] = [];
  const r = LessonController.open(record, { saver: { save: (rec) => (saves.push(structuredClone(rec)), { ok: true }) }, now: () => '2026-11-23T10:05:00.000Z' });
  if (!r.ok) throw new Error(r.reason);
  return { lesson: r.lesson, saves };
}

const settings = { levelId: 'canteen', seed: 7, rounds: 3, budgetPerRound: 4 };
const waste = (rounds: readonly { metrics: { totalWasteMinutes: number } }[]) => rounds.map((r) => r.metrics.totalWasteMinutes);

describe('the lesson controller', () => {
  it('opens a new lesson at the briefing with no figures on the board', () => {
    const { lesson } = open();
    expect([lesson.phase, lesson.round, lesson.boardRounds]).toEqual(['briefing', 0, 0]);
    expect(lesson.teamRounds(0)).toEqual({ rounds: [], waiting: false });
    expect(lesson.game.view.phase).toBe('briefing');
  });

  it('saves after every phase change, with the phase and round in the record', () => {
    const { lesson, saves } = open();
    lesson.next();
    lesson.next();
    expect(saves.map((s) => [s.progress.phase, s.progress.round])).toEqual([
      ['round', 1],
      ['analysis', 1],
    ]);
    expect(saves[1]?.updatedAt).toBe('2026-11-23T10:05:00.000Z');
  });

  it('shows the active team its round on the floor in a round, and every team the same round 1', () => {
    const { lesson } = open();
    lesson.next();
    expect(lesson.game.view.phase).toBe('round');
    expect(lesson.game.view.session?.played.length).toBe(1);
    const firstWaste = waste(lesson.teamRounds(0).rounds);
    expect(waste(lesson.teamRounds(1).rounds)).toEqual(firstWaste);
    // Round 1 is the current state: an own-computer team has it without any plan code.
    expect(lesson.teamRounds(2)).toMatchObject({ waiting: false });
    expect(waste(lesson.teamRounds(2).rounds)).toEqual(firstWaste);
  });

  it('keeps each projector team\'s kaizen apart and saves every applied card', () => {
    const { lesson, saves } = open();
    lesson.next(); // round 1
    lesson.next(); // analysis 1
    lesson.next(); // kaizen 1
    expect(lesson.game.view.phase).toBe('kaizen');
    expect(lesson.game.apply({ type: 'applyCard', card: 'menu-board' })).toBe(true);
    expect(saves.at(-1)?.teams.map((t) => t.kaizen)).toEqual([[[{ type: 'applyCard', card: 'menu-board' }]], [[]], []]);
    lesson.selectTeam(1);
    expect(lesson.game.view.session?.phaseCommands).toEqual([]);
    expect(lesson.game.apply({ type: 'applyCard', card: 'second-till' })).toBe(true);
    lesson.selectTeam(0);
    expect(lesson.game.view.session?.phaseCommands).toEqual([{ type: 'applyCard', card: 'menu-board' }]);
    expect(lesson.game.takeBack(0)).toBe(true);
    expect(lesson.record.teams[0]?.kaizen).toEqual([[]]);
  });

  it('replays each team\'s round 2 from its own plan, exactly as the core does', () => {
    const { lesson } = open();
    lesson.next();
    lesson.next();
    lesson.next();
    lesson.game.apply({ type: 'applyCard', card: 'menu-board' });
    lesson.next(); // round 2
    const own = replayTeam(lessonLevel(canteen, settings), settings, [[{ type: 'applyCard', card: 'menu-board' }]]);
    if (!own.ok) throw new Error(own.reason);
    expect(waste(lesson.teamRounds(0).rounds)).toEqual(waste(own.session.played));
    expect(lesson.teamRounds(2)).toMatchObject({ waiting: true });
    expect(lesson.teamRounds(2).rounds).toHaveLength(1);
  });

  it('takes an own-computer team\'s plan and puts its rounds on the board', () => {
    const { lesson } = open();
    lesson.next();
    lesson.next();
    lesson.next();
    const plan = [[{ type: 'applyCard' as const, card: 'card-payment' }]];
    expect(lesson.acceptPlan(2, plan)).toEqual({ ok: true });
    lesson.next(); // round 2
    const own = replayTeam(lessonLevel(canteen, settings), settings, plan);
    if (!own.ok) throw new Error(own.reason);
    expect(lesson.teamRounds(2)).toMatchObject({ waiting: false });
    expect(waste(lesson.teamRounds(2).rounds)).toEqual(waste(own.session.played));
  });

  it("files a plan code under the team it names, an old code under the box's team, and refuses one naming a team that sends no codes", () => {
    const { lesson } = open();
    expect(lesson.planOwner(1, 2)).toEqual({ ok: true, team: 2 });
    expect(lesson.planOwner(2, undefined)).toEqual({ ok: true, team: 2 });
    expect(lesson.planOwner(2, 0)).toEqual({ ok: false, problem: 'projectorTeam', team: 0 });
    expect(lesson.planOwner(2, 7)).toEqual({ ok: false, problem: 'noSuchTeam', team: 7 });
    expect(lesson.planOwner(0, undefined)).toEqual({ ok: false, problem: 'projectorTeam', team: 0 });
  });

  it('refuses a plan that does not replay, and keeps the team as it was', () => {
    const { lesson } = open();
    const r = lesson.acceptPlan(2, [[{ type: 'applyCard', card: 'second-server' }, { type: 'applyCard', card: 'card-payment' }]]);
    expect(r.ok).toBe(false);
    expect(lesson.record.teams[2]?.kaizen).toEqual([]);
  });

  it('refuses a code that rewrites an own-computer team\'s round the class has analysed, and takes one that extends it', () => {
    const { lesson } = open();
    lesson.next();
    lesson.next();
    lesson.next(); // kaizen 1
    const first = [{ type: 'applyCard' as const, card: 'card-payment' }];
    expect(lesson.acceptPlan(2, [first])).toEqual({ ok: true });
    lesson.next(); // round 2
    lesson.next(); // analysis 2: round 2 is final
    const other = lesson.acceptPlan(2, [[{ type: 'applyCard', card: 'menu-board' }], []]);
    expect(other).toMatchObject({ ok: false, changesRound: 2 });
    expect(lesson.record.teams[2]?.kaizen).toEqual([first]);
    expect(lesson.acceptPlan(2, [first, [{ type: 'applyCard', card: 'menu-board' }]])).toEqual({ ok: true });
  });

  it('shows the team on show its own results in the analysis when asked, and the board again on the next phase', () => {
    const { lesson } = open();
    lesson.next();
    lesson.next(); // analysis 1
    expect(lesson.teamResults).toBe(false);
    lesson.showTeamResults(true);
    expect([lesson.teamResults, lesson.game.view.phase, lesson.game.view.session?.played.length]).toEqual([true, 'results', 1]);
    lesson.next(); // kaizen 1
    expect(lesson.teamResults).toBe(false);
    lesson.showTeamResults(true);
    expect(lesson.teamResults).toBe(false);
  });

  it('resumes a saved lesson in the same phase with the same figures', () => {
    const { lesson, saves } = open();
    lesson.next();
    lesson.next();
    lesson.next();
    lesson.game.apply({ type: 'applyCard', card: 'menu-board' });
    lesson.next(); // round 2
    lesson.tick(3000);
    const saved = saves.at(-1) as LessonRecord;
    const again = open(saved).lesson;
    expect([again.phase, again.round]).toEqual(['round', 2]);
    expect(waste(again.teamRounds(0).rounds)).toEqual(waste(lesson.teamRounds(0).rounds));
    expect(waste(again.teamRounds(1).rounds)).toEqual(waste(lesson.teamRounds(1).rounds));
  });

  it('counts the phase timer down with the ticks and keeps it paused when told', () => {
    const { lesson } = open();
    lesson.tick(2000);
    expect(lesson.timer.leftMs).toBe(DEFAULT_TIMERS.briefing * 1000 - 2000);
    lesson.togglePause();
    lesson.tick(2000);
    expect(lesson.timer).toMatchObject({ leftMs: DEFAULT_TIMERS.briefing * 1000 - 2000, paused: true });
    lesson.extend();
    expect(lesson.timer.leftMs).toBe(DEFAULT_TIMERS.briefing * 1000 - 2000 + 60_000);
  });

  it('replays the best plan\'s last round on the floor in the debrief, again and again', () => {
    const { lesson } = open();
    for (let i = 0; i < 3; i++) lesson.next(); // kaizen 1
    lesson.game.apply({ type: 'applyCard', card: 'menu-board' });
    for (let i = 0; i < 6; i++) lesson.next(); // debrief
    expect(lesson.phase).toBe('debrief');
    const best = lesson.bestTeam();
    expect(best === 0 || best === 1).toBe(true);
    const view = lesson.game.view;
    expect([view.phase, view.session?.played.length, view.session?.played[2]?.applied]).toEqual(['round', 3, best === 0 ? ['menu-board'] : []]);
    const duration = view.timeline?.duration ?? 0;
    for (let t = 0; t < 200 && lesson.game.view.clock.t < duration * 0.9; t++) lesson.tick(250);
    for (let t = 0; t < 200 && lesson.game.view.clock.t > duration * 0.5; t++) lesson.tick(250);
    expect(lesson.game.view.phase).toBe('round');
    expect(lesson.game.view.clock.t).toBeLessThan(duration * 0.5);
    expect(lesson.teamDebrief(0)?.cards.map((c) => c.card)).toEqual(['menu-board']);
    expect(lesson.teamDebrief(2)).toBeUndefined();
    // Many rounds simulated (three teams, the card's worth): slow on a busy two-core machine, not wrong.
  }, 30_000);

  it('names the team with the least waste in the last round as the best', () => {
    const { lesson } = open();
    lesson.next();
    lesson.next();
    lesson.next();
    lesson.selectTeam(1);
    lesson.game.apply({ type: 'applyCard', card: 'second-till' });
    lesson.game.apply({ type: 'applyCard', card: 'menu-board' });
    lesson.next();
    const wastes = [0, 1, 2].map((t) => lesson.teamRounds(t).rounds[1]?.metrics.totalWasteMinutes ?? Infinity);
    expect(lesson.bestTeam()).toBe(wastes.indexOf(Math.min(...wastes)));
  });
});

describe('a round on the floor, across a reload', () => {
  /** A lesson at round 1, the first team's round on the floor. */
  function inRound() {
    const o = open();
    o.lesson.next();
    return o;
  }
  const reopen = (record: LessonRecord) => open(structuredClone(record)).lesson;

  it('is saved once a second of playback has run, not every frame', () => {
    const { lesson, saves } = inRound();
    const before = saves.length;
    for (let i = 0; i < 59; i++) lesson.tick(16);
    expect(saves.length).toBe(before);
    lesson.tick(60);
    expect(saves.length).toBe(before + 1);
    const playback = saves.at(-1)?.progress.playback;
    expect(playback?.t).toBe(lesson.game.view.clock.t);
    expect(playback?.t).toBeGreaterThan(0);
    expect([playback?.speed, playback?.paused]).toEqual([1, false]);
  });

  it('is saved at once when the teacher pauses, changes the speed or steps', () => {
    const { lesson, saves } = inRound();
    lesson.tick(300);
    lesson.game.setSpeed(4);
    expect(saves.at(-1)?.progress.playback).toEqual({ t: lesson.game.view.clock.t, speed: 4, paused: false });
    lesson.game.togglePause();
    expect(saves.at(-1)?.progress.playback).toEqual({ t: lesson.game.view.clock.t, speed: 4, paused: true });
    lesson.game.step(3);
    expect(saves.at(-1)?.progress.playback).toEqual({ t: lesson.game.view.clock.t, speed: 4, paused: true });
  });

  it('goes on after a reload from where it stood: the same simulated time, speed and pause', () => {
    const { lesson } = inRound();
    lesson.tick(2500);
    lesson.game.setSpeed(2);
    lesson.game.togglePause();
    const at = lesson.game.view.clock;
    expect(at.t).toBeGreaterThan(0);
    const again = reopen(lesson.record);
    expect(again.game.view.phase).toBe('round');
    expect(again.game.view.clock).toEqual({ t: at.t, speed: 2, paused: true });
    // Running again, it goes on from there.
    again.game.togglePause();
    again.tick(100);
    expect(again.game.view.clock.t).toBeGreaterThan(at.t);
  });

  it('played to its end before the reload, shows its results after it', () => {
    const { lesson } = inRound();
    lesson.game.skipToResults();
    expect(lesson.record.progress.playback.t).toBe(lesson.game.view.timeline?.duration);
    const again = reopen(lesson.record);
    expect(again.game.view.phase).toBe('results');
    expect(again.game.view.clock.t).toBe(again.game.view.timeline?.duration);
  });

  it('starts from the beginning for another team, and outside a round', () => {
    const { lesson, saves } = inRound();
    lesson.tick(2500);
    lesson.selectTeam(1);
    expect(saves.at(-1)?.progress.playback).toEqual({ t: 0, speed: 1, paused: false });
    lesson.tick(1200);
    lesson.next(); // analysis 1
    expect(saves.at(-1)?.progress.playback).toEqual({ t: 0, speed: 1, paused: false });
    expect(reopen(lesson.record).game.view.clock.t).toBe(0);
  });
});
