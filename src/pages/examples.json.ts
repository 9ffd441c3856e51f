import { examples } from '../examples/index.ts';

/** The registry's documented numbers as JSON: the browser tests check every page against it. */
export function GET() {
  const entries = examples.map(({ id, chapter, title, summary, documented }) => ({ id, chapter, title, summary, documented }));
  return new Response(JSON.stringify({ examples: entries }, null, 1), { headers: { 'Content-Type': 'application/json' } });
}
