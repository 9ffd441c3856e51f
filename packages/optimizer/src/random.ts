/**
 * Seeded pseudo-random numbers that give the same sequence on every platform.
 *
 * The generator is mulberry32 (Tommy Ettinger, 2017): a 32-bit state advanced by the
 * Weyl increment 0x6D2B79F5 and scrambled with `Math.imul`, shifts and xors. Every step is
 * 32-bit integer arithmetic, and the conversion to a float is an exact division by 2³², so
 * the integers, the uniform floats, `shuffle` and `normal` are bit-identical in every
 * ECMAScript engine. The period is 2³²; that is plenty for shuffling data sets and
 * drawing noise in a textbook, but it is not a cryptographic generator.
 *
 * @module
 */
import { shown } from './validate.ts';

/** A seeded source of uniform random numbers. */
export interface Random {
  /** The seed this generator started from, reduced to an unsigned 32-bit integer. */
  readonly seed: number;
  /** The next unsigned 32-bit integer u, uniform on {0, …, 2³² − 1}. */
  nextUint32(): number;
  /** The next float u / 2³², uniform on the 2³² multiples of 2⁻³² in [0, 1). */
  next(): number;
  /**
   * The next integer ⌊n · u / 2³²⌋, in {0, …, n − 1}. Each value has probability within
   * n / 2³² of 1/n (the multiply-shift method; no rejection, one draw per call).
   * @throws {RangeError} when `n` is not an integer in [1, 2³²].
   */
  nextInt(n: number): number;
}

const TWO_POW_32 = 4294967296;

/**
 * A mulberry32 generator. The seed is reduced modulo 2³², so seeds that differ by a
 * multiple of 2³² give the same sequence, and −1 is the same as 2³² − 1.
 *
 * @param seed any finite integer (a safe integer, |seed| ≤ 2⁵³ − 1).
 * @throws {RangeError} when `seed` is not a finite safe integer.
 * @example
 * const rng = seededRandom(42);
 * rng.next(); // the same float on every machine
 */
export function seededRandom(seed: number): Random {
  if (!Number.isSafeInteger(seed)) {
    throw new RangeError(`seed must be a finite integer (a safe integer); received ${shown(seed)}.`);
  }
  return new Mulberry32(seed >>> 0);
}

/**
 * The generator behind {@link seededRandom}. Its methods are arrow functions, so they work
 * detached (`Array.from({ length: 3 }, rng.next)`); `shuffle` recognises it and runs the same
 * steps inline on `state`.
 */
class Mulberry32 implements Random {
  readonly seed: number;
  state: number;

  constructor(seed: number) {
    this.seed = seed;
    this.state = seed;
  }

  readonly nextUint32 = (): number => {
    const state = (this.state + 0x6d2b79f5) | 0;
    this.state = state;
    return scramble(state);
  };

  readonly next = (): number => this.nextUint32() / TWO_POW_32;

  readonly nextInt = (n: number): number => {
    if (!Number.isInteger(n) || n < 1 || n > TWO_POW_32) {
      throw new RangeError(`n must be an integer from 1 to 2^32; received ${shown(n)}.`);
    }
    return Math.floor((this.nextUint32() / TWO_POW_32) * n);
  };
}

