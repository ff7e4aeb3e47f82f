/** Lesson records for the save tests: the version-1 fixtures as files, and a current record built from one. */
import { readFileSync } from 'node:fs';
import type { LessonRecord } from '../../../src/app/lesson/lesson-record';
import { migrate } from '../../../src/app/lesson/saves';

export function fixtureText(name: string): string {
  return readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
}

export function fixture(name: string): Record<string, unknown> {
  return JSON.parse(fixtureText(name)) as Record<string, unknown>;
}

/** A current-version record (the version-1 kaizen fixture, migrated), with changes. */
export function record(changes: Partial<LessonRecord> = {}): LessonRecord {
  const m = migrate(fixture('lesson-v1-kaizen.json'));
  if (!m.ok) throw new Error(m.reason);
  return { ...m.record, ...changes };
}
