import { existsSync } from 'node:fs';

/** Where a Chromium for the browser tests is: $CHROMIUM_PATH, then Debian's, then none (Playwright's own). */
export function findChromium() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((path) => path && existsSync(path));
}

/** Chromium's flags for this machine: headless, and no calls home that a closed network would refuse. */
export const chromiumArgs = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-gpu',
];
