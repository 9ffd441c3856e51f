import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import preact from '@astrojs/preact';
import { readFileSync } from 'node:fs';
import { chapters } from './src/chapters.ts';
import { markdownProcessor } from './src/math/markdown.ts';
import { katexFontsWoff2Only } from './src/math/katex-css.ts';
import { finishPages } from './src/integrations/finish-pages.ts';
import { offline } from './src/integrations/offline.ts';
import { clientRegistry } from './src/integrations/client-registry.ts';
import { starlightPatches } from './src/starlight/patches.ts';

const base = process.env.BASE ?? '/';

export default defineConfig({
  site: process.env.SITE ?? 'https://descent.example.org',
  base,
  trailingSlash: 'always',
  build: {
    // Every script and style is a file or a hashed inline block: nothing the CSP has to trust blindly.
    inlineStylesheets: 'never',
  },
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      // Pagefind's search runs WebAssembly.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: {
        // KaTeX and Starlight size things with style attributes; no style element is trusted unhashed.
        resources: [{ resource: "'self'", kind: 'element' }, { resource: "'unsafe-inline'", kind: 'attribute' }],
      },
    },
  },
  markdown: {
    // Shiki colours code with style attributes, which the CSP would have to trust; the book has no code to colour.
    syntaxHighlight: false,
    processor: markdownProcessor(),
  },
  integrations: [
    starlight({
      title: 'Descent',
      description: 'An open, interactive textbook on gradient descent.',
      customCss: ['katex/dist/katex.min.css', './src/styles/math.css', './src/styles/book.css', './src/styles/exercises.css', './src/styles/print.css'],
      components: {
        // Appends each chapter's exercises to its page, and loads the progress and offline scripts.
        MarkdownContent: './src/components/overrides/MarkdownContent.astro',
      },
      routeMiddleware: './src/route-middleware.ts',
      // Inline and first in the head (hashed by finishPages): it must run before Starlight's theme script.
      head: [{ tag: 'script', content: readFileSync('./src/progress/storage-guard.js', 'utf8') }],
      sidebar: [
        {
          label: 'Chapters',
          // A chapter split into pages is a group of its parts; prev/next links follow this order.
          items: chapters.map((c) =>
            c.parts.length === 1
              ? { slug: c.slug, label: `${c.number}. ${c.title}` }
              : // Open only on its own pages, so that the list of chapters stays short.
                { label: `${c.number}. ${c.title}`, collapsed: true, items: c.parts.map((p) => ({ slug: p.id })) },
          ),
        },
        { slug: 'playground' },
        {
          label: 'Reference',
          items: [{ slug: 'examples' }, { slug: 'errata' }, { slug: 'progress' }, { slug: 'sources' }],
        },
      ],
    }),
    preact(),
    finishPages(),
    // Last: its cache version hashes the finished files.
    offline(),
  ],
  vite: {
    plugins: [starlightPatches(), katexFontsWoff2Only(), clientRegistry()],
    // Fonts and images stay files, never data: URLs, so the CSP needs no data: for fonts.
    build: { assetsInlineLimit: 0 },
  },
});
