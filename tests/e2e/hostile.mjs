// End-to-end test of a bundle built from hostile and broken seeds
// (tests/fixtures/bad_seeds plus a 20 MB file, made by scripts/hostile.sh):
// every file is listed and marked, every article opens, no script from any
// seed runs and no request leaves 127.0.0.1. The tests (node:test) share one
// page, in order; a failure saves tests/e2e/out/FAILED-<test>.png.
//
// Usage: node tests/e2e/hostile.mjs <dist> <seeds-folder>   (exits non-zero if any test fails)
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { start, watchedPage, stepsOn, outDir } from './browser.mjs';

const [dist, seeds] = process.argv.slice(2);
const files = fs.readdirSync(seeds).filter((f) => f !== 'metadata.csv' && !f.startsWith('.'));
const { server, browser } = await start(dist);
const { page, faults } = await watchedPage(browser);
let ids = [];

const step = stepsOn(page);

step(`all ${files.length} seed files are listed, the broken ones marked and named in the warnings panel`, async () => {
  await page.goto(server.url);
  await page.waitForSelector('.article-item');
  // The list renders a screenful and grows as it is scrolled: show every item.
  while (await page.locator('button.show-more').count()) await page.locator('button.show-more').click({ timeout: 2000 }).catch(() => {});
  ids = await page.locator('.article-item').evaluateAll((els) => els.map((e) => e.dataset.id));
  assert.equal(ids.length, files.length, `every seed file is listed (${files.length} files)`);
  const marked = await page.locator('.article-item .badge.warn').count();
  assert.ok(marked >= files.length - 1, `broken files are marked (${marked} badges)`);
  await page.locator('.warnings-panel summary').click();
  const warnings = await page.locator('.warnings-panel li').allInnerTexts();
  for (const f of ['hostile.html', 'svg_and_css.html', 'huge.txt', 'binary.png', 'invalid_utf8.txt']) {
    assert.ok(warnings.some((w) => w.includes(`seeds/${f}`)), `the warnings panel names ${f}`);
  }
  await page.screenshot({ path: `${outDir()}/hostile-list.png`, fullPage: false });
});

step('every listed article opens, no seed script runs and the reader holds nothing that could run one', async () => {
  assert.ok(ids.length > 0, 'articles were listed');
  for (const id of ids) {
    await page.goto(`${server.url}#/article/${encodeURIComponent(id)}`);
    await page.waitForSelector('.reader');
  }
  const pwned = await page.evaluate(() => window.__pwned);
  assert.equal(pwned, undefined, 'a seed script ran');
  assert.equal(await page.locator('.reader script, .reader iframe, .reader object, .reader svg, .reader img').count(), 0);
  console.log(`${ids.length} hostile and broken seeds listed, marked and opened`);
});

step('nothing misbehaved: no console error, uncaught exception or dialog, no request off 127.0.0.1', async () => {
  assert.deepEqual(faults, [], 'the page misbehaved');
});
