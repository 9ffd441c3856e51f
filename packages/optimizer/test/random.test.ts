import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normal, permutation, seededRandom, shuffle } from '../src/random.ts';

/**
 * mulberry32 written independently with BigInt arithmetic modulo 2³², straight from the published
 * C code (uint32_t z = (x += 0x6D2B79F5); z = (z ^ z >> 15) * (z | 1); z ^= z + (z ^ z >> 7) * (z | 61);
 * return z ^ z >> 14;). It shares no code with the module under test.
 */
function referenceMulberry32(seed: number): () => number {
  const M = 1n << 32n;
  let state = ((BigInt(seed) % M) + M) % M;
  return () => {
    state = (state + 0x6d2b79f5n) % M;
    let z = state;
    z = ((z ^ (z >> 15n)) * (z | 1n)) % M;
    z = (z ^ ((z + ((z ^ (z >> 7n)) * (z | 61n))) % M)) % M;
    return Number(z ^ (z >> 14n));
  };
}

function chiSquare(counts: number[], expected: number): number {
  return counts.reduce((sum, c) => sum + ((c - expected) * (c - expected)) / expected, 0);
}

describe('seededRandom', () => {
  it.each([0, 1, 42, 123456789, -1, 2 ** 32 + 5, Number.MAX_SAFE_INTEGER])(
    'seededRandom(%s).nextUint32() follows the mulberry32 reference sequence',
    (seed) => {
      const rng = seededRandom(seed);
      const reference = referenceMulberry32(seed);
      for (let i = 0; i < 2000; i++) expect(rng.nextUint32()).toBe(reference());
    },
  );

  it('seededRandom(seed).next() is nextUint32() / 2³², in [0, 1)', () => {
    const a = seededRandom(7);
    const b = seededRandom(7);
    for (let i = 0; i < 1000; i++) {
      const u = a.next();
      expect(u).toBe(b.nextUint32() / 2 ** 32);
      expect(u).toBeGreaterThanOrEqual(0);
      expect(u).toBeLessThan(1);
    }
  });

  it('seededRandom(seed) reduces the seed modulo 2³²', () => {
    expect(seededRandom(-1).seed).toBe(2 ** 32 - 1);
    const a = seededRandom(-1);
    const b = seededRandom(2 ** 32 - 1);
    for (let i = 0; i < 10; i++) expect(a.nextUint32()).toBe(b.nextUint32());
  });

  it('seededRandom(seed) gives different sequences for neighbouring seeds', () => {
    const a = seededRandom(1);
    const b = seededRandom(2);
    const same = Array.from({ length: 100 }, () => a.nextUint32() === b.nextUint32()).filter(Boolean);
    expect(same.length).toBeLessThan(2);
  });

  it.each([1.5, NaN, Infinity, -Infinity, 2 ** 53, '3' as unknown as number])(
    'seededRandom(%s) throws a RangeError naming the seed',
    (seed) => {
      expect(() => seededRandom(seed)).toThrow(RangeError);
      expect(() => seededRandom(seed)).toThrow(/seed must be a finite integer/);
    },
  );

  it('seededRandom(seed).nextInt(10) is uniform (χ² with 9 degrees of freedom below the 0.1 % point)', () => {
    const rng = seededRandom(2024);
    const counts = new Array<number>(10).fill(0);
    for (let i = 0; i < 100_000; i++) {
      const k = rng.nextInt(10);
      counts[k] = (counts[k] as number) + 1;
    }
    expect(chiSquare(counts, 10_000)).toBeLessThan(27.88);
  });

  it('seededRandom(seed).nextInt(n) stays in [0, n) and throws a RangeError for a bad n', () => {
    const rng = seededRandom(3);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 32 }), (n) => {
        const k = rng.nextInt(n);
        expect(Number.isInteger(k) && k >= 0 && k < n).toBe(true);
      }),
    );
    for (const n of [0, -3, 2.5, NaN, 2 ** 32 + 1]) expect(() => rng.nextInt(n)).toThrow(/n must be an integer/);
  });
});

