import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SIM = fileURLToPath(new URL('../../src/sim/', import.meta.url));

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

/** Lines of src/sim matching a pattern, as "file:line: text". */
function offending(pattern: RegExp): string[] {
  return files(SIM).flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .map((line, i) => ({ line, i }))
      .filter(({ line }) => pattern.test(line) && !line.trim().startsWith('//') && !line.trim().startsWith('*'))
      .map(({ line, i }) => `${file.slice(SIM.length)}:${i + 1}: ${line.trim()}`),
  );
}

describe('the simulation core', () => {
  it('never reads a clock or Math.random', () => {
    expect(offending(/Math\.random\(|Date\.now\(|new Date\(|performance\.now\(/)).toEqual([]);
  });

  it('uses its own log and exp, since engines disagree on Math.log and Math.exp in the last bit', () => {
    expect(offending(/Math\.(log|exp|pow|log1p|expm1|log2|log10|sinh|cosh|tanh|cbrt)\(/)).toEqual([]);
  });

  it('imports nothing but its own files, xstate, immer and zod', () => {
    const imports = files(SIM).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/^(?:import|export)\b[^;]*?\sfrom '([^']+)'/gm)].map((m) => m[1] as string),
    );
    expect(imports.filter((m) => !m.startsWith('.') && !['xstate', 'immer', 'zod'].includes(m))).toEqual([]);
  });
});
