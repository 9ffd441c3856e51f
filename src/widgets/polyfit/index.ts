import type { WidgetKind } from '../kind.ts';
import PolynomialFit from './PolynomialFit.tsx';
import { polynomialFitParams, polynomialFitQuantities, runPolynomialFit, type PolynomialFitExample, type PolynomialFitResult } from './model.ts';

export const polynomialFit: WidgetKind<PolynomialFitExample, PolynomialFitResult> = {
  name: 'polynomial-fit',
  params: polynomialFitParams,
  run: runPolynomialFit,
  quantities: (_, result) => polynomialFitQuantities(result),
  plot: () => import('./plot.ts').then((m) => m.drawPolynomialFit),
  island: PolynomialFit,
};
