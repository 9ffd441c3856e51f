import { formulas } from '../../problems/formulas.ts';
import type { PlaygroundParams } from './model.ts';

/** A function of the book, with the settings it is shown with there, as the playground's text. */
export interface Preset {
  id: string;
  label: string;
  /** The settings it sets; the rest stay as they are. */
  params: Partial<PlaygroundParams> & Pick<PlaygroundParams, 'f' | 'start' | 'xrange'>;
}

export const plain = { method: 'gd', schedule: 'constant', stop: 'gradient', compare: 'none' } as const;

/** The page's default: on its own, since every page's registry carries it and only the playground needs the rest of the presets. */
export const quarticPreset = {
  id: 'quartic',
  label: 'the quartic (quartic-descent)',
  params: { ...plain, f: formulas.quartic, start: [4], lr: 0.3, steps: 100, tol: 1e-6, xrange: [1, 7] },
} satisfies Preset;
