import { chapters } from '../chapters.ts';
import { chapterExercises } from '../exercises/index.ts';

export interface ChapterOutline {
  slug: string;
  title: string;
  exercises: string[];
}

/** The chapters in reading order, with their exercise ids (build time only). */
export function bookOutline(): ChapterOutline[] {
  return chapters.map((c) => ({ slug: c.slug, title: c.title, exercises: chapterExercises(c.slug).map((e) => e.id) }));
}
