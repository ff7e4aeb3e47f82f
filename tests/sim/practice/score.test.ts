import { describe, expect, it } from 'vitest';
import { ask, buildTimeline, practiceScore, simulateRound, type PracticeQuestion } from '../../../src/sim';
import { loadLevel } from '../helpers';

const tl = buildTimeline(simulateRound(loadLevel('levels/canteen.json'), 1, true).run);

describe('grading an answer', () => {
  it('is right when it names the bucket the ledger books at that moment', () => {
    expect(ask(tl, 300, { kind: 'unit', unit: 30 }, 'waiting')?.correct).toBe(true);
    expect(ask(tl, 300, { kind: 'unit', unit: 30 }, 'motion')?.correct).toBe(false);
  });

  it('keeps the time, the target and the answer it graded', () => {
    const q = ask(tl, 300, { kind: 'unit', unit: 30 }, 'motion');
    expect([q?.t, q?.target, q?.answer, q?.observation.bucket]).toEqual([300, { kind: 'unit', unit: 30 }, 2, 1]);
  });

  it('asks nothing where there is nothing to judge, and refuses an answer that is not a bucket', () => {
    expect(ask(tl, 300, { kind: 'tile', x: 1, y: 2 }, 'waiting')).toBeUndefined();
    expect(() => ask(tl, 300, { kind: 'unit', unit: 30 }, 9)).toThrow('not a bucket: 9');
  });
});

describe('the score by waste type (four looks at t = 300 s)', () => {
  const questions = [
    ask(tl, 300, { kind: 'unit', unit: 30 }, 'waiting'),
    ask(tl, 300, { kind: 'tile', x: 16, y: 2 }, 'value'),
    ask(tl, 300, { kind: 'tile', x: 2, y: 10 }, 'unusedSkills'),
    ask(tl, 300, { kind: 'tile', x: 3, y: 2 }, 'motion'),
  ] as PracticeQuestion[];
  const score = practiceScore(tl, questions);
  const row = (b: string) => {
    const r = score.buckets.find((x) => x.bucket === b);
    return r && [r.found, r.wrong, r.missed, r.present, r.namedWrongly];
  };

  it('counts three right of four, at one moment', () => {
    expect([score.questions, score.correct, score.moments]).toEqual([4, 3, 1]);
  });

  it('waiting: one found, the other 29 queueing pupils on the floor then were missed', () => {
    expect(row('waiting')).toEqual([1, 0, 29, 30, 0]);
  });

  it('overprocessing: the paper-list check was named value (wrong), the second one at the line missed', () => {
    expect(row('overprocessing')).toEqual([0, 1, 1, 2, 0]);
    expect(row('value')).toEqual([0, 0, 18, 18, 1]);
  });

  it('motion: the clutter found, the six walking or searching pupils missed; unused skills: the idle return desk found', () => {
    expect(row('motion')).toEqual([1, 0, 6, 7, 0]);
    expect(row('unusedSkills')).toEqual([1, 0, 0, 1, 0]);
    expect(row('defects')).toEqual([0, 0, 0, 0, 0]);
  });

  it('names overprocessing as the waste overlooked: present, never found', () => {
    expect(score.overlooked).toEqual(['overprocessing']);
  });

  it('gives each bucket its share of the round\'s booked person-time, adding up to one', () => {
    const total = score.buckets.reduce((a, r) => a + r.roundShare, 0);
    expect(total).toBeCloseTo(1, 12);
    expect(score.buckets.find((r) => r.bucket === 'waiting')?.roundShare).toBeGreaterThan(0.3);
  });

  it('counts a second look at another moment separately, and nothing at all for no questions', () => {
    const later = practiceScore(tl, [...questions, ask(tl, 600, { kind: 'unit', unit: 16 }, 'defects') as PracticeQuestion]);
    expect(later.moments).toBe(2);
    expect(later.buckets.find((r) => r.bucket === 'defects')?.found).toBe(1);
    const none = practiceScore(tl, []);
    expect([none.questions, none.moments, none.overlooked, none.buckets.every((r) => r.present === 0)]).toEqual([0, 0, [], true]);
  });
});
