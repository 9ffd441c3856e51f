import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import preact from '@astrojs/preact';
import { unified } from '@astrojs/markdown-remark';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';
import { existsSync } from 'node:fs';
import { chapters } from './src/chapters.ts';
import rehypeFocusableMath from './src/markdown/focusable-math.ts';

const base = process.env.BASE ?? '/';

export default defineConfig({
  site: process.env.SITE ?? 'https://descent.example.org',
  base,
  trailingSlash: 'always',
  markdown: {
    processor: unified({
      remarkPlugins: [remarkMath],
      rehypePlugins: [rehypeKatex, rehypeFocusableMath],
    }),
  },
  integrations: [
    starlight({
      title: 'Descent',
      description: 'An open, interactive textbook on gradient descent.',
      customCss: ['katex/dist/katex.min.css', './src/styles/book.css'],
      sidebar: [
        {
          label: 'Chapters',
          items: chapters.filter((c) => existsSync(`content/docs/${c.slug}.mdx`)).map((c) => ({ slug: c.slug })),
        },
      ],
    }),
    preact(),
  ],
});
