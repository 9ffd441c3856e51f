import type { WidgetKind } from '../kind.ts';
import { gradientFieldParams, gradientFieldQuantities, runGradientField, type GradientFieldExample } from './model.ts';
import { drawGradientField } from './plot.ts';

export const gradientField: WidgetKind<GradientFieldExample> = {
  params: gradientFieldParams,
  quantities: (example, params) => gradientFieldQuantities(example, runGradientField(example, params)),
  plot: (example, document) => drawGradientField(example, runGradientField(example, example.defaults), document),
};
