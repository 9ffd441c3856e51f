import { examplePages } from '../chapters.ts';
import { examples } from '../examples/index.ts';
import { exampleParams } from '../widgets/kinds.ts';

/** The registry as JSON, with each example's page (its path under the base) and parameters: the browser tests check every page against it. */
export function GET() {
  const entries = examples.map((example) => {
    const { id, chapter, title, summary, documented } = example;
    return { id, chapter, page: examplePages.get(id), title, summary, documented, params: exampleParams(example) };
  });
  return new Response(JSON.stringify({ examples: entries }, null, 1), { headers: { 'Content-Type': 'application/json' } });
}
