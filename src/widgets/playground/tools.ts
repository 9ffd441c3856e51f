import type * as Reader from './reader.ts';

/** The formula reader, its gradients and its TeX: loaded by the browser only once the reader edits. */
export type FormulaTools = typeof Reader;

let loaded: FormulaTools | undefined;

/** Loads the tools (once); the build and the tests load them before any page is drawn. */
export async function loadTools(): Promise<FormulaTools> {
  loaded ??= await import('./reader.ts');
  return loaded;
}

/** The tools, if loaded. */
export function loadedTools(): FormulaTools | undefined {
  return loaded;
}

/** The tools, which must be loaded by now. */
export function tools(): FormulaTools {
  if (!loaded) throw new Error('The formula reader is not loaded: await loadTools() first.');
  return loaded;
}
