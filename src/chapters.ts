import { existsSync, readdirSync, readFileSync } from 'node:fs';

/** A chapter: its page's slug (its URL, which never changes) and title. */
export interface ChapterPage {
  slug: string;
  title: string;
}

/** A chapter's slug. */
export type Chapter = string;

const docs = 'content/docs';

/**
 * The chapters in reading order: the pages whose frontmatter gives a `chapter` number (a field of
 * the content schema, src/content.config.ts). Read from the files rather than the collection so
 * that the config's sidebar and the unit tests, which run without Astro's content layer, read
 * the same list as the pages. Build time only.
 */
export function readChapters(): ChapterPage[] {
  // A chapter is a page `<slug>.mdx`, or a folder `<slug>/` of pages whose `index.mdx` is its first.
  return readdirSync(docs, { withFileTypes: true })
    .flatMap((entry) => {
      const file = entry.isDirectory() ? `${entry.name}/index.mdx` : entry.name;
      if (!file.endsWith('.mdx') || !existsSync(`${docs}/${file}`)) return [];
      const frontmatter = /^---\n([\s\S]*?)\n---/.exec(readFileSync(`${docs}/${file}`, 'utf8'))?.[1] ?? '';
      const number = /^chapter:\s*(\d+)\s*$/m.exec(frontmatter)?.[1];
      const field = (name: string) => new RegExp(`^${name}:\\s*(.+?)\\s*$`, 'm').exec(frontmatter)?.[1]?.replace(/^(['"])(.*)\1$/, '$2');
      const title = field('chapterTitle') ?? field('title');
      return number && title ? [{ slug: file.replace(/(\/index)?\.mdx$/, ''), title, number: Number(number) }] : [];
    })
    .sort((a, b) => a.number - b.number)
    .map(({ slug, title }) => ({ slug, title }));
}

export const chapters: readonly ChapterPage[] = readChapters();
