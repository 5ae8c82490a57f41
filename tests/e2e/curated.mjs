// End-to-end test of a site built from a curator's own corpus, not the seeds' story
// (tests/fixtures/curated_corpus with its explorer.toml, built by scripts/curated.sh): the site
// is named by the curator's file in the header, the tab and the static index.html; the
// placeholders are its examples; no "DeepSeek" anywhere; title order is natural (第 2 期 before
// 第 10 期); an embedded video is an inert link; collapsing copies (its one repost) changes the
// list's and the comparison's counts and survives reload; no request leaves 127.0.0.1.
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

// The fixture's one copy: news/travel-repost.md (网易) reposts news/qq-report.md (Tencent News).
const COPY = 'news-travel-repost';
const count = () => page.locator('.result-count').innerText();
const pressed = () => page.locator('.collapse-switch').getAttribute('aria-pressed');
const newsColumn = () => page.locator('.group-column').filter({ has: page.locator('h2', { hasText: /^news$/ }) });

step('collapsing copies counts the story once in the list, says how many are hidden, and survives reload', async () => {
  await page.goto(server.url);
  await page.waitForSelector('.article-item');
  assert.equal(await count(), '10 篇文章');
  assert.equal(await pressed(), 'false');
  assert.equal(await page.locator(`.article-item[data-id="${COPY}"]`).count(), 1, 'the copy is listed');
  await page.locator('.collapse-switch').click();
  await page.waitForFunction(() => location.hash.includes('collapse=1'));
  assert.equal(await count(), '9 篇文章（已隐藏 1 篇转载）');
  assert.equal(await pressed(), 'true');
  assert.equal(await page.locator(`.article-item[data-id="${COPY}"]`).count(), 0, 'the copy is hidden');
  assert.equal(await page.locator('.article-item[data-id="news-qq-report"]').count(), 1, 'its original stays');
  await page.reload();
  await page.waitForSelector('.article-item');
  assert.equal(await count(), '9 篇文章（已隐藏 1 篇转载）', 'after reload');
  assert.equal(await pressed(), 'true');
  await page.fill('#search', '旅游');
  await page.waitForFunction(() => document.querySelector('.result-count').innerText.includes('已隐藏'));
  assert.match(await count(), /^1 \/ 9 篇文章匹配，共 3 处（已隐藏 1 篇转载）$/);
  await page.screenshot({ path: `${outDir()}/curated-collapsed-list.png`, fullPage: false });
});

step('the choice carries to the comparison, whose counts follow it; the switch works from the keyboard', async () => {
  await page.click('.view-tabs a[href*="compare"]');
  await page.waitForSelector('.group-column .group-rate');
  assert.match(page.url(), /collapse=1/);
  await page.goto(`${server.url}#/compare?q=${encodeURIComponent('旅游')}&by=folder&collapse=1`);
  await page.waitForSelector('.group-column .group-rate');
  const collapsed = async () => [await newsColumn().locator('.meta span').first().innerText(), await newsColumn().locator('.group-rate').innerText()];
  const [articles, rate] = await collapsed();
  assert.equal(articles, '1 篇文章');
  assert.match(rate, /^1 \/ 1 篇命中，共 3 处/);
  assert.match(await page.locator('.collapsed-note').innerText(), /不计 1 篇转载/);
  await page.reload();
  await page.waitForSelector('.group-column .group-rate');
  assert.match((await collapsed())[1], /^1 \/ 1 篇命中，共 3 处/, 'after reload');
  await page.screenshot({ path: `${outDir()}/curated-collapsed-compare.png`, fullPage: false });
  await page.locator('.collapse-switch').focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => !location.hash.includes('collapse=1'));
  await page.waitForFunction(() => [...document.querySelectorAll('.group-rate')].some((e) => e.innerText.startsWith('2 / 2')));
  assert.equal(await newsColumn().locator('.meta span').first().innerText(), '2 篇文章');
  assert.match(await newsColumn().locator('.group-rate').innerText(), /^2 \/ 2 篇命中，共 6 处/);
  assert.equal(await page.locator('.collapsed-note').count(), 0);
  assert.equal(await pressed(), 'false');
});

step('nothing misbehaved: no console error, uncaught exception or dialog, no request off 127.0.0.1', async () => {
  assert.deepEqual(faults, []);
});
