import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { glob } from 'astro/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = {
  docs: defineCollection({
    loader: glob({ base: './content/docs', pattern: '**/[^_]*.{md,mdx}' }),
    schema: docsSchema({
      extend: z.object({
        /** A chapter's number in reading order (src/chapters.ts reads it); pages that are not chapters have none. */
        chapter: z.number().int().positive().optional(),
        /** Which page of its chapter this is, for a chapter split into pages (a folder; index.mdx is part 1). */
        part: z.number().int().positive().optional(),
        /** A split chapter's title, on its index.mdx: the sidebar group's label and the chapter lists' entry. */
        chapterTitle: z.string().optional(),
        /** What a reader should know before the chapter, shown on the home page. */
        prerequisites: z.string().optional(),
      }),
    }),
  }),
};
