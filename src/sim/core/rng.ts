/**
 * Seeded pseudo-random numbers (xoshiro128**). The generator's whole state is a plain
 * object of four 32-bit words, so it lives inside the simulation state, is copied with it,
 * and serialises to JSON. Pure functions: nothing here reads a clock or Math.random.
 */
export interface RngState {
  a: number;
  b: number;
  c: number;
  d: number;
}

/**
 * A generator for one stream of a seed. Streams with different keys are independent,
 * which is what lets every entity keep its own numbers when a plan changes the others
 * (common random numbers across rounds).
 */
export function createRng(seed: number, stream = 0): RngState {
  return reseedRng({ a: 0, b: 0, c: 0, d: 0 }, seed, stream);
}

/**
 * Put a generator into the initial state of (seed, stream), reusing the object: four rounds of
 * splitmix32, each fed the last one's output. Written out rather than called, because the engine
 * reseeds at every step of every unit and a call the JIT declines to inline costs more than the
 * arithmetic. The words are kept as signed 32-bit integers: every use of them is a 32-bit
 * operation, and V8 keeps small integers unboxed in an object's fields where unsigned words
 * above 2^31 would be doubles.
 */
export function reseedRng(s: RngState, seed: number, stream: number): RngState {
  let z = seed ^ Math.imul(stream + 1, 0x27d4eb2f);
  z = (z + 0x9e3779b9) | 0;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  s.a = z ^= z >>> 16;
  z = (z + 0x9e3779b9) | 0;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  s.b = z ^= z >>> 16;
  z = (z + 0x9e3779b9) | 0;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  s.c = z ^= z >>> 16;
  z = (z + 0x9e3779b9) | 0;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  s.d = (z ^ (z >>> 16)) | 1; // never the all-zero state
  return s;
}

/** Next 32-bit unsigned integer; advances the state in place. */
export function nextUint32(s: RngState): number {
  const result = scrambled(s) >>> 0;
  advance(s);
  return result;
}

/**
 * Uniform in the open interval (0, 1): never exactly 0 or 1, so inverse CDFs stay finite.
 * The top 24 bits of nextUint32, taken straight from the scrambled word: a small integer
 * throughout, where a full 32-bit value would have to be boxed when the JIT does not inline.
 */
export function nextUnit(s: RngState): number {
  const top24 = scrambled(s) >>> 8;
  advance(s);
  return (top24 + 0.5) / 16777216;
}

/** xoshiro128**'s output word for the current state (as a signed 32-bit integer). */
function scrambled(s: RngState): number {
  return Math.imul(rotl(Math.imul(s.b, 5), 7), 9);
}

/** xoshiro128**'s state transition. */
function advance(s: RngState): void {
  const t = s.b << 9;
  s.c ^= s.a;
  s.d ^= s.b;
  s.b ^= s.c;
  s.a ^= s.d;
  s.c ^= t;
  s.d = rotl(s.d, 11);
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}

export function copyRng(s: RngState): RngState {
  return { a: s.a, b: s.b, c: s.c, d: s.d };
}
