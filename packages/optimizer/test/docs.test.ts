import { describe, expect, it } from 'vitest';
import * as api from '../src/index.ts';

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
