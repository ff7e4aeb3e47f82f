/**
 * What JavaScript a build ships, and which of it the menu needs: the page's own module
 * scripts and, transitively, what they import statically. Chunks reached only through a
 * dynamic `import()` (the editor, lesson mode, a level's screens, the renderer, Phaser) load
 * when they are first opened, so they are not part of it.
 */
import { posix } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface ShippedJavaScript {
  files: number;
  raw: number;
  gzipped: number;
  /** the files the menu needs, by path relative to the page */
  menu: { files: string[]; raw: number; gzipped: number };
}

/** The module scripts and module preloads of a built index.html, by path relative to it. */
export function pageScripts(html: string): string[] {
  const found: string[] = [];
  for (const [tag] of html.matchAll(/<(?:script|link)\b[^>]*>/gi)) {
    const isModule = /^<script\b/i.test(tag) ? /\btype=["']module["']/i.test(tag) : /\brel=["']modulepreload["']/i.test(tag);
    const url = /\b(?:src|href)=["']([^"']+)["']/i.exec(tag)?.[1];
    if (isModule && url && !/^[a-z]+:/i.test(url)) found.push(posix.normalize(url));
  }
  return found;
}

/** The modules a built chunk imports statically (`import … from "./x.js"`, `import "./x.js"`), relative to the page. */
export function staticImports(code: string, chunk: string): string[] {
  const dir = posix.dirname(chunk);
  const found = new Set<string>();
  // A dynamic import is `import("./x.js")`: the parenthesis keeps it out of both patterns.
  for (const m of code.matchAll(/\bfrom\s*["'](\.{1,2}\/[^"']+\.js)["']|\bimport\s*["'](\.{1,2}\/[^"']+\.js)["']/g)) {
    found.add(posix.join(dir, (m[1] ?? m[2]) as string));
  }
  return [...found];
}

/**
 * `read(path)` gives a built file's bytes by its path relative to the page; `all` lists every
 * JavaScript file of the build (same paths).
 */
export function shippedJavaScriptOf(html: string, all: readonly string[], read: (path: string) => Buffer): ShippedJavaScript {
  const gz = (bytes: Buffer): number => gzipSync(bytes, { level: 9 }).length;
  let raw = 0;
  let gzipped = 0;
  for (const file of all) {
    const bytes = read(file);
    raw += bytes.length;
    gzipped += gz(bytes);
  }
  const menu = new Set<string>();
  const queue = pageScripts(html);
  while (queue.length > 0) {
    const file = queue.shift() as string;
    if (menu.has(file)) continue;
    menu.add(file);
    queue.push(...staticImports(read(file).toString('utf8'), file));
  }
  const files = [...menu].sort();
  const menuBytes = files.map(read);
  return {
    files: all.length,
    raw,
    gzipped,
    menu: { files, raw: menuBytes.reduce((s, b) => s + b.length, 0), gzipped: menuBytes.reduce((s, b) => s + gz(b), 0) },
  };
}
