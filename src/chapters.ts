import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';

/** One page of a chapter: part 1 is the chapter's own page; a long chapter has further parts. */
export interface PartPage {
  /** The page's id, which is its path under the base without slashes at the ends: `convexity`, `gradient-descent-one-variable/learning-rate`. */
  id: string;
  /** The MDX file, relative to content/docs. */
  file: string;
  title: string;
  part: number;
}

/** A chapter: its slug (its first page's URL, which never changes), title, number and pages. */
export interface ChapterPage {
  slug: string;
  title: string;
  number: number;
  /** Its first page's meta description: what the chapter is about, in a sentence or two. */
  description: string;
  /** What a reader should know before starting it (frontmatter `prerequisites`), if the chapter says. */
  prerequisites?: string;
  /** Its pages in reading order; one for a chapter that is not split. */
  parts: PartPage[];
}

/** A chapter's slug. */
export type Chapter = string;

const docs = 'content/docs';

/** A one-line field of a file's frontmatter, unquoted. */
function field(frontmatter: string, key: string): string | undefined {
  return new RegExp(`^${key}:\\s*(.+?)\\s*$`, 'm').exec(frontmatter)?.[1]?.replace(/^(['"])(.*)\1$/, '$2');
}

function frontmatterOf(file: string): string {
  return /^---\n([\s\S]*?)\n---/.exec(readFileSync(`${docs}/${file}`, 'utf8'))?.[1] ?? '';
}

/** A chapter of one page, `<slug>.mdx`, or of several, the folder `<slug>/` with `index.mdx` as part 1. */
function readChapter(entry: string): ChapterPage | undefined {
  const folder = statSync(`${docs}/${entry}`).isDirectory();
  if (!folder && !entry.endsWith('.mdx')) return undefined;
  if (folder && !existsSync(`${docs}/${entry}/index.mdx`)) return undefined;
  const slug = entry.replace(/\.mdx$/, '');
  const first = folder ? `${entry}/index.mdx` : entry;
  const head = frontmatterOf(first);
  const number = field(head, 'chapter');
  const title = folder ? field(head, 'chapterTitle') : field(head, 'title');
  if (!number || !title) return undefined;
  const files = folder ? readdirSync(`${docs}/${entry}`).filter((f) => f.endsWith('.mdx')).map((f) => `${entry}/${f}`) : [entry];
  const parts = files
    .map((file) => {
      const frontmatter = frontmatterOf(file);
      const id = file.replace(/(\/index)?\.mdx$/, '');
      return { id, file, title: field(frontmatter, 'title') ?? id, part: Number(field(frontmatter, 'part') ?? 1) };
    })
    .sort((a, b) => a.part - b.part);
  const prerequisites = field(head, 'prerequisites');
  return { slug, title, number: Number(number), description: field(head, 'description') ?? '', ...(prerequisites ? { prerequisites } : {}), parts };
}

/**
 * The chapters in reading order: the pages whose frontmatter gives a `chapter` number (a field of
 * the content schema, src/content.config.ts), and the folders whose `index.mdx` does. Read from
 * the files rather than the collection so that the config's sidebar and the unit tests, which run
 * without Astro's content layer, read the same list as the pages. Build time only.
 */
export function readChapters(): ChapterPage[] {
  return readdirSync(docs)
    .flatMap((entry) => readChapter(entry) ?? [])
    .sort((a, b) => a.number - b.number);
}

export const chapters: readonly ChapterPage[] = readChapters();

/** Every chapter page in reading order. */
export const chapterPages: readonly PartPage[] = chapters.flatMap((c) => c.parts);

/** The pages besides the chapters that place examples: the playground. */
export const playgroundPage: PartPage = { id: 'playground', file: 'playground.mdx', title: 'Playground', part: 1 };

/** The id of the page that places `<Example id="…" />` for each example: the MDX files are the one record of where an example is. */
export const examplePages: ReadonlyMap<string, string> = new Map(
  [...chapterPages, playgroundPage].flatMap((page) =>
    [...readFileSync(`${docs}/${page.file}`, 'utf8').matchAll(/<Example id="([^"]+)"/g)].map((m): [string, string] => [m[1]!, page.id]),
  ),
);

/**
 * The words a reader reads in an MDX text: its prose, with the frontmatter, imports and component
 * tags left out and each formula counted as one word.
 */
export function proseWords(mdx: string): number {
  const prose = mdx
    .replace(/^---\n[\s\S]*?\n---\n/, '')
    .replace(/^import .*$/gm, '')
    .replace(/<[^>]*>/g, ' ')
    .replace(/\$\$[\s\S]*?\$\$|\$[^$\n]*\$/g, ' formula ');
  return prose.match(/[\p{L}\p{N}]+(?:['’.,-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

/** The words of a chapter's prose, all its pages together. */
export function chapterWords(chapter: ChapterPage): number {
  return chapter.parts.reduce((sum, p) => sum + proseWords(readFileSync(`${docs}/${p.file}`, 'utf8')), 0);
}

/** An example's address under `base` (which ends with a slash): its page and its figure's anchor. */
export function exampleAddress(base: string, id: string): string {
  const page = examplePages.get(id);
  if (!page) throw new Error(`No chapter page places the example "${id}".`);
  return `${base}${page}/#${id}`;
}

/** The errata in a chapter's wording rather than its numbers: each `<SourceDetails id summary erratum>` in the MDX, with its page. */
export const wordingErrata: readonly { id: string; summary: string; page: PartPage }[] = chapterPages.flatMap((page) =>
  [...readFileSync(`${docs}/${page.file}`, 'utf8').matchAll(/<SourceDetails id="([^"]+)" summary="([^"]+)" erratum>/g)].map((m) => ({
    id: m[1]!,
    summary: m[2]!,
    page,
  })),
);

/** The page of a chapter's part. */
export function partPage(chapter: Chapter, part = 1): PartPage {
  const page = chapters.find((c) => c.slug === chapter)?.parts.find((p) => p.part === part);
  if (!page) throw new Error(`Chapter "${chapter}" has no part ${part}.`);
  return page;
}