/** mulberry32's output function of the state after the Weyl step. */
function scramble(state: number): number {
  let t = Math.imul(state ^ (state >>> 15), state | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return (t ^ (t >>> 14)) >>> 0;
}

/** An array of indices that `shuffle` can permute in place. */
export type IndexArray = Int32Array | Uint32Array | Float64Array | number[];

/**
 * Shuffles `indices` in place with the Fisher–Yates algorithm and returns the same array:
 * for i = n − 1 down to 1, swap element i with element j = rng.nextInt(i + 1).
 * Uses exactly n − 1 draws, so the permutation depends only on the generator's state.
 */
export function shuffle<T extends IndexArray>(indices: T, rng: Random): T {
  if (rng instanceof Mulberry32 && indices instanceof Int32Array) {
    rng.state = shuffleInt32(indices, rng.state);
    return indices;
  }
  for (let i = indices.length - 1; i > 0; i--) {
    const j = Math.floor((rng.nextUint32() / TWO_POW_32) * (i + 1));
    const held = indices[i] as number;
    indices[i] = indices[j] as number;
    indices[j] = held;
  }
  return indices;
}

/** `shuffle` for the usual case, with the generator's steps inlined; returns the new state. */
function shuffleInt32(indices: Int32Array, state: number): number {
  let s = state;
  for (let i = indices.length - 1; i > 0; i--) {
    s = (s + 0x6d2b79f5) | 0;
    const j = Math.floor((scramble(s) / TWO_POW_32) * (i + 1));
    const held = indices[i] as number;
    indices[i] = indices[j] as number;
    indices[j] = held;
  }
  return s;
}

/**
 * Fisher–Yates on the rows at places from, …, to − 1 of a row-major table (`width` numbers a row),
 * in place: for i = to − 1 down to from + 1, swap rows i and j = from + ⌊u · (i − from + 1) / 2³²⌋
 * for the generator's next 32-bit integer u. On a table of width 1 holding 0, …, n − 1 it makes the
 * same permutation as `shuffle`.
 */
export function shuffleRows(table: Float64Array, width: number, from: number, to: number, rng: Random): void {
  if (rng instanceof Mulberry32 && width === 2) {
    rng.state = shufflePairs(table, from, to, rng.state);
    return;
  }
  for (let i = to - 1; i > from; i--) {
    const j = from + Math.floor((rng.nextUint32() / TWO_POW_32) * (i - from + 1));
    for (let k = 0; k < width; k++) {
      const held = table[i * width + k] as number;
      table[i * width + k] = table[j * width + k] as number;
      table[j * width + k] = held;
    }
  }
}

/** `shuffleRows` for rows of two numbers, with the generator's steps inlined; returns the new state. */
function shufflePairs(table: Float64Array, from: number, to: number, state: number): number {
  let s = state;
  for (let i = to - 1; i > from; i--) {
    s = (s + 0x6d2b79f5) | 0;
    const j = from + Math.floor((scramble(s) / TWO_POW_32) * (i - from + 1));
    const x = table[2 * i] as number;
    const y = table[2 * i + 1] as number;
    table[2 * i] = table[2 * j] as number;
    table[2 * i + 1] = table[2 * j + 1] as number;
    table[2 * j] = x;
    table[2 * j + 1] = y;
  }
  return s;
}

/** A uniformly random permutation of 0, 1, …, n − 1: `shuffle` applied to the identity. */
export function permutation(n: number, rng: Random): Int32Array {
  if (!Number.isInteger(n) || n < 0 || n > 0x7fffffff) {
    throw new RangeError(`n must be an integer from 0 to 2^31 − 1; received ${shown(n)}.`);
  }
  const indices = new Int32Array(n);
  for (let i = 0; i < n; i++) indices[i] = i;
  return shuffle(indices, rng);
}

/**
 * A normal (Gaussian) sample with the given mean and standard deviation, by Marsaglia's polar
 * form of the Box–Muller transform: draw u, v uniform on (−1, 1) until s = u² + v² lies in
 * (0, 1), then return mean + sd · u · √(−2 ln s / s). The second variate of the pair,
 * v · √(−2 ln s / s), is discarded so that each call depends only on the generator's state.
 *
 * `Math.log` is implementation-approximated in ECMAScript and differs between engines in the
 * last bit, so the logarithm here is computed with + − × ÷ only (see `logUnit`), which keeps the
 * samples bit-identical across engines. On average a call uses 2 · 4/π ≈ 2.55 draws.
 *
 * @throws {RangeError} when `mean` is not finite or `sd` is not finite and ≥ 0.
 */
export function normal(rng: Random, mean = 0, sd = 1): number {
  if (!Number.isFinite(mean)) throw new RangeError(`mean must be finite; received ${shown(mean)}.`);
  if (!(sd >= 0) || !Number.isFinite(sd)) {
    throw new RangeError(`sd must be finite and >= 0; received ${shown(sd)}.`);
  }
  let u: number;
  let s: number;
  do {
    u = 2 * rng.next() - 1;
    const v = 2 * rng.next() - 1;
    s = u * u + v * v;
  } while (s >= 1 || s === 0);
  return mean + sd * u * Math.sqrt((-2 * logUnit(s)) / s);
}

const LN2_HI = 6.93147180369123816490e-1; // ln 2 rounded to 32 significant bits (fdlibm's ln2_hi)
const LN2_LO = 1.90821492927058770002e-10; // ln 2 − LN2_HI
const SQRT_HALF = Math.SQRT1_2;

/**
 * ln s for s in (0, 1], using only + − × ÷ so that every IEEE-754 engine gives the same bits.
 * Writes s = m · 2^e with m in [√½, √2) (exact, by doubling), then
 * ln m = 2 atanh t = 2 (t + t³/3 + t⁵/5 + …) with t = (m − 1)/(m + 1), |t| ≤ 0.1716, so 11 terms
 * reach 2⁻⁵³, and ln s = e · ln 2 + ln m. Accurate to about one unit in the last place
 * (the normal test compares it with Math.log).
 */
function logUnit(s: number): number {
  let m = s;
  let e = 0;
  while (m < SQRT_HALF) {
    m *= 2;
    e -= 1;
  }
  const t = (m - 1) / (m + 1);
  const t2 = t * t;
  let series = 1 / 23;
  for (let k = 21; k >= 1; k -= 2) series = 1 / k + t2 * series;
  return e * LN2_HI + (2 * t * series + e * LN2_LO);
}
