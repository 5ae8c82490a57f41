// End-to-end test of the release bundle: served from /explorer/ on 127.0.0.1,
// driven in headless Chromium like a reader would. Each scenario is a node:test
// test on a fresh page, which also fails if the page logs a console error, throws,
// opens a dialog or sends a request off 127.0.0.1. Prints its timings and saves
// screenshots in tests/e2e/out/ (FAILED-<scenario>.png for a scenario that failed).
//
// Usage: node tests/e2e/run.mjs [dist]   (exits non-zero if any scenario fails)
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { start, scenarioOn, outDir } from './browser.mjs';

const dist = process.argv[2] || 'dist';
const { server, browser } = await start(dist);
const out = outDir();

const scenario = scenarioOn(browser);

const TITLES = [
  '周鸿祎谈DeepSeek：开启AI产业的“iPhone”时刻',
  'DeepSeek 引发的 AI发展路径思考（转载）',
  '我们问专家怎么看DeepSeek？专家：等我问问DeepSeek',
  'DeepSeek彰显开放精神：人工智能的“共享单车时刻”',
  '关胖本胖｜DeepSeek和国运有啥关系？',
];

scenario('list shows every article from a sub-path', async (page) => {
  const t0 = Date.now();
  await page.goto(server.url);
  await page.waitForSelector('.article-item');
  console.log(`     first list paint: ${Date.now() - t0} ms after navigation start`);
  const titles = await page.locator('.article-title').allInnerTexts();
  assert.deepEqual([...titles].sort(), [...TITLES].sort());
  // Newest first, undated last.
  assert.equal(titles[0], TITLES[3]);
  assert.equal(titles[titles.length - 1], TITLES[1]);
  const header = await page.locator('.corpus-summary').innerText();
  assert.match(header, /5 articles/);
  const undated = page.locator('.article-item', { hasText: TITLES[1] });
  assert.match(await undated.innerText(), /date unknown/);
  assert.match(await undated.innerText(), /Science & Technology Review/);
  const cdt = page.locator('.article-item', { hasText: TITLES[4] });
  // The outlet, where known: four of the five seeds name theirs.
  assert.equal(await page.locator('.article-item .meta .outlet').count(), 4, 'outlets in the list');
  for (const part of ['关胖本胖（微信公众号）', 'China Digital Times', '关不羽', '2025-02-12 20:11 UTC+8', '3,506 chars']) {
    assert.ok((await cdt.innerText()).includes(part), `list item lacks ${part}`);
  }
  await page.screenshot({ path: `${out}/list-1280.png`, fullPage: true });
});

scenario('sorting by length and title, kept in the URL', async (page) => {
  await page.goto(server.url);
  await page.click('button[data-sort="length"]');
  await page.waitForURL(/sort=length/);
  const lengths = await page.locator('.article-item .length').allInnerTexts();
  const numbers = lengths.map((s) => Number(s.replace(/\D/g, '')));
  assert.deepEqual(numbers, [...numbers].sort((a, b) => b - a));
  await page.click('button[data-sort="length"]');
  await page.waitForURL(/dir=asc/);
  await page.reload();
  await page.waitForSelector('.article-item');
  const again = (await page.locator('.article-item .length').allInnerTexts()).map((s) => Number(s.replace(/\D/g, '')));
  assert.deepEqual(again, [...numbers].reverse(), 'reload keeps the ascending order');
});

