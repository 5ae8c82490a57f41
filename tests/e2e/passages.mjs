// Shared passages in the reader (issue 14), on the seeds: seed 000 marks the sentence it
// shares with seed 004, says so above its text, and its link opens seed 004 at that passage,
// in both languages and both themes (screenshots reader-passage-{light,dark}.png in out/).
// Spelling variants: a query for 梁文锋 is offered 梁文峰 as one link to the OR query, in the
// list and the comparison, and the comparison lists the variant sets per group.
//
// Usage: node tests/e2e/passages.mjs [dist]
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { start, scenarioOn, outDir } from './browser.mjs';

const dist = process.argv[2] || 'dist';
const { server, browser } = await start(dist);
const scenario = scenarioOn(browser);
const out = outDir();

const A = '000_823bd0b36655b433';
const B = '004_f2c8ec8c15103647';
const IN_A = '1月27日，Deepseek应用登顶苹果中国地区和美国地区应用商店免费APP下载排行榜，在美区下载榜上超越了ChatGPT';
const IN_B = '1月27日，DeepSeek应用登顶苹果美国地区应用商店免费APP下载排行榜，在美区下载榜上超越了ChatGPT';
const TITLE_A = '周鸿祎谈DeepSeek：开启AI产业的“iPhone”时刻';
const TITLE_B = '关胖本胖｜DeepSeek和国运有啥关系？';

/** The marked passages' texts, each passage's pieces joined. */
async function marked(page) {
  return page.locator('.article-body .passage').evaluateAll((els) => {
    const out = [];
    for (const el of els) {
      if (el.id) out.push('');
      out[out.length - 1] += el.textContent;
    }
    return out;
  });
}

for (const colorScheme of ['light', 'dark']) {
  scenario(`the reader marks the shared passage and opens the other article at it (${colorScheme})`, async (page) => {
    await page.goto(`${server.url}#/article/${A}`);
    await page.waitForSelector('.article-body .passage');
    assert.deepEqual(await marked(page), [IN_A]);
    const line = await page.locator('.shared-line').innerText();
    assert.match(line, /^Shares 1 passage, \d+ % of its text, with: /);
    assert.ok(line.endsWith(TITLE_B), line);
    const note = page.locator('.passage-note');
    assert.equal(await note.innerText(), `Also in: ${TITLE_B}`);
    // The mark is not a search hit's: an underline, no background.
    const style = await page.locator('.passage').first().evaluate((el) => {
      const s = getComputedStyle(el);
      return { line: s.textDecorationLine, color: s.textDecorationColor, bg: s.backgroundColor };
    });
    assert.equal(style.line, 'underline');
    assert.equal(style.bg, 'rgba(0, 0, 0, 0)');
    assert.equal(style.color, colorScheme === 'light' ? 'rgb(23, 121, 90)' : 'rgb(95, 211, 165)');
    await page.locator('.passage').first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${out}/reader-passage-${colorScheme}.png` });
    await note.locator('a').click();
    await page.waitForURL(new RegExp(`#/article/${B}\\?at=725$`));
    await page.waitForSelector('.passage.current');
    assert.deepEqual(await marked(page), [IN_B]);
    assert.equal(await page.locator('.passage.current').innerText(), IN_B);
    await page.waitForFunction(() => {
      const r = document.querySelector('.passage.current').getBoundingClientRect();
      return r.top >= 0 && r.bottom <= innerHeight;
    });
    assert.ok((await page.locator('.shared-line').innerText()).endsWith(TITLE_A));
    await page.screenshot({ path: `${out}/reader-passage-at-${colorScheme}.png` });
  }, { colorScheme });
}

