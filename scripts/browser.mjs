// Finds a Chromium for the end-to-end tests: Playwright's own when installed, else Debian's.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export const SYSTEM_CHROMIUM = '/usr/bin/chromium';

/** Flags for a headless Chromium on a machine with no network and no GPU. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** Path of the Chromium to use, or null when none is installed. */
export function findChromium() {
  const fromEnv = process.env.ORGSCOPE_CHROMIUM;
  if (fromEnv && existsSync(fromEnv)) return { path: fromEnv, own: false };
  try {
    const own = chromium.executablePath();
    if (own && existsSync(own)) return { path: own, own: true };
  } catch {
    // Playwright throws when it has no browser of its own; fall through to the system one.
  }
  if (existsSync(SYSTEM_CHROMIUM)) return { path: SYSTEM_CHROMIUM, own: false };
  return null;
}