scenario('reader shows clean text, the original link and survives reload', async (page) => {
  await page.goto(server.url);
  await page.click(`text=${TITLES[4]}`);
  await page.waitForSelector('.reader .article-body');
  assert.match(page.url(), /#\/article\/004_f2c8ec8c15103647$/);
  const body = await page.locator('.article-body').innerText();
  assert.ok(body.includes('DeepSeek横空出世，成功破圈。'));
  assert.ok(body.includes('区区17%的跌幅不痛不痒'));
  for (const chrome of ['WhatsApp', 'Email', 'addtoany', '档案卡', '<p>', '&amp;', 'http']) {
    assert.ok(!body.includes(chrome), `reader shows ${chrome}`);
  }
  const original = page.locator('.original a');
  assert.equal(await original.getAttribute('href'), 'https://chinadigitaltimes.net/chinese/715803.html');
  assert.equal(await page.locator('.article-body img').count(), 0, 'no remote images');
  await page.screenshot({ path: `${out}/reader-1280.png`, fullPage: false });
  await page.reload();
  await page.waitForSelector('.reader .article-body');
  assert.equal(await page.locator('#reader-title').innerText(), TITLES[4]);
  await page.click('.reader-nav .back');
  await page.waitForSelector('.article-item');
});

scenario('deep link straight into the reader and the back button', async (page) => {
  await page.goto(`${server.url}#/article/001_8a01f4ea65b6cdb0`);
  await page.waitForSelector('.reader .article-body');
  assert.match(await page.locator('.reader .meta').innerText(), /date unknown/);
  const body = await page.locator('.article-body').innerText();
  assert.ok(body.includes('DeepSeek的横空出世是人工智能（AI）发展史上新的标志性事件。'));
  await page.goto(server.url);
  await page.waitForSelector('.article-item');
  await page.goBack();
  await page.waitForSelector('.reader .article-body');
});

scenario('unknown links show a way back, not a blank page', async (page) => {
  await page.goto(`${server.url}#/article/no-such-article`);
  await page.waitForSelector('.not-found');
  await page.goto(`${server.url}#/%3Cimg%20src=x%20onerror=alert(1)%3E`);
  await page.waitForSelector('.not-found');
  await page.click('.not-found a');
  await page.waitForSelector('.article-item');
  assert.match(page.url(), /#\/$/, 'the way back is the list');
});

scenario('phone width', async (page) => {
  await page.goto(`${server.url}#/article/000_823bd0b36655b433`);
  await page.waitForSelector('.reader .article-body');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
  assert.equal(overflow, false, 'no horizontal scrolling at 390 px');
  await page.screenshot({ path: `${out}/reader-390.png` });
  // The concordance's keyword is whole on every line, short or long; the contexts give way.
  for (const q of ['蒸馏', '通用人工智能', 'DeepSeek']) {
    await page.goto(`${server.url}#/kwic?q=${encodeURIComponent(q)}`);
    await page.waitForSelector('table.kwic:not([aria-busy]) .kwic-line');
    const cut = await page.$$eval('td.kwic-hit', (cells) => cells.filter((c) => c.scrollWidth > c.clientWidth).length);
    assert.equal(cut, 0, `${q}: keyword cells cut at 390 px`);
    assert.equal(await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth), false, `${q}: no sideways scroll`);
  }
  await page.goto(`${server.url}#/kwic?q=${encodeURIComponent('蒸馏')}`);
  await page.waitForSelector('table.kwic:not([aria-busy]) .kwic-line');
  await page.screenshot({ path: `${out}/kwic-390.png` });
}, { viewport: { width: 390, height: 844 } });

scenario('a keystroke updates the first screenful at once and the rest a frame later, the list never shrinking', async (page) => {
  await page.goto(server.url);
  await page.waitForFunction(() => document.querySelectorAll('.article-item').length === 5);
  const seen = await page.evaluate(async () => {
    const withHits = () => [...document.querySelectorAll('.article-item')].map((li) => !!li.querySelector('.hit-count'));
    // The state of the list once the keystroke's render is done (yew renders in microtasks,
    // and may go on in a later task after 16 ms of work, e.g. on a busy machine).
    const list = document.querySelector('.article-list');
    const first = new Promise((resolve) => {
      const observer = new MutationObserver(() => {
        if (!list.querySelector('.article-item .hit-count')) return;
        observer.disconnect();
        resolve(withHits());
      });
      observer.observe(list, { childList: true, subtree: true, characterData: true });
    });
    const input = document.getElementById('search');
    input.value = 'DeepSeek';
    input.dispatchEvent(new InputEvent('input', { bubbles: true }));
    const atFirst = await first;
    for (let frame = 0; frame < 3; frame++) await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    return { first: atFirst, later: withHits() };
  });
  // 844 px fit four results with snippets; the fifth keeps its summary for one frame.
  assert.deepEqual(seen.first, [true, true, true, true, false], 'first frame');
  assert.deepEqual(seen.later, [true, true, true, true, true], 'next frame');
}, { viewport: { width: 390, height: 844 } });

scenario('the filter narrows the list as you type, with hits and snippets', async (page) => {
  await page.goto(server.url);
  await page.waitForSelector('.article-item');
  await page.keyboard.press('/');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'search', '/ focuses the filter');
  await page.keyboard.type('国运');
  await page.waitForFunction(() => document.querySelectorAll('.article-item').length === 2);
  // The URL follows once typing pauses (a quarter second), so a copied link reproduces the view.
  await page.waitForFunction(() => location.hash.includes('q=%E5%9B%BD%E8%BF%90'), null, { timeout: 2000 });
  const counts = await page.locator('.article-item .hit-count').allInnerTexts();
  assert.deepEqual(counts, ['6 hits', '2 hits'], 'sorted by relevance, hit counts shown');
  assert.ok((await page.locator('.article-item').first().locator('.snippet mark').count()) >= 1, 'snippets highlight hits');
  assert.match(await page.locator('.result-count').innerText(), /2 of 5 articles match, 8 hits/);
  await page.screenshot({ path: `${out}/filter-1280.png` });
  // The view tabs carry the query along; the site title goes back to the whole list.
  await page.click('.view-tabs a:has-text("Concordance")');
  await page.waitForSelector('.kwic-hit');
  assert.match(page.url(), /#\/kwic\?q=%E5%9B%BD%E8%BF%90/);
  assert.equal(await page.locator('.view-tabs [aria-current="page"]').innerText(), 'Concordance');
  await page.click('.view-tabs a:has-text("Articles")');
  await page.waitForFunction(() => document.querySelectorAll('.article-item').length === 2);
  await page.click('.site-title');
  await page.waitForFunction(() => document.querySelectorAll('.article-item').length === 5);
  assert.equal(await page.inputValue('#search'), '', 'the site title clears the filter');
  await page.goBack();
  await page.waitForFunction(() => document.querySelectorAll('.article-item').length === 2);
  // Traditional characters, full-width Latin and a PDF-split word all match.
  await page.fill('#search', '國運');
  await page.waitForFunction(() => document.querySelectorAll('.article-item').length === 2);
  await page.fill('#search', 'ＤｅｅｐＳｅｅｋ');
  await page.waitForFunction(() => document.querySelectorAll('.article-item').length === 5);
  await page.fill('#search', '标志性事件');
  await page.waitForFunction(() => document.querySelectorAll('.article-item').length === 1);
  await page.fill('#search', 'zzzz不存在');
  await page.waitForSelector('.empty-results');
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => document.querySelectorAll('.article-item').length === 5);
  assert.equal(await page.inputValue('#search'), '');
});

