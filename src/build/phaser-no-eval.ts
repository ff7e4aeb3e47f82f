/**
 * Phaser's bundle finds the global object with webpack's runtime probe
 * `this || new Function('return this')()`. Under a Content-Security-Policy without
 * 'unsafe-eval' that `new Function` is forbidden, and every browser the game runs on has
 * `globalThis`, so the probe is replaced with it. The build fails if Phaser's bundle still
 * holds an eval after that (a Phaser update that added one would otherwise only show up as a
 * CSP violation in a classroom).
 */
import type { Plugin } from 'vite';

const PHASER_BUNDLE = /node_modules[\\/]phaser[\\/]dist[\\/]phaser\.esm(\.min)?\.js$/;
const GLOBAL_PROBE = /return this \|\| new Function\((['"])return this\1\)\(\);/g;
const EVAL_LEFT = /new Function\s*\(|\beval\s*\(/;

/** Strips JavaScript comments well enough to look for calls (Phaser keeps a commented-out `eval(`). */
function withoutComments(code: string): string {
  return code.replace(/^\s*\/\/.*$/gm, '').replace(/\/\*[\s\S]*?\*\//g, '');
}

export function phaserWithoutEval(): Plugin {
  return {
    name: 'mpf:phaser-without-eval',
    apply: 'build',
    transform: {
      filter: { id: PHASER_BUNDLE },
      handler(code, id) {
        if (!PHASER_BUNDLE.test(id)) return null;
        const patched = code.replace(GLOBAL_PROBE, 'return globalThis;');
        if (EVAL_LEFT.test(withoutComments(patched))) {
          this.error(`${id} still calls eval or new Function: the strict Content-Security-Policy would block it`);
        }
        return { code: patched, map: null };
      },
    },
  };
}
