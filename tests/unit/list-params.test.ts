import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ListParam } from '../../src/problems/types.ts';
import { linkTo, parseParam, readUrlParams } from '../../src/widgets/params.ts';

const guesses: ListParam = { kind: 'list', name: 'guesses', label: 'Guesses for x', min: -100, max: 100, maxLength: 5 };

describe('parseParam for a list', () => {
  it('reads numbers separated by commas and/or spaces', () => {
    expect(parseParam(guesses, '6, 7,3 5')).toEqual({ ok: true, value: [6, 7, 3, 5] });
    expect(parseParam(guesses, ' -1.5e1 ,')).toEqual({ ok: true, value: [-15] });
  });

  it('refuses empty lists, non-numbers, values out of range and too many values, naming the setting', () => {
    for (const raw of ['', ' , ', '6,abc', 'NaN', 'Infinity', '1e308', '101', '-100.5', '0x10', '1,2,3,4,5,6']) {
      const parsed = parseParam(guesses, raw);
      expect(parsed.ok, raw).toBe(false);
      if (!parsed.ok) expect(parsed.message).toContain('Guesses for x');
    }
  });

  it('accepts every short list of in-range numbers and returns it unchanged', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -100, max: 100, noNaN: true, noDefaultInfinity: true }), { minLength: 1, maxLength: 5 }), (values) => {
        const clean = values.map((v) => (Object.is(v, -0) ? 0 : v));
        expect(parseParam(guesses, clean.join(', '))).toEqual({ ok: true, value: clean });
      }),
    );
  });
});

describe('a list in the address', () => {
  it('is written with plain commas and read back', () => {
    const href = linkTo('guess', { guesses: [6, 7, 3.5] }, 'https://book.test/derivatives/');
    expect(href).toBe('https://book.test/derivatives/?guess.guesses=6,7,3.5#guess');
    expect(readUrlParams('guess', [guesses], new URL(href).search).values).toEqual({ guesses: [6, 7, 3.5] });
  });
});