scenario('a query in the URL is shown as text and never runs', async (page) => {
  const evil = '<img src=x onerror=alert(1)>';
  await page.goto(`${server.url}#/?q=${encodeURIComponent(evil)}`);
  await page.waitForSelector('.empty-results');
  assert.equal(await page.inputValue('#search'), evil);
  assert.ok((await page.locator('.empty-results').innerText()).includes(evil));
  await page.fill('#search', evil + ' "unbalanced | -');
  await page.waitForSelector('.empty-results');
});

scenario('reader highlights every hit with next/previous navigation', async (page) => {
  await page.goto(`${server.url}#/?q=${encodeURIComponent('英伟达')}`);
  await page.waitForSelector('.article-item');
  await page.click('.article-item[data-id="004_f2c8ec8c15103647"] .article-title a');
  await page.waitForSelector('.reader mark');
  const marks = await page.locator('.article-body mark').count();
  assert.equal(await page.locator('.hit-counter').innerText(), `${marks} hits`);
  await page.keyboard.press('n');
  await page.waitForSelector('mark.current#hit-0');
  assert.equal(await page.locator('.hit-counter').innerText(), `1 / ${marks}`);
  await page.keyboard.press('n');
  await page.waitForSelector('mark.current#hit-1');
  await page.keyboard.press('Shift+N');
  await page.waitForSelector('mark.current#hit-0');
  await page.keyboard.press('Shift+N');
  await page.waitForSelector(`mark.current#hit-${marks - 1}`);
  for (const m of await page.locator('.article-body mark').allInnerTexts()) assert.equal(m, '英伟达');
  await page.screenshot({ path: `${out}/reader-hits-1280.png` });
  await page.reload();
  await page.waitForSelector(`mark.current#hit-${marks - 1}`);
});

