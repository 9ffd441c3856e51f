import { getCollection } from 'astro:content';
import { chapters } from '../chapters.ts';
import { chapterExercises } from '../exercises/index.ts';

export interface ChapterOutline {
  slug: string;
  title: string;
  exercises: string[];
}

/** The chapters that have a page in this build, in reading order, with their exercise ids (build time only). */
export async function bookOutline(): Promise<ChapterOutline[]> {
  const pages = new Set((await getCollection('docs')).map((entry) => entry.id));
  return chapters
    .filter((c) => pages.has(c.slug))
    .map((c) => ({ slug: c.slug, title: c.title, exercises: chapterExercises(c.slug).map((e) => e.id) }));
}
