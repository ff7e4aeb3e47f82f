import { afterEach, describe, expect, it, vi } from 'vitest';
import { listLevels } from '../../src/ui/levels';

const level = (id: string) => ({ id, title: { ru: `Уровень ${id}`, en: `Level ${id}` }, extra: 1 });

describe('listLevels', () => {
  afterEach(() => vi.restoreAllMocks());

  it('keeps id and titles, ordered by id with numbers in natural order', () => {
    const levels = listLevels({ '/levels/b.json': level('10'), '/levels/a.json': level('2') });
    expect(levels).toEqual([
      { id: '2', title: { ru: 'Уровень 2', en: 'Level 2' } },
      { id: '10', title: { ru: 'Уровень 10', en: 'Level 10' } },
    ]);
  });

  it('skips files without a usable title and warns instead of throwing', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const levels = listLevels({ '/levels/bad.json': { id: 'x', title: { ru: 'Только русский' } }, '/levels/ok.json': level('1') });
    expect(levels.map((l) => l.id)).toEqual(['1']);
    expect(warn).toHaveBeenCalledOnce();
  });

  it('is empty when there are no level files', () => {
    expect(listLevels({})).toEqual([]);
  });
});
