// Launches the system Chromium through playwright-core with the flags this
// machine needs, and watches a page for anything that must not happen:
// console errors, uncaught exceptions, dialogs (a seed's script running) and
// requests leaving 127.0.0.1.
import { chromium } from 'playwright-core';
import fs from 'node:fs';

export const ARGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic',
  '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export async function launch() {
  return chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: ARGS });
}

/** A page plus a list of everything it did wrong. */
export async function watchedPage(browser, { viewport = { width: 1280, height: 900 }, locale = 'en-US', colorScheme = 'light' } = {}) {
  const context = await browser.newContext({ viewport, locale, colorScheme, acceptDownloads: true });
  const page = await context.newPage();
  const faults = [];
  page.on('console', (m) => { if (m.type() === 'error') faults.push(`console error: ${m.text()}`); });
  page.on('pageerror', (e) => faults.push(`uncaught: ${e.message}`));
  page.on('dialog', async (d) => { faults.push(`dialog opened (a script ran): ${d.message()}`); await d.dismiss(); });
  page.on('request', (r) => {
    const u = new URL(r.url());
    if (!['127.0.0.1', ''].includes(u.hostname) && !['data:', 'blob:'].includes(u.protocol)) {
      faults.push(`request left 127.0.0.1: ${r.url()}`);
    }
  });
  return { page, faults };
}

export function outDir() {
  const dir = new URL('./out/', import.meta.url).pathname;
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}
