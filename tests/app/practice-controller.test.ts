import { describe, expect, it } from 'vitest';
import { GameController } from '../../src/app/game-controller';
import { loadLevel } from '../sim/helpers';

const canteen = loadLevel('levels/canteen.json');

function practiceRound(): GameController {
  const c = new GameController();
  c.startLevel(canteen, { rounds: 1, seed: 1, practice: true });
  c.next(); // briefing → round
  return c;
}

describe('the game controller in practice mode', () => {
  it('keeps every graded answer, right or wrong, in the order given', () => {
    const c = practiceRound();
    const right = c.answerPractice({ kind: 'unit', unit: 30 }, 300, 'waiting');
    const wrong = c.answerPractice({ kind: 'tile', x: 16, y: 2 }, 300, 'value');
    expect([right?.correct, wrong?.correct]).toEqual([true, false]);
    expect(c.view.practice?.questions.map((q) => [q.t, q.observation.bucket, q.answer])).toEqual([
      [300, 1, 1],
      [300, 5, 0],
    ]);
  });

  it('keeps nothing where there is nothing to judge', () => {
    const c = practiceRound();
    expect(c.answerPractice({ kind: 'tile', x: 1, y: 2 }, 300, 'waiting')).toBeUndefined();
    expect(c.view.practice?.questions).toEqual([]);
  });

  it('pauses without toggling: a second pause leaves the round paused', () => {
    const c = practiceRound();
    c.pause();
    c.pause();
    expect(c.view.clock.paused).toBe(true);
  });

  it('grades nothing in an ordinary lesson, nor before the round starts', () => {
    const lesson = new GameController();
    lesson.startLevel(canteen, { rounds: 1, seed: 1 });
    lesson.next();
    expect(lesson.view.practice).toBeUndefined();
    expect(lesson.answerPractice({ kind: 'unit', unit: 30 }, 300, 'waiting')).toBeUndefined();

    const briefing = new GameController();
    briefing.startLevel(canteen, { rounds: 1, seed: 1, practice: true });
    expect(briefing.answerPractice({ kind: 'unit', unit: 30 }, 300, 'waiting')).toBeUndefined();
  });

  it('the score screen comes with the round\'s end, and the menu forgets the practice', () => {
    const c = practiceRound();
    c.answerPractice({ kind: 'unit', unit: 30 }, 300, 'waiting');
    c.skipToResults();
    expect([c.view.phase, c.view.practice?.questions.length]).toEqual(['results', 1]);
    c.toMenu();
    expect(c.view.practice).toBeUndefined();
  });
});
