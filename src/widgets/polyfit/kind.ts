import type { WidgetKind } from '../kind.ts';
import { polynomialFitParams, polynomialFitQuantities, runPolynomialFit, type PolynomialFitExample } from './model.ts';
import { drawPolynomialFit } from './plot.ts';

export const polynomialFit: WidgetKind<PolynomialFitExample> = {
  params: polynomialFitParams,
  quantities: (example, params) => polynomialFitQuantities(runPolynomialFit(example, params)),
  plot: (example, document) => drawPolynomialFit(example, runPolynomialFit(example, example.defaults), document),
};