scenario('the line above the text is in Chinese too; an article that shares nothing says nothing', async (page) => {
  await page.goto(`${server.url}#/article/${B}`);
  await page.waitForSelector('.shared-line');
  assert.match(await page.locator('.shared-line').innerText(), /^与以下文章共有 1 段文字，占本文 \d+%：/);
  assert.equal(await page.locator('.passage-note').innerText(), `亦见于：${TITLE_A}`);
  await page.goto(`${server.url}#/`);
  await page.waitForSelector('.article-item');
  assert.equal(await page.locator('.copy-of').count(), 0, 'no seed is a copy');
  await page.goto(`${server.url}#/article/${await firstOther(page)}`);
  await page.waitForSelector('.article-body');
  assert.equal(await page.locator('.passage, .shared-line').count(), 0);
}, { locale: 'zh-CN' });

/** The id of a listed article that is neither A nor B. */
async function firstOther(page) {
  const ids = await page.locator('.article-item').evaluateAll((els) => els.map((e) => e.dataset.id));
  return ids.find((id) => id !== A && id !== B);
}

scenario('a search hit inside the passage is marked within it, and hit navigation still works', async (page) => {
  await page.goto(`${server.url}#/article/${A}?q=ChatGPT`);
  await page.waitForSelector('.passage mark');
  assert.deepEqual(await marked(page), [IN_A]);
  assert.equal(await page.locator('.passage mark').first().innerText(), 'ChatGPT');
});

scenario('the comparison tabulates the shared sentence by source, lists it, links to it and exports it', async (page) => {
  await page.goto(`${server.url}#/compare?by=source`);
  await page.waitForSelector('.shared-passages table');
  const cells = await page.locator('.shared-passages tbody tr').evaluateAll((rows) =>
    rows.map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent)));
  // qq (9,487 characters) holds 61 of them in cdt; cdt (3,506) holds 56 in qq.
  assert.deepEqual(cells, [
    ['0.0 % (0)', '0.6 % (61)', '99.4 % (9426)'],
    ['1.6 % (56)', '0.0 % (0)', '98.4 % (3450)'],
  ]);
  assert.equal(await page.locator('.shared-passages caption').count(), 1);
  assert.equal(await page.locator('.shared-passages th[scope="col"]').count(), 4);
  assert.match(await page.locator('.shared-passages').innerText(), /The other 1 group shares no text/);
  assert.deepEqual(await page.locator('.passage-list .passage-text').allInnerTexts(), [IN_A, IN_B]);
  const [csvFile] = await Promise.all([page.waitForEvent('download'), page.click('button[data-export="passages.csv"]')]);
  const csv = fs.readFileSync(await csvFile.path(), 'utf8').replace(/^\uFEFF/, '').trim().split(/\r?\n/);
  assert.equal(csv[0], 'passage,similarity,group,source,article,title,start,end,text');
  assert.equal(csv.length, 3);
  assert.ok(csv[1].startsWith('1,0.955,') && csv[1].endsWith(IN_A), csv[1]);
  const [jsonFile] = await Promise.all([page.waitForEvent('download'), page.click('button[data-export="passages.json"]')]);
  const json = JSON.parse(fs.readFileSync(await jsonFile.path(), 'utf8'));
  assert.deepEqual(json[0].places.map((p) => [p.article, p.end - p.start, p.text]), [[A, 61, IN_A], [B, 56, IN_B]]);
  await page.locator('.passage-list a').first().click();
  await page.waitForURL(new RegExp(`#/article/${A}\\?.*at=488`));
  await page.waitForSelector('.passage.current');
  assert.equal(await page.locator('.passage.current').innerText(), IN_A);
});

scenario('the section in Chinese, with the query: the passage holding it is marked', async (page) => {
  await page.goto(`${server.url}#/compare?q=ChatGPT`);
  await page.waitForSelector('.shared-passages .passage-list');
  const text = await page.locator('.shared-passages').innerText();
  assert.match(text, /共有段落/);
  assert.match(text, /含检索词/);
  assert.match(text, /相似度 96%/);
}, { locale: 'zh-CN' });

/** The hits the list's status line counts (the last number in it). */
async function listedHits(page) {
  const status = await page.locator('.result-count').innerText();
  return Number(status.match(/(\d[\d,]*)[^\d]*$/)[1].replace(/,/g, ''));
}

