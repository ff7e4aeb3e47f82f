/** Writes levels/level.schema.json from the zod definition (`npm run schema`). */
import { writeFileSync } from 'node:fs';
import { levelJsonSchema } from '../sim/level/json-schema';

const file = new URL('../../levels/level.schema.json', import.meta.url);
writeFileSync(file, `${JSON.stringify(levelJsonSchema(), null, 2)}\n`);
console.log(`wrote ${file.pathname}`);
