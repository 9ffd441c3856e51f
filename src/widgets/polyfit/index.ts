import { buildOnly, type WidgetKind } from '../kind.ts';
import PolynomialFit from './PolynomialFit.tsx';
import { polynomialFitParams, polynomialFitQuantities, runPolynomialFit, type PolynomialFitExample, type PolynomialFitResult, describePolynomialFit } from './model.ts';

export const polynomialFit: WidgetKind<PolynomialFitExample, PolynomialFitResult> = {
  name: 'polynomial-fit',
  params: polynomialFitParams,
  run: runPolynomialFit,
  quantities: import.meta.env.SSR ? (_, result) => polynomialFitQuantities(result) : buildOnly,
  describe: (_, params, result) => describePolynomialFit(params, result),
  plot: () => import('./plot.ts').then((m) => m.drawPolynomialFit),
  island: PolynomialFit,
};
