// End-to-end test of opening the explorer from disk and of the first visit's transfer:
// - dist/explorer.html (the single self-contained file) opened from file:// lists the
//   seeds, filters, opens an article and the comparison, and makes no request at all
//   (only the file itself, data: and blob: URLs), with no console error;
// - dist/index.html opened from file:// replaces the loading text with the bilingual
//   "serve it or use explorer.html" message;
// - served by a host that sends no caching headers, a first visit, up to the service
//   worker being active, transfers the wasm once (the worker precaches from the HTTP cache).
//
// Usage: node tests/e2e/single.mjs <dist>   (exits non-zero if any test fails)
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { launch, failureScreenshot, outDir } from './browser.mjs';
import { serve } from './server.mjs';

const dist = path.resolve(process.argv[2] || 'dist');
const SEED_ARTICLES = 5;
const browser = await launch();
after(() => browser.close());

/** A fresh page that records every request and everything that went wrong. */
async function recordingPage() {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-US' });
  const page = await context.newPage();
  const requests = [];
  const faults = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('console', (m) => { if (m.type() === 'error') faults.push(`console error: ${m.text()}`); });
  page.on('pageerror', (e) => faults.push(`uncaught: ${e.message}`));
  return { context, page, requests, faults };
}

test('explorer.html from file://: list, query, article, comparison, and not one request', async () => {
  const file = path.join(dist, 'explorer.html');
  assert.ok(fs.existsSync(file), `${file} exists (written by scripts/post_build.mjs)`);
  const url = `file://${file}`;
  const { context, page, requests, faults } = await recordingPage();
  try {
    await page.goto(url);
    await page.waitForSelector('.article-item');
    assert.equal(await page.locator('.article-item').count(), SEED_ARTICLES, 'the seeds\' articles are listed');
    await page.screenshot({ path: `${outDir()}/single-list.png` });

    // The same query as the served end-to-end test: one seed article has this phrase.
    await page.fill('#search', '标志性事件');
    await page.waitForFunction(() => document.querySelectorAll('.article-item').length === 1);

    await page.locator('.article-title a').first().click();
    await page.waitForSelector('.reader');
    assert.match(page.url(), /^file:.*#\/article\//, 'the reader is a hash route of the file');
    await page.screenshot({ path: `${outDir()}/single-reader.png` });

    await page.click('.view-tabs a[href*="compare"]');
    await page.waitForSelector('.group-column');
    assert.ok((await page.locator('.group-column').count()) >= 1, 'the comparison shows its columns');
    await page.screenshot({ path: `${outDir()}/single-compare.png` });

    const made = requests.filter((r) => !r.startsWith(url) && !/^(data|blob):/.test(r));
    assert.deepEqual(made, [], 'no request besides the file itself');
    assert.deepEqual(faults, [], 'no console error or uncaught exception');
    const size = fs.statSync(file).size;
    console.log(`explorer.html (${(size / 1024).toFixed(0)} KB) works from file:// with ${requests.length} request(s): ${requests.map((r) => r.replace(/^file:\/\/.*\//, '')).join(', ')}`);
  } catch (e) {
    await failureScreenshot(page, 'single-file');
    throw e;
  } finally {
    await context.close();
  }
});

test('index.html from file:// says to serve it or use explorer.html, in both languages', async () => {
  const { context, page } = await recordingPage();
  try {
    await page.goto(`file://${path.join(dist, 'index.html')}`);
    const text = await page.locator('#app .loading').innerText();
    await page.screenshot({ path: `${outDir()}/single-index-from-file.png` });
    for (const part of ['./scripts/serve.sh', 'explorer.html', 'web server', '网络服务器']) {
      assert.ok(text.includes(part), `the message names "${part}": ${text}`);
    }
  } catch (e) {
    await failureScreenshot(page, 'index-file-notice');
    throw e;
  } finally {
    await context.close();
  }
});

for (const compressed of [true, false]) {
  const how = compressed ? 'the .br copies' : 'uncompressed';
  test(`a first visit to a host with no caching headers (${how}) transfers the wasm once, service worker included`, () => firstVisit(compressed));
}

async function firstVisit(compressed) {
  const server = await serve(dist, '/explorer/', { production: compressed, noCacheHeaders: true });
  const { context, page, faults } = await recordingPage();
  try {
    await page.goto(server.url);
    await page.waitForSelector('.article-item');
    const beforeWorker = server.served.reduce((n, s) => n + s.bytes, 0);
    await page.evaluate(() => navigator.serviceWorker.ready.then((r) => new Promise((done) => {
      const w = r.active;
      if (w.state === 'activated') done();
      else w.addEventListener('statechange', () => w.state === 'activated' && done());
    })));
    const wasm = server.served.filter((s) => /_bg\.wasm$/.test(s.path));
    const total = server.served.reduce((n, s) => n + s.bytes, 0);
    const kb = (n) => `${(n / 1024).toFixed(0)} KB`;
    console.log(`first visit, no caching headers, ${compressed ? 'br' : 'uncompressed'}: ${kb(beforeWorker)} by the list's paint, ${kb(total)} once the worker is active; ` +
      `wasm served ${wasm.length} time(s), ${kb(wasm.reduce((n, s) => n + s.bytes, 0))}; ` +
      `files: ${server.served.map((s) => `${s.path} ${kb(s.bytes)}`).join(', ')}`);
    assert.equal(wasm.length, 1, 'the wasm is transferred once');
    // The worker's cache holds it all the same: the page works offline.
    const cached = await page.evaluate(async () => {
      const keys = await caches.keys();
      const cache = await caches.open(keys.find((k) => k.startsWith('explorer-')));
      return (await cache.keys()).map((r) => r.url);
    });
    assert.ok(cached.some((u) => u.endsWith('_bg.wasm')), `the worker cached the wasm (${cached.length} entries)`);
    assert.deepEqual(faults, [], 'no console error or uncaught exception');
  } catch (e) {
    await failureScreenshot(page, 'service-worker-bytes');
    throw e;
  } finally {
    await context.close();
    await server.close();
  }
}
