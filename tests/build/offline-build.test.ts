import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { phaserWithoutEval } from '../../src/build/phaser-no-eval';
import { singleFilePolicy } from '../../src/build/single-file';
import { woff2Only } from '../../src/build/woff2-only';

const root = path.resolve(import.meta.dirname, '../..');

type Transform = (this: { error(message: string): never }, code: string, id: string) => { code: string } | null;

/** Runs a plugin's transform as the bundler would, with this.error throwing. */
function transformWith(plugin: { transform?: unknown }, code: string, id: string): string | null {
  const hook = plugin.transform as { handler: Transform };
  const result = hook.handler.call(
    {
      error(message: string): never {
        throw new Error(message);
      },
    },
    code,
    id,
  );
  return result?.code ?? null;
}

/** The directives of a policy: name → sources. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...sources]) => [name!, sources]),
  );
}

function indexHtmlPolicy(): string {
  const html = readFileSync(path.join(root, 'index.html'), 'utf8');
  const meta = html.match(/<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i);
  if (!meta) throw new Error('index.html has no CSP meta tag');
  return meta[1]!;
}

describe('the Content-Security-Policy', () => {
  it('of the served site allows no eval, no inline script and no other host', () => {
    const policy = directives(indexHtmlPolicy());
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    const allowed = new Set(["'self'", "'none'", 'data:', 'blob:', "'unsafe-inline'"]);
    for (const [name, sources] of policy) {
      for (const source of sources) expect(allowed.has(source), `${name} ${source}`).toBe(true);
      if (name !== 'style-src') expect(sources, name).not.toContain("'unsafe-inline'");
    }
  });

  it('of the single file allows its inline script by hash only, and fetches from nowhere', () => {
    const policy = directives(singleFilePolicy(['sha256-AAAA', 'sha256-BBBB']));
    expect(policy.get('script-src')).toEqual(["'sha256-AAAA'", "'sha256-BBBB'"]);
    expect(policy.get('default-src')).toEqual(["'none'"]);
    expect(policy.get('connect-src')).toEqual(["'none'"]);
    expect(policy.get('font-src')).toEqual(['data:']);
    for (const [name, sources] of policy) {
      expect(sources, name).not.toContain("'unsafe-eval'");
      expect(sources.filter((s) => /^(https?:|\*|'self')/.test(s)), name).toEqual([]);
    }
  });
});

describe('the build', () => {
  it("replaces Phaser's new Function probe of the global object with globalThis", () => {
    const id = path.join(root, 'node_modules/phaser/dist/phaser.esm.js');
    const original = readFileSync(id, 'utf8');
    expect(original).toContain("new Function('return this')");
    const patched = transformWith(phaserWithoutEval(), original, id);
    expect(patched).not.toBeNull();
    expect(patched).not.toContain('new Function');
    expect(patched).toContain('return globalThis;');
  });

  it('stops when a Phaser bundle still evaluates strings after the patch', () => {
    const id = path.join(root, 'node_modules/phaser/dist/phaser.esm.js');
    expect(() => transformWith(phaserWithoutEval(), 'var f = new Function("a", "return a");', id)).toThrow(/eval or new Function/);
    // Phaser keeps commented-out lines like this one; they are not calls.
    const commented = 'var x = 1;\n            //     pivot = eval(\'var obj = \' + value);\n/* new Function() */';
    expect(transformWith(phaserWithoutEval(), commented, id)).toBe(commented);
  });

  it('leaves modules other than Phaser alone', () => {
    expect(transformWith(phaserWithoutEval(), 'new Function("return this")', path.join(root, 'src/main.ts'))).toBeNull();
  });

  it('keeps only the woff2 faces of Golos Text', () => {
    const id = path.join(root, 'node_modules/@fontsource/golos-text/400.css');
    const css = readFileSync(id, 'utf8');
    const faces = css.match(/@font-face/g)!.length;
    const kept = transformWith(woff2Only(), css, id)!;
    expect(kept.match(/url\([^)]*\.woff2\) format\('woff2'\)/g)).toHaveLength(faces);
    expect(kept).not.toMatch(/\.woff\)/);
  });
});
