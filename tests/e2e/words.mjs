// The word tools (issue 15), on the seeds, served from /explorer/ in headless Chromium: each
// tool is reachable from the view tabs, follows the query, opens the concordance (a collocate
// with only the lines where both occur) or the reader (a plot mark at its hit), downloads its
// table, and fits a 390 px phone without sideways scrolling. Screenshots in out/.
//
// Usage: node tests/e2e/words.mjs [dist]
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { start, scenarioOn, outDir } from './browser.mjs';

const dist = process.argv[2] || 'dist';
const { server, browser } = await start(dist);
const scenario = scenarioOn(browser);
const out = outDir();
const q = (s) => encodeURIComponent(s);

/** Waits until every column of the word tools is rendered. */
async function settled(page) {
  await page.waitForSelector('.word-column');
  await page.waitForFunction(() => !document.querySelector('.word-columns[aria-busy]'));
}

/** The first column's (the whole corpus's) table rows, as arrays of cell texts. */
async function firstRows(page) {
  return page.locator('.word-column').first().locator('tbody tr').evaluateAll((rows) =>
    rows.map((r) => [...r.cells].map((c) => c.innerText.trim())));
}

scenario('the word list is a tab away, counts every word, sorts and filters in the URL', async (page) => {
  await page.goto(server.url);
  await page.waitForSelector('.article-item');
  await page.click('.view-tabs a[href*="/words"]');
  await settled(page);
  const rows = await firstRows(page);
  assert.equal(rows.length, 25, 'the first 25 rows');
  assert.equal(rows[0][0], '1');
  const counts = rows.map((r) => Number(r[2].replace(/,/g, '')));
  assert.deepEqual(counts, [...counts].sort((a, b) => b - a), 'by count, most first');
  assert.ok(rows.some((r) => r[1] === 'deepseek'), 'deepseek is among the top words');
  // Function words are hidden by default.
  assert.ok(!rows.some((r) => ['的', '了', '是'].includes(r[1])), `no function word: ${rows.map((r) => r[1])}`);
  await page.locator('.word-column').first().locator('th a', { hasText: 'Word' }).click();
  await page.waitForURL(/col=word/);
  await settled(page);
  const words = (await firstRows(page)).map((r) => r[1]);
  assert.deepEqual(words, [...words].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)), 'A to Z');
  await page.fill('input[data-option="has"]', '开源');
  await page.waitForURL(/has=/);
  await settled(page);
  const filtered = await firstRows(page);
  assert.ok(filtered.length > 0 && filtered.every((r) => r[1].includes('开源')), JSON.stringify(filtered));
  // A word opens its concordance.
  await page.locator('.word-column').first().locator('tbody a.word', { hasText: /^开源$/ }).click();
  await page.waitForSelector('.kwic-line');
  assert.match(page.url(), /#\/kwic\?q=%E5%BC%80%E6%BA%90/);
  const download = page.waitForEvent('download');
  await page.goBack();
  await settled(page);
  await page.locator('.word-column').first().locator('button[data-export="wordlist.csv"]').click();
  const file = await download;
  const csv = fs.readFileSync(await file.path(), 'utf8');
  assert.match(csv, /^\uFEFFrank,word,count,per 10k chars,articles,DP\r?\n\d+,开源,\d+,/, csv.slice(0, 80));
  await page.screenshot({ path: `${out}/words-list-1280.png`, fullPage: true });
});

