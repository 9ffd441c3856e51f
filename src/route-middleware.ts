import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { chapterPages } from './chapters.ts';
import { partExercises } from './exercises/index.ts';

/** A chapter page's "On this page" list ends with its exercises, which the page appends after the MDX. */
export const onRequest = defineRouteMiddleware((context) => {
  const { id, toc, entry } = context.locals.starlightRoute;
  const chapter = chapterPages.find((p) => p.id === id)?.id.split('/')[0];
  if (!toc || !chapter || partExercises(chapter, entry.data.part ?? 1).length === 0) return;
  toc.items.push({ depth: 2, slug: 'exercises', text: 'Exercises', children: [] });
});
