// End-to-end test of a bundle built from hostile and broken seeds
// (tests/fixtures/bad_seeds plus a 20 MB file, made by scripts/hostile.sh):
// every file is listed and marked, every article opens, no script from any
// seed runs and no request leaves 127.0.0.1.
//
// Usage: node tests/e2e/hostile.mjs <dist> <seeds-folder>
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { serve } from './server.mjs';
import { launch, watchedPage, outDir } from './browser.mjs';

const [dist, seeds] = process.argv.slice(2);
const files = fs.readdirSync(seeds).filter((f) => f !== 'metadata.csv' && !f.startsWith('.'));
const server = await serve(dist);
const browser = await launch();
const { page, faults } = await watchedPage(browser);
let failed = false;
try {
  await page.goto(server.url);
  await page.waitForSelector('.article-item');
  // The list renders a screenful and grows as it is scrolled: show every item.
  while (await page.locator('button.show-more').count()) await page.locator('button.show-more').click({ timeout: 2000 }).catch(() => {});
  const ids = await page.locator('.article-item').evaluateAll((els) => els.map((e) => e.dataset.id));
  assert.equal(ids.length, files.length, `every seed file is listed (${files.length} files)`);
  const marked = await page.locator('.article-item .badge.warn').count();
  assert.ok(marked >= files.length - 1, `broken files are marked (${marked} badges)`);
  await page.locator('.warnings-panel summary').click();
  const warnings = await page.locator('.warnings-panel li').allInnerTexts();
  for (const f of ['hostile.html', 'svg_and_css.html', 'huge.txt', 'binary.png', 'invalid_utf8.txt']) {
    assert.ok(warnings.some((w) => w.includes(`seeds/${f}`)), `the warnings panel names ${f}`);
  }
  await page.screenshot({ path: `${outDir()}/hostile-list.png`, fullPage: false });
  for (const id of ids) {
    await page.goto(`${server.url}#/article/${encodeURIComponent(id)}`);
    await page.waitForSelector('.reader');
  }
  const pwned = await page.evaluate(() => window.__pwned);
  assert.equal(pwned, undefined, 'a seed script ran');
  assert.equal(await page.locator('.reader script, .reader iframe, .reader object, .reader svg, .reader img').count(), 0);
  assert.deepEqual(faults, [], 'the page misbehaved');
  console.log(`ok   ${ids.length} hostile and broken seeds listed, marked and opened; nothing ran, nothing left 127.0.0.1`);
} catch (e) {
  failed = true;
  console.log(`FAIL hostile seeds\n     ${String(e.message).split('\n').join('\n     ')}`);
  await page.screenshot({ path: `${outDir()}/FAILED-hostile.png` }).catch(() => {});
}
await browser.close();
await server.close();
process.exit(failed ? 1 : 0);
