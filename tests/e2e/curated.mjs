// End-to-end test of a site built from a curator's own corpus, not the seeds' story
// (tests/fixtures/curated_corpus with its explorer.toml, built by scripts/curated.sh): the site
// is named by the curator's file in the header, the tab and the static index.html; the
// placeholders are its examples; no "DeepSeek" anywhere; title order is natural (第 2 期 before
// 第 10 期); an embedded video is an inert link; no request leaves 127.0.0.1.
// The tests (node:test) share one page, in order; a failure saves tests/e2e/out/FAILED-<test>.png.
//
// Usage: node tests/e2e/curated.mjs <dist>   (exits non-zero if any test fails)
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { start, watchedPage, stepsOn, outDir } from './browser.mjs';

// What tests/fixtures/curated_corpus/explorer.toml says.
const SITE = {
  zh: '科技周刊合集', en: 'Tech Weekly Archive', description: '科技周刊与资源推荐文章合集。',
  example: '编辑器 开源', terms: '工具, 视频, 旅游',
};

const [dist] = process.argv.slice(2);
const { server, browser } = await start(dist);
const { page, faults } = await watchedPage(browser, { locale: 'zh-CN' });

const step = stepsOn(page);

step('the static index.html is the curator\'s site: lang, title, description', async () => {
  const html = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
  assert.match(html, /<html lang="zh-CN">/);
  assert.ok(html.includes(`<title>${SITE.zh}</title>`), 'the static <title>');
  assert.ok(html.includes(`<meta name="description" content="${SITE.description}`), 'the meta description');
  assert.ok(!/deepseek/i.test(html), 'index.html names DeepSeek');
});

step('the header and the tab carry the curator\'s title, in both languages', async () => {
  await page.goto(server.url);
  await page.waitForSelector('.article-item');
  assert.equal(await page.locator('.site-title').innerText(), SITE.zh);
  assert.equal(await page.title(), SITE.zh);
  await page.click('.lang-switch');
  await page.waitForFunction((t) => document.title === t, SITE.en);
  assert.equal(await page.locator('.site-title').innerText(), SITE.en);
  await page.click('.lang-switch');
  await page.waitForFunction((t) => document.title === t, SITE.zh);
});

step('the filter and the comparison suggest the curator\'s examples', async () => {
  const placeholder = await page.locator('#search').getAttribute('placeholder');
  assert.ok(placeholder.includes(SITE.example), `filter placeholder: ${placeholder}`);
  await page.locator('#search-help summary').click();
  const help = await page.locator('#search-help').innerText();
  assert.ok(help.includes('编辑器 | 开源'), `filter help: ${help}`);
  await page.goto(`${server.url}#/compare`);
  await page.waitForSelector('.terms-input input');
  assert.equal(await page.locator('.terms-input input').getAttribute('placeholder'), SITE.terms);
  await page.screenshot({ path: `${outDir()}/curated-compare.png`, fullPage: false });
});

step('no page says DeepSeek: list, every article, concordance, comparison', async () => {
  await page.goto(server.url);
  await page.waitForSelector('.article-item');
  while (await page.locator('button.show-more').count()) await page.locator('button.show-more').click({ timeout: 2000 }).catch(() => {});
  const ids = await page.locator('.article-item').evaluateAll((els) => els.map((e) => e.dataset.id));
  assert.ok(ids.length >= 9, `the fixture's articles are listed (${ids.length})`);
  const views = ['#/', '#/kwic?q=工具', '#/compare', ...ids.map((id) => `#/article/${encodeURIComponent(id)}`)];
  for (const hash of views) {
    await page.goto(server.url + hash);
    await page.waitForSelector('main');
    await page.waitForTimeout(100);
    const shown = await page.evaluate(() => document.documentElement.outerHTML);
    assert.ok(!/deepseek/i.test(shown), `${hash} names DeepSeek`);
  }
});

step('an undated corpus opens in title order, natural and by pinyin: 第 1 期, 第 2 期, 第 10 期, 第 100 期', async () => {
  await page.goto(server.url);
  await page.waitForSelector('.article-item');
  assert.equal(await page.locator('button[data-sort="title"]').getAttribute('aria-pressed'), 'true', 'title is the default order');
  const titles = await page.locator('.article-item .article-title').allInnerTexts();
  const issue = (n) => titles.findIndex((t) => t.includes(`第 ${n} 期`));
  const order = [1, 2, 10, 100].map(issue);
  assert.ok(order.every((i) => i >= 0), `every issue is listed: ${titles.join(' | ')}`);
  assert.deepEqual([...order].sort((a, b) => a - b), order, `issues in natural order: ${titles.join(' | ')}`);
  const pinyin = ['春节', '科技', '免费', '值得'].map((w) => titles.findIndex((t) => t.startsWith(w)));
  assert.deepEqual([...pinyin].sort((a, b) => a - b), pinyin, `chun < ke < mian < zhi: ${titles.join(' | ')}`);
  await page.screenshot({ path: `${outDir()}/curated-title-order.png`, fullPage: true });
});

step('an embedded video is an inert link in the reader, never loaded', async () => {
  await page.goto(`${server.url}#/article/weekly-issue-1`);
  await page.waitForSelector('.reader .article-body');
  const embed = page.locator('.article-body .embed a');
  assert.equal(await embed.count(), 1, 'one embed placeholder');
  assert.match(await embed.getAttribute('href'), /^https:\/\/v\.qq\.com\//);
  assert.match(await embed.getAttribute('rel'), /noopener/);
  assert.match(await embed.innerText(), /v\.qq\.com/);
  assert.equal(await page.locator('.reader iframe, .reader video, .reader audio, .reader object, .reader embed').count(), 0);
  await page.screenshot({ path: `${outDir()}/curated-embed.png`, fullPage: false });
});

step('nothing misbehaved: no console error, uncaught exception or dialog, no request off 127.0.0.1', async () => {
  assert.deepEqual(faults, []);
});
