/** The value-stream map's words: titles by round, durations in the unit that reads best, names broken into lines. */
import { describe, expect, it } from 'vitest';
import { Format } from '../../src/ui/format';
import { duration, mapTitle, wrap } from '../../src/ui/widgets/value-stream';

describe('the value-stream map', () => {
  it('is the current-state map in round 1, the target-state map in the last round, a round map between', () => {
    expect(mapTitle('ru', 1, 4)).toBe('Карта текущего состояния');
    expect(mapTitle('ru', 2, 4)).toBe('Карта раунда 2');
    expect(mapTitle('ru', 4, 4)).toBe('Карта целевого состояния');
    expect(mapTitle('en', 1, 2)).toBe('Current-state map');
    expect(mapTitle('en', 3, 4)).toBe('Round 3 map');
    expect(mapTitle('en', 2, 2)).toBe('Target-state map');
  });

  it('writes a duration in seconds, minutes, hours or days', () => {
    const ru = new Format('ru');
    const en = new Format('en');
    expect(duration('ru', ru, 0)).toBe('0 с');
    expect(duration('ru', ru, 4.25)).toBe('4,3 с');
    expect(duration('ru', ru, 45)).toBe('45 с');
    expect(duration('ru', ru, 297)).toBe('5,0 мин');
    expect(duration('en', en, 5 * 3600)).toBe('5.0 h');
    expect(duration('en', en, 3 * 86400)).toBe('3.0 d');
  });

  it('breaks a step name into lines, a long word with a hyphen, and keeps it whole when it fits', () => {
    expect(wrap('Помыть руки', 200, 13, true, 4)).toEqual(['Помыть руки']);
    expect(wrap('Помыть руки', 50, 13, true, 4)).toEqual(['Помыть', 'руки']);
    expect(wrap('Оформить по прошлогоднему образцу', 60, 13, true, 6)).toEqual(['Оформить', 'по', 'прошло-', 'годнему', 'образцу']);
    expect(wrap('Лишние экземпляры', 60, 13, true, 6)).toEqual(['Лишние', 'экзем-', 'пляры']);
    expect(wrap('прошлогоднему', 200, 13, true, 4)).toEqual(['прошлогоднему']);
    // A word with a hyphen of its own breaks after it.
    expect(wrap('Dish-return window', 40, 11.5, true, 4)).toEqual(['Dish-', 'return', 'window']);
    // Past the last line allowed, the rest shares it, its words whole again.
    expect(wrap('Оформить по прошлогоднему образцу', 60, 13, true, 3)).toEqual(['Оформить', 'по', 'прошлогоднему образцу']);
  });
});
