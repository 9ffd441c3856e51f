import type { PlaygroundParams } from './model.ts';

/** The playground's example id: its settings travel in the address as `playground.<name>`. */
export const playgroundId = 'playground';

/**
 * The address of the playground (under `base`, which ends with a slash) set to `settings`: the
 * settings given are in the query, the rest keep the playground's defaults.
 */
export function playgroundHref(base: string, settings: Partial<PlaygroundParams>): string {
  const query = Object.entries(settings)
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) => `${playgroundId}.${name}=${encodeURIComponent(String(value)).replace(/%2C/gi, ',')}`)
    .join('&');
  return `${base}playground/?${query}#${playgroundId}`;
}