describe('shuffle', () => {
  it('shuffle(indices, rng) is Fisher–Yates with j = ⌊u/2³² · (i + 1)⌋ from the reference generator', () => {
    const reference = referenceMulberry32(99);
    const expected = Array.from({ length: 50 }, (_, i) => i);
    for (let i = expected.length - 1; i > 0; i--) {
      const j = Math.floor((reference() / 2 ** 32) * (i + 1));
      [expected[i], expected[j]] = [expected[j] as number, expected[i] as number];
    }
    const actual = shuffle(Int32Array.from({ length: 50 }, (_, i) => i), seededRandom(99));
    expect(Array.from(actual)).toEqual(expected);
  });

  it('shuffle(indices, rng) permutes an Int32Array and a plain array alike', () => {
    const typed = shuffle(Int32Array.from({ length: 1000 }, (_, i) => i), seededRandom(12));
    const plain = shuffle(Array.from({ length: 1000 }, (_, i) => i), seededRandom(12));
    expect(Array.from(typed)).toEqual(plain);
  });

  it('shuffle(indices, rng) returns the same array, permuted, after n − 1 draws', () => {
    fc.assert(
      fc.property(fc.array(fc.integer(), { maxLength: 100 }), fc.integer(), (values, seed) => {
        const array = values.slice();
        const rng = seededRandom(seed);
        expect(shuffle(array, rng)).toBe(array);
        expect(array.slice().sort((a, b) => a - b)).toEqual(values.slice().sort((a, b) => a - b));
        const fresh = seededRandom(seed);
        for (let i = 1; i < values.length; i++) fresh.nextUint32();
        expect(rng.nextUint32()).toBe(fresh.nextUint32());
      }),
    );
  });

  it('shuffle(indices, rng) makes all 6 orders of 3 items equally likely (χ², 5 degrees of freedom)', () => {
    const rng = seededRandom(5);
    const counts = new Map<string, number>();
    for (let i = 0; i < 60_000; i++) {
      const key = shuffle([0, 1, 2], rng).join('');
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    expect(counts.size).toBe(6);
    expect(chiSquare([...counts.values()], 10_000)).toBeLessThan(20.52);
  });

  it('permutation(n, rng) holds each of 0..n − 1 once, and throws a RangeError for a bad n', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 300 }), fc.integer(), (n, seed) => {
        const p = permutation(n, seededRandom(seed));
        expect(Array.from(p).sort((a, b) => a - b)).toEqual(Array.from({ length: n }, (_, i) => i));
      }),
    );
    expect(() => permutation(-1, seededRandom(1))).toThrow(/n must be an integer/);
    expect(() => permutation(2.5, seededRandom(1))).toThrow(RangeError);
  });
});

describe('normal', () => {
  it('normal(rng) is the polar Box–Muller transform of the generator’s uniforms', () => {
    const reference = referenceMulberry32(11);
    const rng = seededRandom(11);
    for (let i = 0; i < 5000; i++) {
      let u: number;
      let s: number;
      do {
        u = (2 * reference()) / 2 ** 32 - 1;
        const v = (2 * reference()) / 2 ** 32 - 1;
        s = u * u + v * v;
      } while (s >= 1 || s === 0);
      const expected = u * Math.sqrt((-2 * Math.log(s)) / s);
      const actual = normal(rng);
      expect(Math.abs(actual - expected)).toBeLessThanOrEqual(4e-16 * Math.max(1, Math.abs(expected)));
    }
  });

  it('normal(rng) has mean 0, variance 1 and the standard normal quartiles', () => {
    const rng = seededRandom(8);
    const n = 200_000;
    const samples = Float64Array.from({ length: n }, () => normal(rng));
    const mean = samples.reduce((a, b) => a + b, 0) / n;
    const variance = samples.reduce((a, b) => a + (b - mean) ** 2, 0) / (n - 1);
    expect(Math.abs(mean)).toBeLessThan(4 / Math.sqrt(n));
    expect(Math.abs(variance - 1)).toBeLessThan(0.015);
    samples.sort();
    expect(samples[n / 4]).toBeCloseTo(-0.6745, 1);
    expect(samples[(3 * n) / 4]).toBeCloseTo(0.6745, 1);
    expect(samples.filter((z) => Math.abs(z) > 1.96).length / n).toBeCloseTo(0.05, 2);
  });

  it('normal(rng, mean, sd) is mean + sd · normal(rng)', () => {
    const a = seededRandom(4);
    const b = seededRandom(4);
    for (let i = 0; i < 100; i++) expect(normal(a, 3, 0.5)).toBe(3 + 0.5 * normal(b));
  });

  it('normal(rng, mean, sd) throws a RangeError for a negative or non-finite sd or mean', () => {
    const rng = seededRandom(1);
    expect(() => normal(rng, 0, -1)).toThrow(/sd must be finite and >= 0/);
    expect(() => normal(rng, 0, NaN)).toThrow(RangeError);
    expect(() => normal(rng, Infinity, 1)).toThrow(/mean must be finite/);
  });
});