scenario('wide screens read beside the list, phones one at a time', async (page) => {
  const q = encodeURIComponent('英伟达');
  await page.goto(`${server.url}#/?q=${q}`);
  await page.waitForSelector('.article-item');
  assert.equal(await page.locator('.list-pane').count(), 0, 'the list route is the list alone');
  await page.click('.article-item[data-id="004_f2c8ec8c15103647"] .article-title a');
  await page.waitForSelector('.list-pane .article-item');
  await page.waitForSelector('main .reader .article-body');
  // Both panes on screen, the list on the left; one main, one h1; the pane is a labelled nav.
  const pane = await page.locator('nav.list-pane').boundingBox();
  const reader = await page.locator('main .reader').boundingBox();
  assert.ok(pane.width >= 300 && reader.width >= 600, `pane ${pane.width} px, reader ${reader.width} px`);
  assert.ok(pane.x + pane.width <= reader.x, 'list left of the reader');
  assert.ok(pane.y < 900 && reader.y < 900, 'both start on screen');
  assert.equal(await page.locator('main').count(), 1);
  assert.equal(await page.locator('h1').count(), 1, 'the reader title is the only h1');
  assert.ok(await page.locator('nav.list-pane').getAttribute('aria-label'));
  // The open article is marked (aria-current and a visible style); the list keeps the query's hits.
  const current = page.locator('.list-pane a[aria-current="page"]');
  assert.equal(await current.count(), 1);
  assert.equal(await current.evaluate((a) => a.closest('.article-item').dataset.id), '004_f2c8ec8c15103647');
  const background = (id) => page.locator(`.list-pane .article-item[data-id="${id}"]`).evaluate((li) => getComputedStyle(li).backgroundColor);
  const ids = await page.locator('.list-pane .article-item').evaluateAll((lis) => lis.map((li) => li.dataset.id));
  assert.equal(ids.length, 4, 'the pane lists the query\'s matches');
  const other = ids.find((id) => id !== '004_f2c8ec8c15103647');
  assert.notEqual(await background('004_f2c8ec8c15103647'), await background(other), 'the open article stands out');
  assert.ok((await page.locator('.list-pane .snippet mark').count()) >= 1, 'hits stay highlighted in the list');
  await page.screenshot({ path: `${out}/split-1400.png` });
  // The panes scroll on their own: the reader with the page, the list pane stays in view and scrolls inside.
  await page.evaluate(() => { document.querySelector('.list-pane').probe = 'same pane'; window.scrollBy(0, 600); });
  assert.equal(Math.round(await page.locator('.list-pane').evaluate((p) => p.getBoundingClientRect().top)), 0, 'the list pane is sticky');
  assert.equal(await page.locator('.list-pane').evaluate((p) => getComputedStyle(p).overflowY), 'auto');
  // n/N go through the reader's hits, even with focus in the list.
  await page.locator('.list-pane a[aria-current="page"]').focus();
  await page.keyboard.press('n');
  await page.waitForSelector('.reader mark.current#hit-0');
  // Another article from the pane opens on the right; the list stays (same element, same query).
  await page.click(`.list-pane .article-item[data-id="${other}"] .article-title a`);
  await page.waitForURL(new RegExp(`#/article/${other}\\?q=`));
  await page.waitForFunction((id) => document.querySelector('.list-pane a[aria-current="page"]')?.closest('.article-item').dataset.id === id, other);
  assert.equal(await page.locator('.list-pane').evaluate((p) => p.probe), 'same pane', 'the list pane is not rebuilt');
  const title = await page.locator(`.list-pane .article-item[data-id="${other}"] .article-title`).innerText();
  assert.equal(await page.locator('#reader-title').innerText(), title);
  assert.ok((await page.locator('.reader .article-body mark').count()) >= 1, 'the new article has its hits marked');
  assert.ok(await page.locator('main').evaluate((m) => m.getBoundingClientRect().top >= 0), 'the new article starts at its top');
  // j/k move through the list from the open article, Enter opens; the reader keeps n/N.
  await page.click('#reader-title'); // focus leaves the list
  await page.keyboard.press('j');
  const next = ids[ids.indexOf(other) + 1];
  assert.equal(await page.evaluate(() => document.activeElement.closest('.list-pane .article-item')?.dataset.id), next, 'j moves to the item after the open one');
  await page.keyboard.press('k');
  await page.keyboard.press('k');
  assert.equal(await page.evaluate(() => document.activeElement.closest('.list-pane .article-item')?.dataset.id), ids[ids.indexOf(other) - 1]);
  await page.keyboard.press('j');
  await page.keyboard.press('j');
  await page.keyboard.press('Enter');
  await page.waitForURL(new RegExp(`#/article/${next}`));
  await page.waitForSelector(`.list-pane .article-item[data-id="${next}"] a[aria-current="page"]`);
  // The filter and the sort narrow and reorder the pane without leaving the reader.
  await page.fill('#search', '国运');
  await page.waitForFunction(() => document.querySelectorAll('.list-pane .article-item').length === 2);
  assert.match(page.url(), new RegExp(`#/article/${next}\\?`), 'still reading');
  await page.click('.list-pane button[data-sort="length"]');
  await page.waitForURL(/sort=length/);
  assert.match(page.url(), new RegExp(`#/article/${next}\\?`), 'sorting keeps the reader open');
  const lengths = (await page.locator('.list-pane .length').allInnerTexts()).map((s) => Number(s.replace(/\D/g, '')));
  assert.deepEqual(lengths, [...lengths].sort((a, b) => b - a));
  // The pane's links keep the sort, so opening another article does not reorder the list.
  const unread = page.locator('.list-pane .article-item:not(:has(a[aria-current]))').first();
  const unreadId = await unread.getAttribute('data-id');
  await unread.locator('.article-title a').click();
  await page.waitForURL(new RegExp(`#/article/${unreadId}\\?.*sort=length`));
  assert.deepEqual((await page.locator('.list-pane .length').allInnerTexts()).map((s) => Number(s.replace(/\D/g, ''))), lengths);
  // A phone-sized window: one at a time (the pane is not rendered), and back.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.waitForFunction(() => !document.querySelector('.list-pane'));
  assert.ok(await page.locator('main .reader .article-body').isVisible());
  assert.equal(await page.locator('.article-item').count(), 0, 'no list beside the reader on a phone');
  assert.equal(await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth), false, 'no horizontal scrolling');
  await page.click('.reader-nav .back');
  await page.waitForSelector('.article-item');
  assert.equal(await page.locator('.reader').count(), 0, 'the list alone on a phone');
  assert.match(page.url(), /sort=length/, 'the way back keeps the sort');
  await page.goBack();
  await page.waitForSelector('main .reader .article-body');
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.waitForSelector('.list-pane a[aria-current="page"]');
}, { viewport: { width: 1400, height: 900 } });

