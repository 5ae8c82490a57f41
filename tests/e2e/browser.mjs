// Launches the system Chromium through playwright-core with the flags this
// machine needs, and watches a page for anything that must not happen:
// console errors, uncaught exceptions, dialogs (a seed's script running) and
// requests leaving 127.0.0.1. The scripts' tests are node:test tests (run when
// a script is executed: `node tests/e2e/run.mjs dist`); `start` serves the
// bundle and launches Chromium for them, and closes both after the last test.
import { chromium } from 'playwright-core';
import { after, test } from 'node:test';
import fs from 'node:fs';
import assert from 'node:assert/strict';
import { serve } from './server.mjs';

export const ARGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic',
  '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export async function launch() {
  return chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: ARGS });
}

/** Serves `dist` under /explorer/ (see server.mjs for `serveOptions`) and launches Chromium;
 *  resolves to { server, browser }, both closed once every test of the file has run. */
export async function start(dist, serveOptions) {
  const server = await serve(dist, '/explorer/', serveOptions);
  const browser = await launch();
  after(async () => {
    await browser.close();
    await server.close();
  });
  return { server, browser };
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

/** Saves what a page shows as tests/e2e/out/FAILED-<name>.png (for a test that failed on it). */
export async function failureScreenshot(page, name, { fullPage = true } = {}) {
  await page.screenshot({ path: `${outDir()}/FAILED-${name.replace(/\W+/g, '-')}.png`, fullPage }).catch(() => {});
}

/** `scenario(name, fn, options)`: a node:test test on a fresh page of its own (a new browser
 *  context with `options`, see watchedPage), which also fails if the page misbehaved, and
 *  saves a screenshot if it fails. */
export function scenarioOn(browser) {
  return (name, fn, options = {}) => test(name, async () => {
    const { page, faults } = await watchedPage(browser, options);
    page.setDefaultTimeout(10000);
    try {
      await fn(page);
      assert.deepEqual(faults, [], 'the page misbehaved');
    } catch (e) {
      await failureScreenshot(page, name);
      throw e;
    } finally {
      await page.context().close();
    }
  });
}

/** Tests that share one page, in order: `const step = stepsOn(page); step(name, fn)` is a
 *  node:test test that saves a screenshot of the page if it fails. */
export function stepsOn(page) {
  return (name, fn) => test(name, async () => {
    try {
      await fn();
    } catch (e) {
      await failureScreenshot(page, name, { fullPage: false });
      throw e;
    }
  });
}

/** Marks, from inside the page, when the first frame showing list items is painted: a frame
 *  callback once the first item is in the DOM, then a message that runs once that frame is
 *  painted; `window.firstListPaint` holds its time (not when the test gets round to asking). */
export async function markFirstListPaint(page) {
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (!document.querySelector('.article-item')) return;
      observer.disconnect();
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => { window.firstListPaint = performance.now(); };
        channel.port2.postMessage(0);
      });
    }).observe(document, { childList: true, subtree: true });
  });
}
