import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chapters, examplePages, playgroundPage } from '../../src/chapters.ts';
import { examples } from '../../src/examples/index.ts';
import { exampleQuantities } from '../../src/widgets/kinds.ts';

const docs = new URL('../../content/docs/', import.meta.url);
const pages = readdirSync(docs, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => ({ file: f, text: readFileSync(new URL(f, docs), 'utf8') }));

describe('the worked-example registry', () => {
  /** The pages an example of `chapter` may be placed on: its chapter's, or the playground's. */
  const pagesOf = (chapter: string) => (chapter === playgroundPage.id ? [playgroundPage] : chapters.find((c) => c.slug === chapter)?.parts ?? []);

  it('gives every example a unique, URL-safe id and a real chapter (or the playground)', () => {
    const ids = examples.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const e of examples) {
      expect(e.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect([...chapters.map((c) => c.slug), playgroundPage.id]).toContain(e.chapter);
    }
  });

  it('places every example on exactly one page, in its own chapter', () => {
    for (const e of examples) {
      const placed = pages.filter((p) => p.text.includes(`<Example id="${e.id}"`));
      expect(placed, e.id).toHaveLength(1);
      const chapterFiles = pagesOf(e.chapter).map((p) => p.file);
      expect(chapterFiles, e.id).toContain(placed[0]!.file);
      expect(`${examplePages.get(e.id)}`, e.id).toBe(placed[0]!.file.replace(/(\/index)?\.mdx$/, ''));
    }
  });

  it('documents each number once, with a positive tolerance and a source', () => {
    for (const e of examples) {
      const names = e.documented.map((d) => d.name);
      expect(new Set(names).size, e.id).toBe(names.length);
      for (const d of e.documented) {
        if (typeof d.value === 'number') expect(d.tolerance, `${e.id} ${d.name}`).toBeGreaterThan(0);
        expect(['000', '001', '002', '003', '004', 'book']).toContain(d.source);
      }
    }
  });

  it('quotes in the prose only numbers that an example documents', () => {
    for (const { file, text } of pages) {
      for (const [, id, name] of text.matchAll(/<Num id="([^"]+)" name="([^"]+)"/g)) {
        const example = examples.find((e) => e.id === id);
        expect(example, `${file} quotes unknown example ${id}`).toBeDefined();
        expect(example!.documented.map((d) => d.name), `${file} quotes ${id}:${name}`).toContain(name);
      }
    }
  });
});

for (const example of examples) {
  describe(`worked example ${example.id}`, () => {
    const quantities = exampleQuantities(example);
    for (const documented of example.documented) {
      it(`computes ${documented.name} = ${documented.value} (source ${documented.source})`, () => {
        const actual = quantities[documented.name];
        expect(actual, `the widget shows no quantity called ${documented.name}`).toBeDefined();
        if (typeof documented.value === 'string') {
          expect(actual).toBe(documented.value);
        } else {
          expect(typeof actual).toBe('number');
          expect(Math.abs((actual as number) - documented.value)).toBeLessThanOrEqual(documented.tolerance);
        }
      });
    }
  });
}