scenario('a phone opens the reader alone, without the list behind it', async (page) => {
  await page.goto(`${server.url}#/article/004_f2c8ec8c15103647?q=${encodeURIComponent('英伟达')}`);
  await page.waitForSelector('main .reader .article-body');
  assert.equal(await page.locator('.list-pane, .article-item').count(), 0, 'the list is not rendered');
  await page.screenshot({ path: `${out}/split-390.png` });
}, { viewport: { width: 390, height: 844 } });

scenario('a new query updates the concordance a screenful first, the rest in the next frames', async (page) => {
  await page.goto(`${server.url}#/kwic?q=${encodeURIComponent('蒸馏')}`);
  await page.waitForSelector('table.kwic:not([aria-busy]) .kwic-line');
  const seen = await page.evaluate(async () => {
    const table = document.querySelector('table.kwic');
    const hits = () => [...table.querySelectorAll('.kwic-hit')].map((h) => h.innerText);
    const first = new Promise((resolve) => {
      const observer = new MutationObserver(() => {
        if (hits()[0] !== '模型') return;
        observer.disconnect();
        resolve({ busy: table.getAttribute('aria-busy'), hits: hits() });
      });
      observer.observe(table, { childList: true, subtree: true, characterData: true });
    });
    const input = document.getElementById('search');
    input.value = '模型';
    input.dispatchEvent(new InputEvent('input', { bubbles: true }));
    return first;
  });
  // A 900 px window fits 19 lines: those show the new query, the lines below still the old one.
  assert.equal(seen.busy, 'true');
  assert.ok(seen.hits.slice(0, 19).every((h) => h === '模型'), seen.hits.join(' '));
  assert.equal(seen.hits[19], '蒸馏', 'the 20th line is updated a frame later');
  await page.waitForSelector('table.kwic:not([aria-busy])');
  const hits = await page.locator('.kwic-hit').allInnerTexts();
  assert.ok(hits.length > 19 && hits.every((h) => h === '模型'), `${hits.length} lines, all of the new query`);
});

