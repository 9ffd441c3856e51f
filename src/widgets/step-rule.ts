import { adagrad, adam, momentum, nesterov, rmsprop, type LearningRate, type StepOptions } from '@descent/optimizer';

/** The package's first-order methods, by the names the widgets and their URLs use. */
export type StepMethod = 'gd' | 'momentum' | 'nesterov' | 'adagrad' | 'rmsprop' | 'adam';

/**
 * How a run steps: plain descent takes its rate (the descent loop then allocates nothing), the
 * others an optimizer with that rate; β is the momentum of heavy ball and Nesterov.
 */
export function stepRule(method: StepMethod, lr: LearningRate, beta = 0): StepOptions {
  switch (method) {
    case 'gd':
      return { learningRate: lr };
    case 'momentum':
      return { optimizer: momentum(lr, beta) };
    case 'nesterov':
      return { optimizer: nesterov(lr, beta) };
    case 'adagrad':
      return { optimizer: adagrad(lr) };
    case 'rmsprop':
      return { optimizer: rmsprop(lr) };
    case 'adam':
      return { optimizer: adam(lr) };
  }
}
