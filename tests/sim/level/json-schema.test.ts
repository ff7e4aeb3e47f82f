import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { levelJsonSchema } from '../../../src/sim/level/json-schema';
import { LEVELS_DIR, levelFiles, readLevelFile } from './helpers';

describe('the published JSON Schema of the level format', () => {
  const file = readFileSync(`${LEVELS_DIR}level.schema.json`, 'utf8');

  it('levels/level.schema.json is exactly what the zod definition generates', () => {
    // The same text `npm run schema` writes (src/cli/write-schema.ts).
    const generated = `${JSON.stringify(levelJsonSchema(), null, 2)}\n`;
    expect(file, 'levels/level.schema.json is out of date with src/sim/level/schema.ts: run `npm run schema`').toBe(
      generated,
    );
  });

  it('is a draft 2020-12 schema for a strict object with the level fields required', () => {
    const schema = JSON.parse(file) as Record<string, unknown>;
    expect(schema).toMatchObject({
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      $id: 'level.schema.json',
      type: 'object',
      additionalProperties: false,
    });
    expect(schema.required).toEqual(
      expect.arrayContaining(['version', 'id', 'title', 'briefing', 'maxTime', 'floor', 'spots', 'stations', 'entities', 'valueMeasure']),
    );
  });
});

describe('every shipped level file', () => {
  it.each(levelFiles)('%s points its editor at "./level.schema.json"', (name) => {
    expect(readLevelFile(name)).toHaveProperty('$schema', './level.schema.json');
  });
});
