import { parseHTML } from 'linkedom';

/** A DOM document for drawing plots at build time; the result is serialised into the page. */
export function serverDocument(): Document {
  return parseHTML('<!doctype html><html><body></body></html>').document as unknown as Document;
}
