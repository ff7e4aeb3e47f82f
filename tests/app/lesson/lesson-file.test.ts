/** A lesson as a file: exported and imported exactly; anything else refused in plain words. */
import { describe, expect, it } from 'vitest';
import { exportLessonFile, importLessonFile } from '../../../src/app/lesson/saves';
import { fixtureText, record } from './records';

describe('a lesson file', () => {
  it('is the record as indented JSON with a final line break', () => {
    const r = record();
    const text = exportLessonFile(r);
    expect(text).toBe(`${JSON.stringify(r, null, 2)}\n`);
    expect(text.startsWith('{\n  "format": "mini-process-factory/lesson",\n  "version": 3,\n')).toBe(true);
  });

  it('imports back to exactly the record it was exported from', () => {
    const r = record();
    expect(importLessonFile(exportLessonFile(r))).toEqual({ ok: true, record: r });
  });

  it('imports a file saved by an editor that added a byte-order mark', () => {
    const r = record();
    expect(importLessonFile(`\uFEFF${exportLessonFile(r)}`)).toEqual({ ok: true, record: r });
  });

  it('of version 1 imports as the current version', () => {
    const imported = importLessonFile(fixtureText('lesson-v1-kaizen.json'));
    expect(imported).toEqual({ ok: true, record: record() });
  });

  it('that is not JSON, is cut short, is something else, or is huge is refused with the reason', () => {
    const text = exportLessonFile(record());
    expect(importLessonFile('Урок 7Б')).toEqual({ ok: false, code: 'notJson', reason: 'this file is not a lesson file (it is not JSON, or it is cut short)' });
    expect(importLessonFile(text.slice(0, text.length / 2))).toEqual({ ok: false, code: 'notJson', reason: 'this file is not a lesson file (it is not JSON, or it is cut short)' });
    expect(importLessonFile('{"$schema":"./level.schema.json","version":1,"id":"canteen"}')).toEqual({ ok: false, code: 'notLesson', reason: 'this is not a lesson of Mini Process Factory' });
    expect(importLessonFile(' '.repeat(5_000_001))).toEqual({ ok: false, code: 'tooLarge', reason: 'the file is far too large to be a lesson' });
  });
});
