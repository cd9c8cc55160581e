// Makes sure the end-to-end tests have a browser, fonts and the PDF reader before Playwright starts.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './browser.mjs';

const FONT_PACKAGE = 'fonts-dejavu-core';
const FONT_FILE = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf';

/** Whether the machine has any font at all: DejaVu (pinned for stable images) or whatever fontconfig lists. */
function hasFonts() {
  if (existsSync(FONT_FILE)) return true;
  try {
    return execFileSync('fc-list', { encoding: 'utf8' }).trim() !== '';
  } catch {
    return false;
  }
}
/** poppler-utils reads printed PDFs back (pdftotext, pdftoppm) for the print tests. */
const PDF_PACKAGE = 'poppler-utils';
function hasPdfTools() {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = existsSync('/usr/bin/apt-get');

function aptInstall(packages) {
  console.log(`Installing ${packages.join(' ')} with apt-get (needed for the end-to-end tests)…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages], {
    stdio: 'inherit',
    env,
  });
}

const browser = findChromium();
const missing = [];
if (!browser) missing.push('chromium');
// Playwright's own browsers bring no fonts; on Linux, text without fonts renders as boxes.
if (process.platform === 'linux' && !hasFonts()) missing.push(FONT_PACKAGE);
// Optional: without it the print tests say so and skip; installed where apt can.
const optional = !hasPdfTools() && isRoot && hasApt ? [PDF_PACKAGE] : [];
if (missing.length === 0 && optional.length > 0) {
  try {
    aptInstall(optional);
  } catch {
    console.warn(`Could not install ${PDF_PACKAGE}; the print tests will be skipped.`);
  }
}

if (missing.length > 0) {
  if (isRoot && hasApt) {
    aptInstall([...missing, ...optional]);
  } else {
    console.error(
      `End-to-end tests need ${missing.join(' and ')}: install with \`sudo apt-get install ${missing.join(' ')}\` ` +
        '(or `npx playwright install --with-deps chromium`), then run the tests again.',
    );
    process.exit(1);
  }
}

const found = findChromium();
if (!found) {
  console.error('No Chromium found after installing: expected /usr/bin/chromium.');
  process.exit(1);
}
console.log(
  `End-to-end tests use ${found.own ? "Playwright's Chromium" : 'Chromium'} at ${found.path}`,
);
