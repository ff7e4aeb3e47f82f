import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadLevelFiles } from '../../src/app/level-registry';

// What the menu is given: every level file, a broken one kept with its problems.
const canteen = JSON.parse(readFileSync(new URL('../../levels/canteen.json', import.meta.url), 'utf8')) as Record<string, unknown>;

describe('level files as the menu sees them', () => {
  it('keeps a good level, and a broken one with its problems instead of dropping it', () => {
    const entries = loadLevelFiles({
      '/levels/canteen.json': canteen,
      '/levels/broken.json': { ...canteen, id: 'broken', maxTime: 'soon' },
      '/levels/level.schema.json': { $schema: 'x' },
    });
    expect(entries.map((e) => [e.id, e.ok])).toEqual([
      ['broken', false],
      ['canteen', true],
    ]);
    const broken = entries[0];
    if (broken?.ok !== false) throw new Error('expected a broken entry');
    expect(broken.issues.some((i) => i.path === '$.maxTime')).toBe(true);
  });

  it('is empty when there are no level files', () => {
    expect(loadLevelFiles({})).toEqual([]);
  });
});