scenario('concordance lists every occurrence, sorts, and opens the reader at the hit', async (page) => {
  await page.goto(`${server.url}#/kwic?q=${encodeURIComponent('蒸馏')}`);
  // Lines come a screenful first, then more each frame; the table is busy until then.
  await page.waitForSelector('table.kwic:not([aria-busy]) .kwic-line');
  const lines = await page.locator('.kwic-line').count();
  assert.ok(lines >= 30, `${lines} lines`);
  for (const hit of await page.locator('.kwic-hit').allInnerTexts()) assert.equal(hit, '蒸馏');
  await page.click('button[data-sort="right"]');
  await page.waitForURL(/sort=right/);
  await page.waitForSelector('table.kwic:not([aria-busy])');
  // Sorted by right context: lines whose right context starts alike are adjacent.
  const rights = await page.locator('.kwic-right').allInnerTexts();
  const tech = rights.map((r, i) => (r.startsWith('技术') ? i : -1)).filter((i) => i >= 0);
  assert.ok(tech.length >= 5, `${tech.length} lines continue with 技术`);
  assert.equal(tech[tech.length - 1] - tech[0], tech.length - 1, 'lines continuing with 技术 sit together');
  await page.screenshot({ path: `${out}/concordance-1280.png` });
  await page.locator('.kwic-hit a').nth(3).click();
  await page.waitForSelector('.reader mark.current');
  assert.match(page.url(), /hit=\d+/);
});

