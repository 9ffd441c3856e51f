import { createHash } from 'node:crypto';
import * as Plot from '@observablehq/plot';
import { serverDocument } from './server.ts';

/**
 * The CSP hash of the `<style>` element Plot puts in every chart. Its text depends only on Plot's
 * version, so one empty chart gives it; the policy must allow it or live charts lose their styles.
 */
export function plotStyleHash(): `sha256-${string}` {
  const chart = Plot.plot({ document: serverDocument(), marks: [] });
  const css = chart.querySelector('style')?.textContent;
  if (!css) throw new Error('Plot no longer adds a <style> element to its charts: the CSP hash is obsolete.');
  return `sha256-${createHash('sha256').update(css).digest('base64')}`;
}
