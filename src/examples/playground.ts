import type { PlaygroundExample } from '../widgets/playground/model.ts';
import { presets } from '../widgets/playground/presets.ts';
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
      'The book’s quartic typed as text, with gradient descent from x = 4 at rate 0.3: the same path to the global minimum near 5.326 as in quartic-descent, number for number.',
    defaults: {
      ...presets[0]!.params,
      method: 'gd',
      lr: 0.3,
      beta: 0.9,
      schedule: 'constant',
      decay: 0.01,
      every: 100,
      steps: 100,
      stop: 'gradient',
      tol: 1e-6,
      compare: 'none',
      lr2: 0.1,
      yrange: [-5, 5],
    },
    documented: quarticDescent.documented.map((d) => ({
      ...d,
      note: 'The quartic typed as text into the playground, with quartic-descent’s settings, gives that example’s numbers: the same definition is checked on both pages.',
    })),
  },
];
