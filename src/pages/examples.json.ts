import { examplePages } from '../chapters.ts';
import { examples } from '../examples/index.ts';
import { exampleParams, kindOf } from '../widgets/kinds.ts';
import { shownLink } from '../widgets/playgroundLink.ts';

/** The registry as JSON, with each example's page (its path under the base), parameters and playground link (for its defaults): the browser tests check every page against it. */
export function GET() {
  const entries = examples.map((example) => {
    const { id, chapter, title, summary, documented } = example;
    const link = kindOf(example).playground?.(example, example.defaults);
    return { id, chapter, page: examplePages.get(id), title, summary, documented, params: exampleParams(example), playground: link && shownLink(link).href };
  });
  return new Response(JSON.stringify({ examples: entries }, null, 1), { headers: { 'Content-Type': 'application/json' } });
}
