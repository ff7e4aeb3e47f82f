import { describe, expect, it } from 'vitest';
import { ask, buildTimeline, parseLevel, simulateRound, type Level, type PracticeQuestion } from '../../src/sim';
import { Format } from '../../src/ui/format';
import { tr, type Lang, type MessageKey, type Params } from '../../src/ui/i18n';
import type { Ctx } from '../../src/ui/screen';
import { explainText, subjectText, verdictText } from '../../src/ui/workshop/practice/explain';
import canteen from '../../levels/canteen.json';

const parsed = parseLevel(canteen);
if (!parsed.ok) throw new Error('the canteen must load');
const level: Level = parsed.level;
const tl = buildTimeline(simulateRound(level, 1, true).run);

/** Only what the explanation reads from the screen context. */
function ctxIn(lang: Lang): Ctx {
  return { lang, f: new Format(lang), t: (key: MessageKey, params?: Params) => tr(lang, key, params) } as unknown as Ctx;
}

describe('the words of a verdict (canteen, seed 1, 300 s in: 11:25:00)', () => {
  const q = ask(tl, 300, { kind: 'unit', unit: 30 }, 'waiting') as PracticeQuestion;
  const wrong = ask(tl, 300, { kind: 'tile', x: 16, y: 2 }, 'value') as PracticeQuestion;

  it('says who it is without giving the answer away', () => {
    expect(subjectText(ctxIn('ru'), tl, q.observation, undefined)).toBe('Ученик № 31');
    expect(subjectText(ctxIn('ru'), tl, wrong.observation, 3)).toBe('Ученик № 15 у станции «Касса»');
  });

  it('in Russian: right, waiting — the queue, since when, how many ahead, and why', () => {
    const ru = ctxIn('ru');
    expect(verdictText(ru, q)).toBe('Верно: ожидание.');
    expect(explainText(ru, tl, q.observation, q.t)).toEqual({
      what: 'Ученик № 31 стоит в очереди к «Линия раздачи» уже 73 с (с 11:23:46); впереди 14, обслуживают: 1.',
      why: 'Ожидание: время идёт, а с делом ничего не происходит — станция не успевает за приходящими.',
    });
  });

  it('in English: wrong, the paper-list check at the cash desk is overprocessing', () => {
    const en = ctxIn('en');
    expect(verdictText(en, wrong)).toBe('Not quite: you said “Value”, but this is overprocessing.');
    expect(explainText(en, tl, wrong.observation, wrong.t).why).toBe(
      'Overprocessing: work the customer does not need (checking a paper list, typing in data again).',
    );
  });
});
