import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chapterPages, chapters, partPage, proseWords } from '../../src/chapters.ts';
import { exercises } from '../../src/exercises/index.ts';

describe('chapters', () => {
  it('are numbered 1, 2, 3… in reading order, each with its parts numbered 1, 2, 3…', () => {
    expect(chapters.map((c) => c.number)).toEqual(chapters.map((_, i) => i + 1));
    for (const c of chapters) expect(c.parts.map((p) => p.part), c.slug).toEqual(c.parts.map((_, i) => i + 1));
  });

  it('read a chapter split into pages from its folder: index.mdx is part 1 at the chapter’s address', () => {
    const folders = readdirSync('content/docs', { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
    expect(folders.length).toBeGreaterThan(0);
    for (const folder of folders) {
      const chapter = chapters.find((c) => c.slug === folder)!;
      expect(chapter, folder).toBeDefined();
      expect(chapter.parts[0]).toMatchObject({ id: folder, file: `${folder}/index.mdx`, part: 1 });
      expect(chapter.parts.length, folder).toBeGreaterThan(1);
      for (const p of chapter.parts.slice(1)) expect(p.id).toMatch(new RegExp(`^${folder}/[a-z0-9-]+$`));
      expect(chapter.title, 'a split chapter’s title is its chapterTitle, not part 1’s title').not.toBe(chapter.parts[0]!.title);
    }
  });

  it('give every page a distinct id', () => {
    expect(new Set(chapterPages.map((p) => p.id)).size).toBe(chapterPages.length);
  });

  it('place every exercise on a page of its chapter, and refuse a part that does not exist', () => {
    for (const e of exercises) expect(() => partPage(e.chapter, e.part ?? 1), e.id).not.toThrow();
    expect(() => partPage(chapters[0]!.slug, 99)).toThrow(/no part 99/);
  });
});

describe('proseWords(mdx)', () => {
  it('counts the prose, not the frontmatter, imports or component tags, and a formula as one word', () => {
    const mdx = `---\ntitle: Two words here\n---\n\nimport Num from './Num.astro';\n\nThe slope $f'(4) = -0.4$ is <Num id="a" name="b" />, so step right.\n\n$$\nx_{k+1} = x_k - \\alpha f'(x_k)\n$$\n`;
    expect(proseWords(mdx)).toBe(8);
  });
});
