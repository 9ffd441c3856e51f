import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import mainRegular from 'katex/dist/fonts/KaTeX_Main-Regular.woff2?url';
import mathItalic from 'katex/dist/fonts/KaTeX_Math-Italic.woff2?url';
import { chapters } from './chapters.ts';
import { chapterExercises } from './exercises/index.ts';

/**
 * On a chapter, the two fonts nearly every formula uses load alongside the stylesheets; found only
 * once the page is laid out, they arrived late and moved the text above them (layout shift).
 */
const mathFonts = [mainRegular, mathItalic].map((href) => ({
  tag: 'link' as const,
  attrs: { rel: 'preload', as: 'font', type: 'font/woff2', href, crossorigin: 'anonymous' },
}));

export const onRequest = defineRouteMiddleware((context) => {
  const { id, toc, head } = context.locals.starlightRoute;
  if (!chapters.some((c) => c.slug === id)) return;
  head.push(...mathFonts);
  // A chapter's "On this page" list ends with its exercises, which the page appends after the MDX.
  if (toc && chapterExercises(id).length > 0) toc.items.push({ depth: 2, slug: 'exercises', text: 'Exercises', children: [] });
});
