import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { NumberParam, ParamSpec } from '../../src/problems/types.ts';
import { linkTo, parseParam, readUrlParams } from '../../src/widgets/params.ts';
import { formatNumber } from '../../src/widgets/format.ts';

const rate: NumberParam = { kind: 'number', name: 'lr', label: 'Learning rate', min: 0, aboveMin: true, max: 10, step: 0.05 };
const steps: NumberParam = { kind: 'number', name: 'steps', label: 'Most steps', min: 1, max: 10000, integer: true, step: 1 };
const stop: ParamSpec = { kind: 'choice', name: 'stop', label: 'Stop when', choices: [{ value: 'gradient', label: 'g' }, { value: 'step', label: 's' }] };

describe('parseParam(spec, raw)', () => {
  it('refuses empty, non-numeric, NaN, infinite, out-of-range and fractional input with a message naming the setting', () => {
    for (const [spec, raw] of [
      [rate, ''], [rate, ' '], [rate, 'abc'], [rate, 'NaN'], [rate, 'Infinity'], [rate, '-Infinity'], [rate, '1e308'],
      [rate, '-1'], [rate, '0'], [rate, '0x10'], [rate, '1,5'], [steps, '2.5'], [steps, '1e9'], [steps, '0'], [stop, 'sometimes'],
    ] as const) {
      const parsed = parseParam(spec, raw);
      expect(parsed.ok, `${spec.name}=${raw}`).toBe(false);
      if (!parsed.ok) expect(parsed.message).toContain(spec.label);
    }
  });

  it('accepts every finite number inside the range and returns it unchanged', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-9, max: 10, noNaN: true }), (value) => {
        const parsed = parseParam(rate, String(value));
        expect(parsed).toEqual({ ok: true, value });
      }),
    );
  });

  it('never accepts anything that is not a finite number inside the range', () => {
    fc.assert(
      fc.property(fc.string(), (raw) => {
        const parsed = parseParam(rate, raw);
        if (parsed.ok) {
          expect(Number.isFinite(parsed.value)).toBe(true);
          expect(parsed.value as number).toBeGreaterThan(0);
          expect(parsed.value as number).toBeLessThanOrEqual(10);
        }
      }),
    );
  });
});

describe('readUrlParams(id, specs, search)', () => {
  it('takes only its own example’s settings and names each refused one', () => {
    const { values, notes } = readUrlParams('demo', [rate, steps, stop], '?demo.lr=0.5&demo.steps=abc&other.lr=3&demo.colour=red&demo.stop=step');
    expect(values).toEqual({ lr: 0.5, stop: 'step' });
    expect(notes).toHaveLength(2);
    expect(notes[0]).toContain('demo.steps');
    expect(notes[1]).toContain('demo.colour');
  });
});

describe('linkTo(id, params, href)', () => {
  it('round-trips through readUrlParams and keeps other examples’ settings', () => {
    const href = linkTo('demo', { lr: 0.25, steps: 40, stop: 'step' }, 'https://book.test/descent/ch/?other.lr=3#top');
    const url = new URL(href);
    expect(url.pathname).toBe('/descent/ch/');
    expect(url.hash).toBe('#demo');
    expect(url.searchParams.get('other.lr')).toBe('3');
    expect(readUrlParams('demo', [rate, steps, stop], url.search).values).toEqual({ lr: 0.25, steps: 40, stop: 'step' });
  });
});

describe('formatNumber(value)', () => {
  it('rounds to six decimals, drops trailing zeros and never prints NaN or Infinity', () => {
    expect(formatNumber(4.12)).toBe('4.12');
    expect(formatNumber(5.3263452)).toBe('5.326345');
    expect(formatNumber(-0.0000001)).toBe('-1 × 10⁻⁷');
    expect(formatNumber(-0.00000001, 6)).toBe('-1 × 10⁻⁸');
    expect(formatNumber(2.5e12)).toBe('2.5 × 10¹²');
    fc.assert(
      fc.property(fc.double(), (v) => {
        expect(formatNumber(v)).not.toMatch(/NaN|Infinity/);
      }),
    );
  });
});