for (const colorScheme of ['light', 'dark']) {
  scenario(`the list offers 梁文锋's other spelling as one link to the OR query (${colorScheme})`, async (page) => {
    await page.goto(`${server.url}#/?q=${encodeURIComponent('梁文锋')}`);
    await page.waitForSelector('.also-written a');
    await page.waitForSelector('.article-item');
    const offer = page.locator('.also-written a');
    assert.equal(await offer.innerText(), 'also written 梁文峰: 3 more hits');
    const before = await listedHits(page);
    await page.screenshot({ path: `${out}/also-written-${colorScheme}.png` });
    await offer.click();
    await page.waitForURL(/q=%E6%A2%81%E6%96%87%E9%94%8B\+OR\+%E6%A2%81%E6%96%87%E5%B3%B0/);
    await page.waitForFunction((n) => {
      const m = document.querySelector('.result-count').innerText.match(/(\d+)[^\d]*$/);
      return m && Number(m[1]) === n;
    }, before + 3);
    assert.equal(await page.locator('.also-written').count(), 0, 'the OR query is offered nothing more');
  }, { colorScheme });
}

scenario('the offer in Chinese, and in the comparison; its link keeps the comparison', async (page) => {
  await page.goto(`${server.url}#/?q=${encodeURIComponent('梁文锋')}`);
  await page.waitForSelector('.also-written a');
  assert.equal(await page.locator('.also-written a').innerText(), '也写作 梁文峰：另有 3 处');
  await page.goto(`${server.url}#/compare?q=${encodeURIComponent('梁文锋')}`);
  await page.waitForSelector('.also-written a');
  assert.equal(await page.locator('.also-written a').innerText(), '也写作 梁文峰：另有 3 处');
  await page.locator('.also-written a').click();
  await page.waitForURL(/#\/compare\?q=%E6%A2%81%E6%96%87%E9%94%8B\+OR\+%E6%A2%81%E6%96%87%E5%B3%B0/);
  assert.equal(await page.locator('.also-written').count(), 0);
}, { locale: 'zh-CN' });

const SPELLINGS = [
  ['DeepSeek', '143'], ['Deepseek', '39'], ['Deeepseek', '1'], ['Deeseek', '1'],
  ['ChatGPT', '13'], ['chatgpt', '2'], ['高性能', '6'], ['高效能', '2'], ['梁文锋', '4'], ['梁文峰', '3'],
];

for (const [colorScheme, locale] of [['light', 'en-US'], ['dark', 'zh-CN']]) {
  scenario(`the comparison lists the spelling variants per group (${colorScheme}, ${locale})`, async (page) => {
    await page.goto(`${server.url}#/compare?by=source`);
    await page.waitForSelector('.spelling-variants table');
    const rows = await page.locator('.spelling-variants tbody tr').evaluateAll((trs) =>
      trs.map((tr) => [tr.querySelector('th').textContent, tr.lastElementChild.textContent]));
    assert.deepEqual(rows, SPELLINGS);
    assert.equal(await page.locator('.spelling-variants tbody').count(), 4);
    // Per group: the groups' counts add up to the whole corpus's.
    const sums = await page.locator('.spelling-variants tbody tr').evaluateAll((trs) => trs.map((tr) => {
      const tds = [...tr.querySelectorAll('td')].map((td) => Number(td.textContent));
      return tds.slice(0, -1).reduce((a, b) => a + b, 0) === tds[tds.length - 1];
    }));
    assert.ok(sums.every(Boolean), String(sums));
    const heading = await page.locator('#variants-heading').innerText();
    assert.equal(heading, locale === 'en-US' ? 'Spelling variants' : '异写');
    await page.locator('.spelling-variants').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${out}/variants-${colorScheme}.png` });
    await page.locator('.spelling-variants a', { hasText: '梁文峰' }).click();
    await page.waitForURL(/#\/compare\?q=%E6%A2%81%E6%96%87%E5%B3%B0/);
    await page.waitForSelector('.also-written a');
    assert.match(await page.locator('.also-written a').innerText(), /梁文锋/);
  }, { colorScheme, locale });
}