scenario('comparison: groups side by side, rates, terms table, keywords, figures, export', async (page) => {
  await page.goto(`${server.url}#/compare`);
  // Columns come one per frame, then the sections below them (the export buttons are last).
  await page.waitForSelector('.export');
  assert.equal(await page.locator('.group-column').count(), 3, 'three sources');
  assert.ok((await page.locator('table.keywords').count()) >= 1, 'distinctive words without a query');
  await page.screenshot({ path: `${out}/compare-1280.png`, fullPage: true });
  // A distinctive word, clicked, becomes the query; back returns to the words.
  const word = page.locator('.group-column a.word').first();
  const text = await word.innerText();
  await word.click();
  await page.waitForSelector('.rate-chart svg rect');
  // A new query updates the columns one per frame; they are marked busy until all are done.
  await page.waitForSelector('.group-columns:not([aria-busy])');
  assert.equal(await page.locator('.group-column table.keywords').count(), 0, 'every column shows the query, not keywords');
  assert.equal(await page.inputValue('#search'), text, 'the clicked word is the query');
  await page.goBack();
  await page.waitForSelector('.group-column table.keywords');
  assert.equal(await page.inputValue('#search'), '', 'back to no query');
  // Keywords show log ratio and conservative log ratio; the page says which ranks, and how.
  assert.ok((await page.locator('table.keywords th').allInnerTexts()).includes('CLR'), 'a CLR column');
  await page.click('.keyness-method summary');
  assert.match(await page.locator('.keyness-method').innerText(), /2\.576/);
  await page.click('button[data-by="article"]');
  await page.waitForFunction(() => document.querySelectorAll('.group-column').length === 5);
  // By outlet: four named outlets and the unknown one.
  await page.click('button[data-by="outlet"]');
  await page.waitForFunction(() => document.querySelectorAll('.group-column').length === 5);
  assert.ok((await page.locator('.group-column h2').allInnerTexts()).includes('经济观察网'), 'an outlet column');
  await page.click('button[data-by="source"]');
  await page.fill('#search', '成本');
  await page.waitForSelector('.rate-chart svg rect');
  await page.waitForSelector('.group-columns:not([aria-busy])');
  assert.equal(await page.locator('.rate-chart rect').count(), 3);
  const figures = await page.locator('.figures li').allInnerTexts();
  assert.ok(figures.some((f) => f.includes('1/50')), 'cost figures per source: ' + figures.join(' | '));
  await page.fill('.terms-input input', '英伟达, 开源, 蒸馏, 国运');
  await page.press('.terms-input input', 'Enter');
  await page.waitForFunction(() => document.querySelectorAll('.term-table tbody tr').length === 4);
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('button[data-export="comparison.csv"]')]);
  const csv = fs.readFileSync(await download.path(), 'utf8');
  assert.ok(csv.startsWith('\uFEFF'), 'CSV starts with a BOM');
  assert.ok(csv.includes('英伟达') && csv.includes('国运'));
  const [json] = await Promise.all([page.waitForEvent('download'), page.click('button[data-export="concordance.json"]')]);
  const lines = JSON.parse(fs.readFileSync(await json.path(), 'utf8'));
  assert.ok(lines.length > 10 && lines.every((l) => l.keyword === '成本'), 'concordance JSON of the query');
  const [figs] = await Promise.all([page.waitForEvent('download'), page.click('button[data-export="figures.json"]')]);
  assert.ok(JSON.parse(fs.readFileSync(await figs.path(), 'utf8')).some((f) => f.figure === '1/50'), 'figures JSON');
  // A column shows its first 8 figures; "show more" shows the rest.
  const first = page.locator('.group-column').first();
  assert.equal(await first.locator('.figures li').count(), 8, 'first figures of a column');
  await first.locator('button.show-more').click();
  await page.waitForFunction(() => document.querySelector('.group-column .figures').children.length > 8);
  await page.screenshot({ path: `${out}/compare-query-1280.png`, fullPage: true });
});

