import { buildOnly, type WidgetKind } from '../kind.ts';
import GradientField from './GradientField.tsx';
import { gradientFieldParams, gradientFieldQuantities, runGradientField, type GradientFieldExample, type GradientFieldResult, describeGradientField } from './model.ts';

export const gradientField: WidgetKind<GradientFieldExample, GradientFieldResult> = {
  name: 'gradient-field',
  params: gradientFieldParams,
  run: runGradientField,
  quantities: import.meta.env.SSR ? gradientFieldQuantities : buildOnly,
  describe: (example, _, result) => describeGradientField(example, result),
  plot: () => import('./plot.ts').then((m) => m.drawGradientField),
  island: GradientField,
};
