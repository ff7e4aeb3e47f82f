/**
 * The first three bits of every lesson code: which kind of code it is and in which version
 * of its layout. A value this game does not know comes from a newer game. Pure.
 */
import type { BitReader } from './bits';
import type { CodeFailure } from './code-frame';

export const HEADER_BITS = 3;
export const PLAN_CODE_V1 = 1;
export const JOIN_CODE_V1 = 2;
/** v2 of both kinds carries the team's number (a join code per team; the plan code says whose plan it is). */
export const JOIN_CODE_V2 = 3;
export const PLAN_CODE_V2 = 4;

const KINDS: Record<number, 'plan' | 'join'> = { [PLAN_CODE_V1]: 'plan', [PLAN_CODE_V2]: 'plan', [JOIN_CODE_V1]: 'join', [JOIN_CODE_V2]: 'join' };
const NAMES = { plan: 'a plan code', join: 'a join code' } as const;

/** Read the header and check it is one of the `expected` kind's versions: the version read, or why the code is not one. */
export function checkHeader(reader: BitReader, expected: 'plan' | 'join'): { ok: true; version: number } | CodeFailure {
  const header = reader.read(HEADER_BITS);
  const kind = header === undefined ? undefined : KINDS[header];
  if (kind === expected) return { ok: true, version: header as number };
  if (kind !== undefined) return { ok: false, code: 'wrongKind', reason: `this is ${NAMES[kind]}, not ${NAMES[expected]}` };
  return { ok: false, code: 'newerVersion', reason: 'this code was made by a newer version of the game' };
}
