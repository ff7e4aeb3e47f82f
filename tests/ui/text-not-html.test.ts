/**
 * Imported texts (team names, level titles and briefings from a file) must be shown as text,
 * never interpreted as HTML. The UI builds every element with `el()` and `textContent`; this
 * keeps it so by refusing the APIs that parse a string as markup anywhere in the game's code.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const src = new URL('../../src/', import.meta.url).pathname;
const MARKUP_APIS = /\.(innerHTML|outerHTML)\s*[+]?=|insertAdjacentHTML|document\.write|createContextualFragment|parseFromString|\.srcdoc\s*=/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.(ts|tsx|js|mjs)$/.test(name) ? [path] : [];
  });
}

describe('texts from files and from the teacher', () => {
  it('are never parsed as HTML: no source file uses an API that turns a string into markup', () => {
    const offenders = sourceFiles(src).flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .map((line, i) => ({ file: file.slice(src.length), line: i + 1, text: line.trim() }))
        .filter((l) => MARKUP_APIS.test(l.text) && !l.text.startsWith('//') && !l.text.startsWith('*')),
    );
    expect(offenders).toEqual([]);
  });

  it('the check itself recognises each such API', () => {
    for (const line of ['p.innerHTML = name', 'p.outerHTML += x', "p.insertAdjacentHTML('beforeend', x)", 'document.write(x)', 'range.createContextualFragment(x)', "new DOMParser().parseFromString(x, 'text/html')", 'frame.srcdoc = x']) {
      expect(MARKUP_APIS.test(line), line).toBe(true);
    }
    expect(MARKUP_APIS.test('p.textContent = name')).toBe(false);
  });
});