scenario('collocates follow the query, per group, and open the lines where both occur', async (page) => {
  await page.goto(`${server.url}#/words?q=${q('开源')}&tool=colloc&by=outlet`);
  await settled(page);
  const columns = await page.locator('.word-column').count();
  assert.ok(columns >= 3, `the whole corpus and the outlets: ${columns}`);
  const rows = await firstRows(page);
  assert.ok(rows.length > 0, 'collocates of 开源');
  const scores = rows.map((r) => Number(r[1]));
  assert.deepEqual(scores, [...scores].sort((a, b) => b - a), 'by logDice, highest first');
  assert.ok(scores.every((s) => s <= 14), 'logDice is at most 14');
  const [word, , together] = rows[0];
  await page.locator('.word-column').first().locator('tbody a.word').first().click();
  await page.waitForSelector('.with-filter');
  const lines = await page.locator('.kwic-line').count();
  // One line per hit with the collocate in its window (a window may hold it twice).
  assert.ok(lines > 0 && lines <= Number(together), `${word}: ${lines} lines for ${together} in the windows`);
  assert.match(await page.locator('.with-filter').innerText(), new RegExp(`${lines} lines with ${word} within 5 words`));
  await page.click('.with-filter a');
  await page.waitForFunction(() => !document.querySelector('.with-filter'));
  assert.ok((await page.locator('.kwic-line').count()) >= lines);
  // The query changes, the collocates follow.
  await page.goto(`${server.url}#/words?q=${q('开源')}&tool=colloc&stat=mi&win=2&side=right`);
  await settled(page);
  assert.equal(await page.locator('select[data-option="win"]').inputValue(), '2');
  const right = await firstRows(page);
  await page.fill('.search input', '英伟达');
  await page.waitForURL(/q=%E8%8B%B1/);
  await settled(page);
  assert.notDeepEqual(await firstRows(page), right, 'new query, new collocates');
  await page.screenshot({ path: `${out}/words-colloc-1280.png`, fullPage: true });
});

scenario('clusters with and without a query open the concordance of the phrase', async (page) => {
  await page.goto(`${server.url}#/words?tool=clusters`);
  await settled(page);
  const rows = await firstRows(page);
  assert.ok(rows.length > 0);
  const counts = rows.map((r) => Number(r[1]));
  assert.deepEqual(counts, [...counts].sort((a, b) => b - a));
  assert.ok(counts.every((c) => c >= 2), 'minimum frequency 2');
  await page.goto(`${server.url}#/words?tool=clusters&q=${q('开源')}`);
  await settled(page);
  const withQuery = await firstRows(page);
  assert.ok(withQuery.length > 0 && withQuery.every((r) => r[0].includes('开源')), JSON.stringify(withQuery.slice(0, 5)));
  // On the left: every cluster starts with the term.
  await page.selectOption('select[data-option="pos"]', 'left');
  await page.waitForURL(/pos=left/);
  await settled(page);
  const left = await firstRows(page);
  assert.ok(left.length > 0 && left.every((r) => r[0].startsWith('开源')), JSON.stringify(left.slice(0, 5)));
  await page.locator('.word-column').first().locator('tbody a.word').first().click();
  await page.waitForSelector('.kwic-line');
  assert.match(decodeURIComponent(page.url()), /q="开源/);
});

scenario('the dispersion plot marks every hit and a mark opens the reader at it', async (page) => {
  await page.goto(`${server.url}#/words?q=${q('梁文锋 OR DeepSeek')}&tool=plot`);
  await settled(page);
  assert.equal(await page.locator('.plot-legend .legend-item').count(), 2);
  const first = page.locator('.word-column').first();
  const marks = await first.locator('.plot-mark').count();
  const hits = await first.locator('.plot-table tbody td:nth-child(2)').allTextContents();
  assert.equal(marks, hits.reduce((s, h) => s + Number(h.replace(/,/g, '')), 0), 'a mark per hit');
  const mark = first.locator('.plot-bar a').nth(1);
  const href = await mark.getAttribute('href');
  assert.match(href, /#\/article\/.+hit=1/);
  await mark.click();
  await page.waitForSelector('.article-body mark.current');
  await page.screenshot({ path: `${out}/words-plot-1280.png`, fullPage: true });
});

for (const tool of ['list', 'colloc', 'clusters', 'plot']) {
  scenario(`at 390 px the ${tool} tool does not scroll sideways`, async (page) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${server.url}#/words?q=${q('开源')}&tool=${tool}`);
    await settled(page);
    const wider = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.equal(wider, 0, 'sideways scrolling');
    await page.screenshot({ path: `${out}/words-${tool}-390.png` });
  });
}

