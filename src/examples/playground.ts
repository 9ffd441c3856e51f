import type { PlaygroundExample } from '../widgets/playground/model.ts';
import { quarticPreset } from '../widgets/playground/default-preset.ts';
import { quarticExamples } from './quartic.ts';

const quarticDescent = quarticExamples.find((e) => e.id === 'quartic-descent')!;

/** The playground's figure. Its default is its first preset, the quartic with quartic-descent's settings, so it documents that example's numbers. */
export const playgroundExamples: PlaygroundExample[] = [
  {
    id: 'playground',
    chapter: 'playground',
    widget: 'playground',
    title: 'Descent on your own function',
    summary:
      'The book’s quartic typed as text, gradient descent from x = 4 at rate 0.3: the path of quartic-descent, number for number.',
    defaults: { ...quarticPreset.params, beta: 0.9, decay: 0.5, every: 100, lr2: 0.1, yrange: [-5, 5] },
    // The same numbers, from the same definition: the quartic typed as text must give them.
    documented: quarticDescent.documented,
  },
];
