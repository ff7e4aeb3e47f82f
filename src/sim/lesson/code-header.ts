/**
 * The first three bits of every lesson code: which kind of code it is and in which version
 * of its layout. A value this game does not know comes from a newer game. Pure.
 */
import type { BitReader } from './bits';
import type { CodeFailure } from './code-frame';

export const HEADER_BITS = 3;
export const PLAN_CODE_V1 = 1;
export const JOIN_CODE_V1 = 2;

const NAMES: Record<number, string> = { [PLAN_CODE_V1]: 'a plan code', [JOIN_CODE_V1]: 'a join code' };

/** Read the header and check it is the `expected` kind; undefined when it is. */
export function checkHeader(reader: BitReader, expected: number): CodeFailure | undefined {
  const kind = reader.read(HEADER_BITS);
  if (kind === expected) return undefined;
  const name = kind === undefined ? undefined : NAMES[kind];
  if (name !== undefined) {
    return { ok: false, code: 'wrongKind', reason: `this is ${name}, not ${NAMES[expected] ?? 'this kind of code'}` };
  }
  return { ok: false, code: 'newerVersion', reason: 'this code was made by a newer version of the game' };
}
