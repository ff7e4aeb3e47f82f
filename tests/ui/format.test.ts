import { describe, expect, it } from 'vitest';
import { Format, relativeChange } from '../../src/ui/format';
import { fill, plural } from '../../src/ui/i18n';

describe('formatting for the classroom', () => {
  it('writes Russian numbers with a decimal comma and English ones with a point', () => {
    expect(new Format('ru').num(19.9)).toBe('19,9');
    expect(new Format('en').num(19.9)).toBe('19.9');
    expect(new Format('ru').minutes(1194)).toBe('19,9 мин');
  });

  it('shows the simulated clock as a time of day, wrapping past midnight', () => {
    const f = new Format('ru');
    expect(f.timeOfDay(40800)).toBe('11:20:00');
    expect(f.timeOfDay(40800 + 125.7)).toBe('11:22:05');
    expect(f.timeOfDay(86400 + 61)).toBe('00:01:01');
  });

  it('signs changes and percentage points', () => {
    const f = new Format('en');
    expect(f.signedPct(-0.25)).toBe('−25%');
    expect(f.signedPoints(0.15)).toBe('+15 pp');
    expect(relativeChange(0, 0)).toBe(0);
    expect(relativeChange(0, 3)).toBeUndefined();
    expect(relativeChange(4, 3)).toBeCloseTo(-0.25);
  });

  it('uses Russian plural forms for points', () => {
    expect(plural('ru', 'points', 1)).toBe('1 очко');
    expect(plural('ru', 'points', 3)).toBe('3 очка');
    expect(plural('ru', 'points', 5)).toBe('5 очков');
    expect(plural('en', 'points', 1)).toBe('1 point');
    expect(new Format('ru').points(Infinity)).toBe('без ограничений');
  });

  it('leaves an unknown placeholder visible', () => {
    expect(fill('{a} and {b}', { a: 1 })).toBe('1 and {b}');
  });
});
