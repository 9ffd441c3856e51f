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
      }),
    }),
  }),
};
