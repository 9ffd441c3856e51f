import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { chapterExercises } from './exercises/index.ts';

/** A chapter's "On this page" list ends with its exercises, which the page appends after the MDX. */
export const onRequest = defineRouteMiddleware((context) => {
  const { id, toc, entry } = context.locals.starlightRoute;
  if (!toc || entry.data.chapter === undefined || chapterExercises(id).length === 0) return;
  toc.items.push({ depth: 2, slug: 'exercises', text: 'Exercises', children: [] });
});
