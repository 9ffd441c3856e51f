/** The chapters in reading order; slugs are their URLs and never change. */
export const chapters = [
  { slug: 'derivatives', title: 'Derivatives' },
  { slug: 'partial-derivatives', title: 'Partial derivatives' },
  { slug: 'gradients', title: 'Gradients' },
  { slug: 'gradient-descent-one-variable', title: 'Gradient descent in one variable' },
  { slug: 'gradient-descent-several-variables', title: 'Gradient descent in several variables' },
  { slug: 'stochastic-gradient-descent', title: 'Stochastic and mini-batch gradient descent' },
  { slug: 'convexity', title: 'Convexity' },
  { slug: 'bias-variance-double-descent', title: 'Bias, variance and double descent' },
] as const;

export type Chapter = (typeof chapters)[number]['slug'];
