// Makes sure the browser tests have a Chromium: finds one, or installs Debian's when that is possible.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './chromium.mjs';

if (findChromium() || process.env.PLAYWRIGHT_OWN_BROWSER) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (isRoot && existsSync('/etc/debian_version')) {
  console.log('No Chromium found: installing Debian’s chromium package (running as root).');
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'inherit' });
  if (findChromium()) process.exit(0);
}
console.error(`No Chromium found for the browser tests. Either:
  - install one and point CHROMIUM_PATH at it (on Debian or Ubuntu: apt-get install chromium), or
  - let Playwright fetch its own: npx playwright install chromium, then set PLAYWRIGHT_OWN_BROWSER=1.`);
process.exit(1);
