/**
 * The outer layer of every lesson code: payload bits, zero padding, then a CRC-16, written
 * in Crockford base32 (digits and capitals without I, L, O, U) in groups of four joined by
 * dashes. Reading is forgiving about how a code was typed — case, dashes, spaces, O for 0,
 * I or L for 1, and Cyrillic letters that look like Latin ones — and strict about what it
 * says: a wrong or swapped character fails the CRC. Pure.
 */
import { crc16 } from './crc16';

export const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const CRC_BITS = 16;
/** Longer than any plan a lesson can keep; a longer text is not a code at all. */
export const MAX_CODE_CHARS = 160;

/** Why a typed code cannot be read; the UI words each in the player's language. */
export type CodeProblem =
  | 'empty'
  | 'badCharacter'
  | 'tooShort'
  | 'tooLong'
  | 'typo'
  | 'wrongKind'
  | 'newerVersion'
  | 'otherLesson'
  | 'unknownLevel'
  | 'invalidPlan';

export type CodeFailure = { ok: false; code: CodeProblem; reason: string };

/** Characters read as another: the look-alikes of Crockford's rules and of the Russian keyboard. */
const READ_AS: Record<string, string> = {
  O: '0', I: '1', L: '1',
  // Cyrillic capitals that look like Latin letters or digits (a pupil copying from the projector).
  'А': 'A', 'В': 'B', 'С': 'C', 'Е': 'E', 'Н': 'H', 'К': 'K', 'М': 'M', 'О': '0', 'Р': 'P', 'Т': 'T', 'Х': 'X', 'З': '3',
};

/** The code's characters as the alphabet has them, or the first one that is not a code character. */
export function normalizeCode(text: string): { ok: true; chars: string } | { ok: false; bad: string } {
  let chars = '';
  for (const raw of text.toUpperCase()) {
    if (/[\s\-‐‑‒–—_.]/u.test(raw)) continue;
    const c = READ_AS[raw] ?? raw;
    if (!ALPHABET.includes(c)) return { ok: false, bad: raw };
    chars += c;
  }
  return { ok: true, chars };
}

/** Characters of the code of a payload of `bits` bits. */
export function framedLength(bits: number): number {
  return Math.ceil((bits + CRC_BITS) / 5);
}

/** Payload bits → the code as shown: padding and CRC added, grouped in fours. */
export function frameCode(payload: readonly number[]): string {
  const padding = (5 - ((payload.length + CRC_BITS) % 5)) % 5;
  const message = [...payload, ...new Array<number>(padding).fill(0)];
  const crc = crc16(message);
  for (let i = CRC_BITS - 1; i >= 0; i--) message.push((crc >>> i) & 1);
  let chars = '';
  for (let i = 0; i < message.length; i += 5) {
    let v = 0;
    for (let j = 0; j < 5; j++) v = v * 2 + (message[i + j] as number);
    chars += ALPHABET[v];
  }
  return chars.replace(/(.{4})(?=.)/g, '$1-');
}

/** The code as typed → its payload bits (with the padding still at the end), or why it cannot be read; `minChars`: the kind's shortest code. */
export function unframeCode(text: string, minChars: number): { ok: true; bits: number[] } | CodeFailure {
  if (text.length > MAX_CODE_CHARS * 3) return { ok: false, code: 'tooLong', reason: 'this is far too long to be a code' };
  const n = normalizeCode(text);
  if (!n.ok) return { ok: false, code: 'badCharacter', reason: `"${n.bad}" cannot be part of a code` };
  if (n.chars.length === 0) return { ok: false, code: 'empty', reason: 'no code was typed' };
  if (n.chars.length > MAX_CODE_CHARS) return { ok: false, code: 'tooLong', reason: 'this is far too long to be a code' };
  const bits: number[] = [];
  for (const c of n.chars) {
    const v = ALPHABET.indexOf(c);
    for (let i = 4; i >= 0; i--) bits.push((v >>> i) & 1);
  }
  const message = bits.slice(0, bits.length - CRC_BITS);
  let crc = 0;
  for (const bit of bits.slice(bits.length - CRC_BITS)) crc = crc * 2 + bit;
  // A short code that adds up is another kind of code (a plan code typed as a join code): the header says which.
  if (n.chars.length * 5 <= CRC_BITS || crc16(message) !== crc) {
    if (n.chars.length < minChars) return { ok: false, code: 'tooShort', reason: 'the code is too short: a character is missing' };
    return { ok: false, code: 'typo', reason: 'the code does not add up: a character is mistyped, missing or swapped' };
  }
  return { ok: true, bits: message };
}
