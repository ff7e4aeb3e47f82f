/** The published JSON Schema of the level format, generated from the zod definition. */
import { z } from 'zod';
import { level } from './schema';

export function levelJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(level, { io: 'input', target: 'draft-2020-12' }) as Record<string, unknown>;
  return {
    ...schema,
    $id: 'level.schema.json',
    title: 'Mini Process Factory level',
    description: 'A school process as data: floor plan, stations, routes, arrivals, improvement cards. See levels/README.md.',
  };
}
