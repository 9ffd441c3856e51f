import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { examples } from '../../src/examples/index.ts';
import { kinds } from '../../src/widgets/kinds.ts';

const widgets = new URL('../../src/widgets/', import.meta.url);
const folders = readdirSync(widgets, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const indexes = import.meta.glob<Record<string, unknown>>('../../src/widgets/*/index.ts', { eager: true });
const exampleAstro = readFileSync(new URL('../components/Example.astro', widgets), 'utf8');

describe('the table of widget kinds', () => {
  for (const folder of folders) {
    it(`has the kind in src/widgets/${folder}/`, () => {
      const exported = Object.values(indexes[`../../src/widgets/${folder}/index.ts`] ?? {});
      expect(exported.length, `src/widgets/${folder}/ has no index.ts exporting its kind`).toBeGreaterThan(0);
      expect(kinds, `the kind in src/widgets/${folder}/ is not in src/widgets/kinds.ts`).toContain(exported[0]);
    });
  }

  for (const kind of kinds) {
    it(`gives ${kind.name} every part, a unique name, a place in Example.astro and an example`, () => {
      for (const part of ['params', 'run', 'quantities', 'describe', 'plot', 'island'] as const) {
        expect(typeof kind[part], `${kind.name} has no ${part}`).toBe('function');
      }
      expect(kinds.filter((k) => k.name === kind.name)).toHaveLength(1);
      expect(exampleAstro, `Example.astro has no element for ${kind.island.name}`).toContain(`island === ${kind.island.name} &&`);
      expect(examples.some((example) => example.widget === kind.name)).toBe(true);
    });
  }
});
