/** Where saved lessons live in the browser's storage: one key per lesson and slot, one per entry set aside. */
export const LESSON_PREFIX = 'mini-process-factory/lesson/';
export const ASIDE_PREFIX = 'mini-process-factory/lesson-aside/';
const PREVIOUS = '/previous';

export const currentKey = (id: string): string => `${LESSON_PREFIX}${id}`;
export const previousKey = (id: string): string => `${LESSON_PREFIX}${id}${PREVIOUS}`;

/** What a key under the lesson prefix is: a lesson's current or previous slot, or something else. */
export function readKey(key: string): { id: string; slot: 'current' | 'previous' } | { other: true } | undefined {
  if (!key.startsWith(LESSON_PREFIX)) return undefined;
  const rest = key.slice(LESSON_PREFIX.length);
  const id = rest.endsWith(PREVIOUS) ? rest.slice(0, -PREVIOUS.length) : rest;
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(id)) return { other: true };
  return { id, slot: rest.endsWith(PREVIOUS) ? 'previous' : 'current' };
}
