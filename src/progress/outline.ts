import { chapters, partPage } from '../chapters.ts';
import { chapterExercises } from '../exercises/index.ts';

export interface ChapterOutline {
  slug: string;
  title: string;
  /** The chapter's exercises in order, each with the id of the page it is on. */
  exercises: { id: string; page: string }[];
}

/** The chapters in reading order, with their exercises and where each is (build time only). */
export function bookOutline(): ChapterOutline[] {
  return chapters.map((c) => ({
    slug: c.slug,
    title: c.title,
    exercises: chapterExercises(c.slug).map((e) => ({ id: e.id, page: partPage(e.chapter, e.part ?? 1).id })),
  }));
}
