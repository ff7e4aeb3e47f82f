import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { pageScripts, shippedJavaScriptOf, staticImports } from './shipped';

const gz = (text: string): number => gzipSync(Buffer.from(text), { level: 9 }).length;

describe('the JavaScript the menu needs', () => {
  it('starts from the page\'s module scripts and module preloads, not its styles or other scripts', () => {
    const html = `<script type="module" crossorigin src="./assets/index-A.js"></script>
      <link rel="modulepreload" crossorigin href="./assets/sim-B.js">
      <link rel="stylesheet" href="./assets/index-C.css">
      <script src="./legacy.js"></script>
      <script type="module" src="data:text/javascript,0"></script>`;
    expect(pageScripts(html)).toEqual(['assets/index-A.js', 'assets/sim-B.js']);
  });

  it('follows static imports and leaves dynamic import() calls out', () => {
    const code = `import{a as e}from"./sim-B.js";import"./side-D.js";const l=()=>import("./editor-E.js");export{x}from'../lib/F.js';`;
    expect(staticImports(code, 'assets/index-A.js')).toEqual(['assets/sim-B.js', 'assets/side-D.js', 'lib/F.js']);
  });

  it('counts every file in all, and only the statically reached ones for the menu', () => {
    const files: Record<string, string> = {
      'assets/index-A.js': 'import{s}from"./sim-B.js";const o=()=>import("./editor-E.js");',
      'assets/sim-B.js': 'export const s=1;',
      'assets/editor-E.js': 'import{s}from"./sim-B.js";import"./phaser-P.js";',
      'assets/phaser-P.js': 'export const p="x".repeat(10);',
    };
    const read = (path: string): Buffer => {
      const text = files[path];
      if (text === undefined) throw new Error(`no file ${path}`);
      return Buffer.from(text);
    };
    const all = Object.keys(files);
    const shipped = shippedJavaScriptOf('<script type="module" src="./assets/index-A.js"></script>', all, read);
    const menu = ['assets/index-A.js', 'assets/sim-B.js'];
    expect(shipped.files).toBe(4);
    expect(shipped.raw).toBe(all.reduce((s, f) => s + (files[f] as string).length, 0));
    expect(shipped.gzipped).toBe(all.reduce((s, f) => s + gz(files[f] as string), 0));
    expect(shipped.menu).toEqual({
      files: menu,
      raw: menu.reduce((s, f) => s + (files[f] as string).length, 0),
      gzipped: menu.reduce((s, f) => s + gz(files[f] as string), 0),
    });
  });
});
