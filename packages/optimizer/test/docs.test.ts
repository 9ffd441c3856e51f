import { describe, expect, it } from 'vitest';
import * as api from '../src/index.ts';
import { loadTips } from './fixtures/tips.ts';

declare global {
  interface ImportMeta {
    glob(pattern: string, options: { query: '?raw'; import: 'default'; eager: true }): Record<string, string>;
  }
}

const sources = import.meta.glob('../src/*.ts', { query: '?raw', import: 'default', eager: true });
const text = Object.values(sources).join('\n');

/** The TSDoc block right above `export function name`, `export const name` or `export class name`. */
function tsdocOf(name: string): string | undefined {
  const declaration = new RegExp(String.raw`/\*\*((?:(?!\*/)[\s\S])*)\*/\s*export\s+(?:async\s+)?(?:function\*?\s+|const\s+|class\s+)${name}\b`);
  return declaration.exec(text)?.[1];
}

const functions = Object.entries(api)
  .filter(([, value]) => typeof value === 'function')
  .map(([name]) => name);

describe('documentation', () => {
  it('src/index.ts exports functions to check', () => {
    expect(functions).toContain('gradientDescent');
    expect(Object.keys(sources).length).toBeGreaterThan(5);
  });

  it.each(functions)('%s has TSDoc in its source', (name) => {
    const doc = tsdocOf(name);
    expect(doc, `no /** … */ comment directly above the export of ${name}`).toBeDefined();
    expect((doc as string).replace(/[\s*]/g, '').length).toBeGreaterThan(10);
  });
});

/**
 * The README's ```ts blocks, run in order as one program (imports dropped, the package and the tips
 * data in scope). A line `expression; // claim` is checked when the claim is a value:
 * `Float64Array [a…]` (each component starts with those digits), `≈ [a, b]` (each component rounds
 * to the digits written) or a quoted string.
 */
describe('README examples', () => {
  const readme = import.meta.glob('../README.md', { query: '?raw', import: 'default', eager: true })['../README.md'] as string;
  const blocks = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1] as string);
  const claims: [string, unknown, string][] = [];
  const program = blocks
    .join('\n')
    .replace(/^import [\s\S]*?;$/gm, '')
    .replace(/^(\S[^\n]*?); \/\/ (Float64Array \[[^\]]*\]|≈ \[[^\]]*\]|'[^']*')[^\n]*$/gm, (_, expression: string, claim: string) => `claims.push([${JSON.stringify(expression)}, ${expression}, ${JSON.stringify(claim)}]);`);
  const { bill, tip } = loadTips();
  const scope = { ...api, bill, tip, claims };

  it('run, and every value they state is what they compute', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(3);
    new Function(...Object.keys(scope), program)(...Object.values(scope));
    expect(claims.length).toBeGreaterThanOrEqual(5);
    for (const [expression, value, claim] of claims) {
      if (claim.startsWith("'")) {
        expect(value, expression).toBe(claim.slice(1, -1));
        continue;
      }
      const stated = (claim.match(/\[([^\]]*)\]/)?.[1] ?? '').split(',').map((v) => v.trim().replace('…', ''));
      const actual = Array.from(value as ArrayLike<number>);
      expect(actual.length, expression).toBe(stated.length);
      stated.forEach((digits, i) => {
        const v = actual[i] as number;
        if (claim.startsWith('≈')) expect(v.toFixed(digits.split('.')[1]?.length ?? 0), expression).toBe(digits);
        else expect(String(v).startsWith(digits), `${expression}: ${v} starts with ${digits}`).toBe(true);
      });
    }
  });
});
