import { describe, expect, it } from 'vitest';
import { createLessonActor, EXTEND_MS, type LessonResume } from '../../../src/app/lesson/lesson.machine';
import type { LessonPhase } from '../../../src/app/lesson/lesson-record';

const timers: Record<LessonPhase, number> = { briefing: 120, round: 420, analysis: 300, kaizen: 300, debrief: 0 };

function lesson(rounds = 3, resume?: LessonResume) {
  const actor = createLessonActor({ rounds, timers }, resume).start();
  const state = () => {
    const s = actor.getSnapshot();
    return { phase: s.value, round: s.context.round, played: s.context.played, left: s.context.timerLeftMs, paused: s.context.timerPaused };
  };
  return { actor, state, send: (...types: ('NEXT' | 'BACK' | 'PAUSE' | 'RESUME' | 'EXTEND')[]) => types.forEach((type) => actor.send({ type })) };
}

describe('the lesson machine', () => {
  it('starts a new lesson at the briefing with the briefing timer full', () => {
    expect(lesson().state()).toEqual({ phase: 'briefing', round: 0, played: 0, left: 120_000, paused: false });
  });

  it('goes briefing → round 1 → analysis 1 → kaizen 1 → round 2, each phase with its own timer', () => {
    const l = lesson();
    l.send('NEXT');
    expect(l.state()).toEqual({ phase: 'round', round: 1, played: 0, left: 420_000, paused: false });
    l.send('NEXT');
    expect(l.state()).toEqual({ phase: 'analysis', round: 1, played: 1, left: 300_000, paused: false });
    l.send('NEXT');
    expect(l.state()).toEqual({ phase: 'kaizen', round: 1, played: 1, left: 300_000, paused: false });
    l.send('NEXT');
    expect(l.state()).toEqual({ phase: 'round', round: 2, played: 1, left: 420_000, paused: false });
  });

  it('goes from the last analysis to the debrief, which has no timer and no next phase', () => {
    const l = lesson(3);
    l.send('NEXT', 'NEXT', 'NEXT', 'NEXT', 'NEXT', 'NEXT', 'NEXT', 'NEXT');
    expect(l.state()).toMatchObject({ phase: 'analysis', round: 3, played: 3 });
    l.send('NEXT');
    expect(l.state()).toEqual({ phase: 'debrief', round: 3, played: 3, left: 0, paused: false });
    l.send('NEXT');
    expect(l.state().phase).toBe('debrief');
  });

  it('plays as many rounds as the lesson has: five rounds give four kaizen phases', () => {
    const l = lesson(5);
    const phases: string[] = [];
    for (let i = 0; i < 20 && l.state().phase !== 'debrief'; i++) {
      l.send('NEXT');
      phases.push(`${String(l.state().phase)} ${l.state().round}`);
    }
    expect(phases.filter((p) => p.startsWith('kaizen'))).toEqual(['kaizen 1', 'kaizen 2', 'kaizen 3', 'kaizen 4']);
    expect(phases.filter((p) => p.startsWith('round'))).toEqual(['round 1', 'round 2', 'round 3', 'round 4', 'round 5']);
  });

  describe('going back one phase', () => {
    it('does nothing in the briefing', () => {
      const l = lesson();
      l.send('BACK');
      expect(l.state().phase).toBe('briefing');
    });

    it('returns from round 1 to the briefing', () => {
      const l = lesson();
      l.send('NEXT', 'BACK');
      expect(l.state()).toMatchObject({ phase: 'briefing', round: 0, left: 120_000 });
    });

    it('returns from an analysis to its round and from a kaizen to the analysis before it', () => {
      const l = lesson();
      l.send('NEXT', 'NEXT', 'NEXT');
      l.send('BACK');
      expect(l.state()).toMatchObject({ phase: 'analysis', round: 1, played: 1 });
      l.send('BACK');
      expect(l.state()).toMatchObject({ phase: 'round', round: 1, played: 1 });
    });

    it('returns from round 2 to kaizen 1 while round 2 has not been analysed', () => {
      const l = lesson();
      l.send('NEXT', 'NEXT', 'NEXT', 'NEXT');
      l.send('BACK');
      expect(l.state()).toMatchObject({ phase: 'kaizen', round: 1, played: 1 });
    });

    it('refuses to leave round 2 for kaizen 1 once round 2 has been analysed: its figures are final', () => {
      const l = lesson();
      l.send('NEXT', 'NEXT', 'NEXT', 'NEXT', 'NEXT');
      expect(l.state()).toMatchObject({ phase: 'analysis', round: 2, played: 2 });
      l.send('BACK', 'BACK');
      expect(l.state()).toMatchObject({ phase: 'round', round: 2, played: 2 });
    });

    it('returns from the debrief to the last analysis', () => {
      const l = lesson(3);
      l.send('NEXT', 'NEXT', 'NEXT', 'NEXT', 'NEXT', 'NEXT', 'NEXT', 'NEXT', 'NEXT', 'BACK');
      expect(l.state()).toMatchObject({ phase: 'analysis', round: 3, left: 300_000 });
    });
  });

  describe('the phase timer', () => {
    it('counts down by the simulated milliseconds it is given', () => {
      const l = lesson();
      l.actor.send({ type: 'TICK', ms: 1500 });
      l.actor.send({ type: 'TICK', ms: 500 });
      expect(l.state().left).toBe(118_000);
    });

    it('stands still while paused and runs again after resume', () => {
      const l = lesson();
      l.send('PAUSE');
      l.actor.send({ type: 'TICK', ms: 10_000 });
      expect(l.state()).toMatchObject({ left: 120_000, paused: true });
      l.send('RESUME');
      l.actor.send({ type: 'TICK', ms: 10_000 });
      expect(l.state()).toMatchObject({ left: 110_000, paused: false });
    });

    it('ignores ticks that are not a positive number of milliseconds', () => {
      const l = lesson();
      l.actor.send({ type: 'TICK', ms: -5000 });
      l.actor.send({ type: 'TICK', ms: Number.NaN });
      l.actor.send({ type: 'TICK', ms: 0 });
      expect(l.state().left).toBe(120_000);
    });

    it('keeps the phase when the time is up and counts the overtime', () => {
      const l = lesson();
      l.actor.send({ type: 'TICK', ms: 125_000 });
      expect(l.state()).toMatchObject({ phase: 'briefing', left: -5000 });
    });

    it('adds one minute on EXTEND, counted from zero when the time was already up', () => {
      const l = lesson();
      l.send('EXTEND');
      expect(l.state().left).toBe(120_000 + EXTEND_MS);
      l.actor.send({ type: 'TICK', ms: 200_000 });
      l.send('EXTEND');
      expect(l.state().left).toBe(EXTEND_MS);
    });

    it('starts the next phase from its full time and running, even if the last one was paused', () => {
      const l = lesson();
      l.send('PAUSE');
      l.actor.send({ type: 'TICK', ms: 5000 });
      l.send('NEXT');
      expect(l.state()).toMatchObject({ phase: 'round', left: 420_000, paused: false });
    });
  });

  describe('resuming a saved lesson', () => {
    it('stands exactly where the save stood: phase, round, timer', () => {
      const l = lesson(3, { phase: 'kaizen', round: 2, played: 2, timerLeftMs: 61_000, timerPaused: true });
      expect(l.state()).toEqual({ phase: 'kaizen', round: 2, played: 2, left: 61_000, paused: true });
      l.send('NEXT');
      expect(l.state()).toMatchObject({ phase: 'round', round: 3 });
    });

    it('keeps the rule that an analysed round is final across a reload', () => {
      const l = lesson(3, { phase: 'round', round: 2, played: 2, timerLeftMs: 1000, timerPaused: false });
      l.send('BACK');
      expect(l.state()).toMatchObject({ phase: 'round', round: 2 });
    });

    it('clamps a round beyond the lesson to its last round', () => {
      const l = lesson(3, { phase: 'analysis', round: 9, played: 9, timerLeftMs: 1000, timerPaused: false });
      expect(l.state()).toMatchObject({ phase: 'analysis', round: 3, played: 3 });
    });
  });
});
