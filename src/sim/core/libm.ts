/**
 * Natural logarithm and exponential, computed with + − × ÷ only (fdlibm's e_log.c and
 * e_exp.c, Sun Microsystems, freely redistributable). JavaScript engines do not agree on
 * Math.log and Math.exp to the last bit — Node 20 and Chromium 156 differ on about one input
 * in ten — while basic arithmetic is exactly rounded everywhere. The core uses these so a
 * level, a seed and a plan give byte-identical results in Node and in every browser.
 */

// One 8-byte scratch buffer to read and write the two 32-bit halves of a double.
// Every platform a school runs (x86, ARM) is little-endian: word 1 is the high word.
const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);

function highWord(x: number): number {
  f64[0] = x;
  return u32[1] as number;
}

function lowWord(x: number): number {
  f64[0] = x;
  return u32[0] as number;
}

function withHighWord(x: number, hi: number): number {
  f64[0] = x;
  u32[1] = hi >>> 0;
  return f64[0] as number;
}

const LN2_HI = 6.93147180369123816490e-1;
const LN2_LO = 1.90821492927058770002e-10;
const TWO54 = 1.8014398509481984e16;
const LG1 = 6.666666666666735130e-1;
const LG2 = 3.999999999940941908e-1;
const LG3 = 2.857142874366239149e-1;
const LG4 = 2.222219843214978396e-1;
const LG5 = 1.818357216161805012e-1;
const LG6 = 1.531383769920937332e-1;
const LG7 = 1.479819860511658591e-1;

/**
 * 2^m for m in [-1074, 1023], at POW2[POW2_ZERO + m]: built by doubling and halving, which
 * is exact. Scaling by one of these is exact too, so `log` can normalise x with a multiply
 * instead of writing a new high word into the scratch buffer and reading the double back
 * (a 4-byte store followed by an 8-byte load of the same memory stalls the CPU).
 */
const POW2_ZERO = 1074;
const POW2 = new Float64Array(POW2_ZERO + 1024);
for (let m = 0, p = 1; m <= 1023; m++, p *= 2) POW2[POW2_ZERO + m] = p;
for (let m = 0, p = 1; m >= -1074; m--, p /= 2) POW2[POW2_ZERO + m] = p;

/**
 * ln(x), within 1 ulp; the same bits on every engine. Split in parts so the common case (a
 * normal positive x) is small enough for the JIT to inline into its callers, which also
 * spares boxing the result of every call; the arithmetic and its order are fdlibm's, unchanged.
 */
export function log(x: number): number {
  f64[0] = x;
  const hx = (u32[1] as number) | 0;
  if (hx < 0x00100000 || hx >= 0x7ff00000) return logSpecial(x, hx);
  return logNormal(x, hx, 0);
}

/** Zero, negative, subnormal, infinite or NaN. */
function logSpecial(x: number, hx: number): number {
  const lx = u32[0] as number;
  if (hx >= 0x7ff00000) return x + x;
  if (((hx & 0x7fffffff) | lx) === 0) return -Infinity;
  if (hx < 0) return NaN;
  x *= TWO54; // subnormal: scale up
  f64[0] = x;
  return logNormal(x, (u32[1] as number) | 0, -54);
}

/** ln(x) for a normal positive x whose high word is `hx`, plus `k` ln 2 (a subnormal's scaling). */
function logNormal(x: number, hx: number, k: number): number {
  const biasedExponent = hx >> 20;
  k += biasedExponent - 1023;
  hx &= 0x000fffff;
  let i = (hx + 0x95f64) & 0x100000;
  // Normalise x or x/2 into [sqrt(2)/2, sqrt(2)): fdlibm sets the high word to exponent
  // 0x3ff (or 0x3fe); multiplying by the matching power of two gives exactly those bits.
  x *= POW2[POW2_ZERO + 1023 - (i >> 20) - biasedExponent] as number;
  k += i >> 20;
  const f = x - 1.0;
  if ((0x000fffff & (2 + hx)) < 3) return logNearOne(f, k); // |f| < 2^-20
  const s = f / (2.0 + f);
  const dk = k;
  const z = s * s;
  i = hx - 0x6147a;
  const w = z * z;
  const j = 0x6b851 - hx;
  const t1 = w * (LG2 + w * (LG4 + w * LG6));
  const t2 = z * (LG1 + w * (LG3 + w * (LG5 + w * LG7)));
  i |= j;
  const r = t2 + t1;
  if (i > 0) {
    const hfsq = 0.5 * f * f;
    return k === 0 ? f - (hfsq - s * (hfsq + r)) : dk * LN2_HI - (hfsq - (s * (hfsq + r) + dk * LN2_LO) - f);
  }
  return k === 0 ? f - s * (f - r) : dk * LN2_HI - (s * (f - r) - dk * LN2_LO - f);
}

/** |f| < 2^-20: a short series. */
function logNearOne(f: number, k: number): number {
  if (f === 0) return k === 0 ? 0 : k * LN2_HI + k * LN2_LO;
  const r = f * f * (0.5 - 0.33333333333333333 * f);
  return k === 0 ? f - r : k * LN2_HI - (r - k * LN2_LO - f);
}

const HUGE = 1.0e300;
const TWO_M1000 = 9.33263618503218878990e-302;
const O_THRESHOLD = 7.09782712893383973096e2;
const U_THRESHOLD = -7.45133219101941108420e2;
const INV_LN2 = 1.44269504088896338700;
const P1 = 1.66666666666666019037e-1;
const P2 = -2.77777777770155933842e-3;
const P3 = 6.61375632143793436117e-5;
const P4 = -1.65339022054652515390e-6;
const P5 = 4.13813679705723846039e-8;

/** e^x, within 1 ulp; the same bits on every engine. */
export function exp(x: number): number {
  let hx = highWord(x);
  const xsb = (hx >>> 31) & 1;
  hx &= 0x7fffffff;
  if (hx >= 0x40862e42) {
    // |x| >= 709.78…
    if (hx >= 0x7ff00000) {
      if (((hx & 0xfffff) | lowWord(x)) !== 0) return x + x; // NaN
      return xsb === 0 ? x : 0.0;
    }
    if (x > O_THRESHOLD) return Infinity;
    if (x < U_THRESHOLD) return 0;
  }
  let hi = 0;
  let lo = 0;
  let k = 0;
  if (hx > 0x3fd62e42) {
    // |x| > 0.5 ln2: reduce x to r = x − k·ln2, |r| ≤ 0.5 ln2
    if (hx < 0x3ff0a2b2) {
      hi = xsb === 0 ? x - LN2_HI : x + LN2_HI;
      lo = xsb === 0 ? LN2_LO : -LN2_LO;
      k = 1 - xsb - xsb;
    } else {
      k = Math.trunc(INV_LN2 * x + (xsb === 0 ? 0.5 : -0.5));
      hi = x - k * LN2_HI; // k·LN2_HI is exact here
      lo = k * LN2_LO;
    }
    x = hi - lo;
  } else if (hx < 0x3e300000) {
    // |x| < 2^-28
    if (HUGE + x > 1) return 1 + x;
  }
  const t = x * x;
  const c = x - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
  if (k === 0) return 1 - ((x * c) / (c - 2.0) - x);
  const y = 1 - (lo - (x * c) / (2.0 - c) - hi);
  if (k >= -1021) return withHighWord(y, highWord(y) + (k << 20));
  return withHighWord(y, highWord(y) + ((k + 1000) << 20)) * TWO_M1000;
}
