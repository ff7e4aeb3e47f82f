import { describe, expect, it } from 'vitest';
import { formatClock, parseClock } from '../../../src/app/editor/clock';

describe('times of day in the editor', () => {
  it('reads 11:20 and 11:20:30 as seconds after midnight, and a plain number as seconds', () => {
    expect(parseClock('11:20')).toBe(40800);
    expect(parseClock(' 8:05:30 ')).toBe(29130);
    expect(parseClock('3600')).toBe(3600);
    expect(parseClock('90,5')).toBe(90.5);
  });

  it('refuses what is not a time', () => {
    expect(parseClock('11:75')).toBeUndefined();
    expect(parseClock('noon')).toBeUndefined();
    expect(parseClock('')).toBeUndefined();
  });

  it('writes seconds as HH:MM, with seconds only when needed, past 24 h for later days', () => {
    expect(formatClock(40800)).toBe('11:20');
    expect(formatClock(29130)).toBe('08:05:30');
    expect(formatClock(86400 + 3600)).toBe('25:00');
  });
});
