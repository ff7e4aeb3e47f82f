import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseLevel, type Level } from '../../src/sim';
import { compareHashOf, isCompareHash, readCompareHash } from '../../src/ui/workshop/compare/address';
import { EMPTY_PLAN, type PlanDraft } from '../../src/ui/workshop/compare/plans';

const root = path.resolve(import.meta.dirname, '../..');
function load(id: string): Level {
  const r = parseLevel(JSON.parse(readFileSync(path.join(root, `levels/${id}.json`), 'utf8')) as unknown);
  if (!r.ok) throw new Error(`${id} does not load`);
  return r.level;
}
const canteen = load('canteen');
const levels = [canteen, load('kindergarten')];
const planB: PlanDraft = {
  kind: 'built',
  commands: [
    { type: 'applyCard', card: 'menu-board' },
    { type: 'moveStation', station: 'return', x: 24, y: 10 },
  ],
};

describe('the compare page’s address', () => {
  it('holds the level, the number of runs and both plans as their commands, short and readable', () => {
    expect(compareHashOf(canteen, 30, EMPTY_PLAN, planB)).toBe('#compare/canteen/30/-/menu-board,return.24.10');
  });

  it('reads back to the same setup', () => {
    const read = readCompareHash('#compare/canteen/30/-/menu-board,return.24.10', levels);
    expect(read).toEqual({ ok: true, setup: { level: canteen, seedCount: 30, a: EMPTY_PLAN, b: planB } });
  });

  it('is read the same after the browser has %-escaped it', () => {
    const read = readCompareHash('#compare/canteen/50/sort-hall%2Ccutlery-first/-', levels);
    expect(read).toMatchObject({ ok: true, setup: { seedCount: 50, a: { kind: 'built', commands: [{ card: 'sort-hall' }, { card: 'cutlery-first' }] }, b: EMPTY_PLAN } });
  });

  it('cannot hold a plan fixed by a lesson (a level exactly as played)', () => {
    expect(compareHashOf(canteen, 30, { kind: 'fixed', level: canteen, applied: [], commands: [] }, EMPTY_PLAN)).toBeUndefined();
  });

  it('names a process the game no longer has as an old link', () => {
    expect(readCompareHash('#compare/library/30/-/-', levels)).toEqual({ ok: false, problem: { kind: 'level', id: 'library' } });
  });

  it('refuses a number of runs outside 10–200, or not a number', () => {
    expect(readCompareHash('#compare/canteen/5/-/-', levels)).toEqual({ ok: false, problem: { kind: 'seeds', text: '5' } });
    expect(readCompareHash('#compare/canteen/201/-/-', levels)).toEqual({ ok: false, problem: { kind: 'seeds', text: '201' } });
    expect(readCompareHash('#compare/canteen/3e1/-/-', levels)).toEqual({ ok: false, problem: { kind: 'seeds', text: '3e1' } });
  });

  it('refuses a plan the level refuses, with the core’s reason and the side', () => {
    expect(readCompareHash('#compare/canteen/30/-/cutlery-first', levels)).toEqual({
      ok: false,
      problem: { kind: 'plan', side: 'b', reason: 'card "cutlery-first" needs "sort-hall" first', level: canteen },
    });
    expect(readCompareHash('#compare/canteen/30/return.0.0/-', levels)).toMatchObject({ ok: false, problem: { kind: 'plan', side: 'a', reason: '(0, 0) is a wall' } });
  });

  it('calls anything else unreadable, never throwing', () => {
    for (const hash of ['#compare', '#compare/canteen', '#compare/canteen/30/-', '#compare/canteen/30/-/-/x', '#compare/canteen/30/Menu/-', '#compare/canteen/30/a.b.c/-', '#compare/%E0%A4%A/30/-/-', '#compare/canteen/30/,/-'])
      expect(readCompareHash(hash, levels)).toEqual({ ok: false, problem: { kind: 'format' } });
  });

  it('is told apart from the other parts of the game', () => {
    expect(isCompareHash('#compare/canteen/30/-/-')).toBe(true);
    expect(isCompareHash('#compare')).toBe(true);
    expect(isCompareHash('#comparex')).toBe(false);
    expect(isCompareHash('#editor')).toBe(false);
  });
});
