import { readdirSync, readFileSync } from 'node:fs';

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
  return readdirSync(docs)
    .filter((file) => file.endsWith('.mdx'))
    .flatMap((file) => {
      const frontmatter = /^---\n([\s\S]*?)\n---/.exec(readFileSync(`${docs}/${file}`, 'utf8'))?.[1] ?? '';
      const number = /^chapter:\s*(\d+)\s*$/m.exec(frontmatter)?.[1];
      const title = /^title:\s*(.+?)\s*$/m.exec(frontmatter)?.[1]?.replace(/^(['"])(.*)\1$/, '$2');
      return number && title ? [{ slug: file.replace(/\.mdx$/, ''), title, number: Number(number) }] : [];
    })
    .sort((a, b) => a.number - b.number)
    .map(({ slug, title }) => ({ slug, title }));
}

export const chapters: readonly ChapterPage[] = readChapters();