scenario('any URL hash opens a valid view or the default one (300 generated hashes)', async (page) => {
  // Deterministic generator: paths, query keys and values from pools plus random code points.
  let seed = 20250208;
  const rand = (n) => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; };
  const pick = (xs) => xs[rand(xs.length)];
  const paths = ['#/', '#/article/', '#/article/004_f2c8ec8c15103647', '#/kwic', '#/compare', '#/404', '#', '#//', '#/article',
    '#/%', '#/article/%E0%A4%A', '#/../..', '#/article/a/b/c', '#/compare/x', ''];
  const keys = ['q', 'sort', 'dir', 'hit', 'by', 'terms', 'scale', 'x', '', 'q[]', '%', '&'];
  const values = ['', '开源', '%', '%%', '%E0%A4%A', '-1', '99999999999999999999', 'NaN', 'asc', 'desc', 'author', 'raw',
    '<script>alert(1)</script>', '"', '|', '-', 'title:', '\u0000', '💥', '國運', 'a'.repeat(500)];
  await page.goto(server.url);
  await page.waitForSelector('.article-item');
  for (let i = 0; i < 300; i++) {
    let hash = pick(paths);
    const n = rand(4);
    for (let k = 0; k < n; k++) {
      const value = rand(4) === 0 ? String.fromCodePoint(rand(0x2FFFF)) : pick(values);
      hash += (k === 0 ? '?' : '&') + pick(keys) + '=' + (rand(2) ? encodeURIComponent(value) : value);
    }
    await page.evaluate((h) => { location.hash = h; }, hash);
    await page.waitForFunction(() => document.querySelector('main') && document.querySelector('main').children.length > 0);
  }
  // Still alive and responsive afterwards.
  await page.goto(server.url);
  await page.waitForSelector('.article-item');
});

scenario('interface language follows the browser, switches and is remembered', async (page) => {
  await page.goto(server.url);
  await page.waitForSelector('.article-item');
  assert.match(await page.locator('.corpus-summary').innerText(), /5 篇文章/);
  assert.equal(await page.getAttribute('html', 'lang'), 'zh-CN');
  await page.click('.lang-switch');
  await page.waitForFunction(() => document.querySelector('.corpus-summary').innerText.includes('5 articles'));
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  await page.reload();
  await page.waitForSelector('.article-item');
  assert.match(await page.locator('.corpus-summary').innerText(), /5 articles/, 'the choice is remembered');
  // Article text is never translated and keeps its language.
  assert.equal(await page.locator('.article-title').first().getAttribute('lang'), 'zh-CN');
}, { locale: 'zh-CN' });

scenario('dark theme follows the system and the switch is remembered', async (page) => {
  await page.goto(server.url);
  await page.waitForSelector('.article-item');
  const bg = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  assert.equal(await bg(), 'rgb(20, 21, 26)', 'dark by system setting');
  await page.screenshot({ path: `${out}/list-dark-1280.png` });
  await page.click('.theme-switch');
  await page.waitForFunction(() => document.documentElement.dataset.theme === 'light');
  assert.equal(await bg(), 'rgb(253, 252, 249)');
  await page.reload();
  await page.waitForSelector('.article-item');
  assert.equal(await bg(), 'rgb(253, 252, 249)', 'the choice is remembered');
}, { colorScheme: 'dark' });

scenario('runs under its strict CSP and works offline after the first visit', async (page) => {
  await page.goto(server.url);
  await page.waitForSelector('.article-item');
  const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
  assert.match(csp, /default-src 'none'/);
  assert.match(csp, /script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
  assert.doesNotMatch(csp, /unsafe-inline/);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.reload(); // now controlled by the worker
  await page.waitForSelector('.article-item');
  await page.context().setOffline(true);
  await page.reload();
  await page.waitForSelector('.article-item');
  assert.equal(await page.locator('.article-item').count(), 5);
  await page.goto(`${server.url}#/article/002_3e4ee82098be42bd`);
  await page.waitForSelector('.reader .article-body');
  await page.context().setOffline(false);
});
