import { examples } from '../examples/index.ts';
import { exampleParams } from '../widgets/kinds.ts';

/** The registry as JSON, with each example's parameters: the browser tests check every page against it. */
export function GET() {
  const entries = examples.map((example) => {
    const { id, chapter, page, title, summary, documented } = example;
    return { id, chapter, ...(page && { page }), title, summary, documented, params: exampleParams(example) };
  });
  return new Response(JSON.stringify({ examples: entries }, null, 1), { headers: { 'Content-Type': 'application/json' } });
}
