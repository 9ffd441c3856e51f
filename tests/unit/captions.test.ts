import { describe, expect, it } from 'vitest';
import { examples, getExample } from '../../src/examples/index.ts';
import { formatNumber } from '../../src/widgets/format.ts';
import { kindOf, type Example } from '../../src/widgets/kinds.ts';
import type { Params } from '../../src/problems/types.ts';

/** The caption of an example's run with its defaults changed by `changes`. */
function caption(id: string, changes: Params = {}): string {
  const example = getExample(id);
  const kind = kindOf(example);
  const params = { ...example.defaults, ...changes } as Example['defaults'];
  return kind.describe(example, params, kind.run(example, params));
}

describe('the live caption of a run', () => {
  for (const example of examples) {
    it(`describes ${example.id}'s default run in one plain line`, () => {
      const line = caption(example.id);
      expect(line.length).toBeGreaterThan(20);
      expect(line).not.toMatch(/NaN|Infinity|undefined|\n|\\|\$/);
      expect(line).toMatch(/\.$/);
    });
  }

  it('follows the rate: quartic-descent converges at 0.3, bounces at 1, wanders at 1.5, diverges at 3', () => {
    const example = getExample('quartic-descent');
    const result = kindOf(example).run(example, example.defaults) as { iterations: number; x: Float64Array };
    expect(caption('quartic-descent')).toBe(`From x = 4 at rate 0.3 the iterates converge to x = ${formatNumber(result.x[0]!)} after ${result.iterations} steps.`);
    expect(caption('quartic-descent', { lr: 1, steps: 100 })).toMatch(/^From x = 4 at rate 1 the iterates bounce between 5\.1\d+ and 5\.4\d+ and run out of steps after 100\.$/);
    const erratic = caption('quartic-descent', { lr: 1.5 });
    expect(erratic).toMatch(/^From x = 4 at rate 1\.5 the iterates /);
    expect(erratic).not.toMatch(/converge/);
    expect(caption('quartic-descent', { lr: 3 })).toMatch(/diverged at step \d+\.$/);
  });

  it('follows the start and rate on the heat map', () => {
    expect(caption('heat-descent', { x0: [5, 5], lr: 0.1 })).toMatch(/^From \(x, y\) = \(5, 5\) at rate 0\.1 the iterates converge to \(4, 4\) after \d+ steps\.$/);
  });

  it('counts the batches a batch size actually makes', () => {
    expect(caption('tips-minibatch')).toMatch(/^Batch size 61 cuts the 244 rows into 4 batches of 61 each epoch\./);
    expect(caption('tips-minibatch', { batch: 64, epochs: 10 })).toMatch(/^Batch size 64 cuts the 244 rows into 3 batches of 64 and one of 52 each epoch\./);
    expect(caption('tips-minibatch', { batch: 244, epochs: 10 })).toMatch(/into 1 batch of 244 each epoch\./);
    expect(caption('batch-split', { n: 10, batch: 4 })).toMatch(/make 2 batches of 4 and one of 2\.$/);
  });

  it('names the function the chord explorer has chosen', () => {
    expect(caption('convexity-chord')).toMatch(/^On the quartic, .*the inequality fails/);
    const plateau = caption('convexity-chord', { fn: 'plateau', a: 0.5, b: 3, t: 0.5 });
    expect(plateau).toMatch(/^On the plateau 1 − e\^\(−x²\/2\), from a = 0\.5 to b = 3: /);
    expect(plateau).not.toMatch(/quartic/);
  });
});

describe('example titles', () => {
  for (const example of examples) {
    it(`${example.id}: the title names no number a control sets`, () => {
      const settings = Object.values(example.defaults)
        .flatMap((value) => (Array.isArray(value) ? value : [value]))
        .filter((value): value is number => typeof value === 'number');
      for (const value of settings) {
        const shown = formatNumber(value).replace('.', '\\.');
        expect(example.title, `"${example.title}" names the setting ${value}`).not.toMatch(new RegExp(`(^|[^\\w.])${shown}(?![\\w.]*\\d)(?!\\w)`));
      }
    });
  }
});
