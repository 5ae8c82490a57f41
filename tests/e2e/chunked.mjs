// End-to-end test of a chunked corpus (scripts/chunked.sh builds it): a release bundle whose
// corpus the build wrote as content-hashed files in corpus/, served from /explorer/ on
// 127.0.0.1 with precompressed copies and caching headers, in headless Chromium.
// - The first list paint comes from the entry embedded in the wasm: no corpus/ file before it;
//   the bytes and time to it are printed (target: under 300 KB gzip, under 1 s).
// - The loading shows its progress; the explorer then takes over with every article.
// - The two engines agree: each query lists the same articles in the same order, with the same
//   count, as the embedded bundle of the same corpus.
// - The word tools' data is fetched only when #/words first needs it (with its progress shown;
//   the request count printed), and their word list and collocates are the embedded bundle's;
//   a words file that fails says so, and Retry fetches only what is missing.
// - The reader marks the same shared passages, with the same links and summary line, as the
//   embedded bundle (the passages travel in the chunks); the comparison's shared-passages
//   section (its groups × groups table, the listed passages) and its passages.csv/json are the
//   embedded bundle's (the clusters travel in the head).
// - A corrupt file and a missing one stop the loading with a bilingual message naming the
//   file; Retry, once the host is fixed, fetches only what is missing and finishes.
// - The service worker holds every corpus file but the index shards and the words files (those
//   only once a view fetched them) after the first visit,
//   without fetching one twice; a second visit fetches none from the host.
//
// Usage: node tests/e2e/chunked.mjs <chunked dist> <embedded dist of the same corpus, or -> [label]
// (with -, for corpora too large to embed, the engines-agree check is skipped: the native
// test crates/core/tests/engines_agree.rs checks the same engine on every query)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { start, watchedPage, failureScreenshot, markFirstListPaint } from './browser.mjs';
import { serve } from './server.mjs';

const [chunkedDist, embeddedDist, label = 'chunked'] = process.argv.slice(2);
if (!chunkedDist || !embeddedDist) throw new Error('usage: node tests/e2e/chunked.mjs <chunked dist> <embedded dist> [label]');
const corpusFiles = fs.readdirSync(path.join(chunkedDist, 'corpus')).filter((f) => f.endsWith('.bin')).sort();
assert.ok(corpusFiles.length > 2, `${chunkedDist}/corpus holds the chunked corpus`);
const { server, browser } = await start(chunkedDist, { production: true });
const embedded = embeddedDist === '-' ? null : await serve(embeddedDist, '/explorer/', { production: true });
const LOAD_TIMEOUT = 600_000;

const QUERIES = ['英', '的', '英伟达', '开源', '开源 蒸馏', '国运', 'deepseek', '"大模型"', '成本 -国运', '算力 | 芯片',
  '-开源', 'source:qq 开源', 'title:模型', '國運', 'ＤｅｅｐＳｅｅｋ', '17%', 'ai', 'OpenAI', '人工智能 美国', '不存在的词语组合'];

const kb = (b) => `${(b / 1024).toFixed(1)} KB`;
const corpusServed = () => server.served.filter((s) => s.path.startsWith('corpus/') && s.path.endsWith('.bin'));

test('first list paint from the entry: no corpus file before it', async () => {
  const { page, faults } = await watchedPage(browser);
  try {
    await markFirstListPaint(page);
    server.served.length = 0;
    await page.goto(server.url);
    await page.waitForFunction(() => window.firstListPaint);
    const before = [...server.served];
    const firstPaint = await page.evaluate(() => window.firstListPaint);
    const bytes = before.filter((s) => !s.path.startsWith('corpus/')).reduce((n, s) => n + s.bytes, 0);
    const fetchedCorpus = before.filter((s) => s.path.startsWith('corpus/')).length;
    console.log(`chunked (${label}): first list paint ${firstPaint.toFixed(0)} ms after navigation start; ` +
      `${kb(bytes)} transferred for it (${before.length - fetchedCorpus} files), ${fetchedCorpus} corpus files requested meanwhile`);
    assert.ok(await page.locator('.load-progress').count(), 'the loading shows a progress bar');
    assert.match(await page.locator('.load-status').innerText(), /Loading the corpus: [\d.]+ of [\d.]+ MB/);
    assert.ok(bytes < 300 * 1024, `${kb(bytes)} before the first list paint is under 300 KB`);
    await page.waitForSelector('#search', { timeout: LOAD_TIMEOUT });
    const loaded = await page.evaluate(() => performance.now());
    const total = server.served.reduce((n, s) => n + s.bytes, 0);
    console.log(`chunked (${label}): whole corpus loaded and the explorer up ${loaded.toFixed(0)} ms after navigation start; ` +
      `${kb(total)} transferred in all (${corpusServed().length} corpus files)`);
    assert.equal(faults.length, 0, faults.join('; '));
  } catch (e) {
    await failureScreenshot(page, `chunked-${label}-first-paint`);
    throw e;
  } finally {
    await page.context().close();
  }
});

// The query: typed on the loading screen as soon as it is painted. Printed: the time
// and bytes from the keystroke to the first painted results (from the loading screen's early
// search, or from the explorer if it is up first) and to the final ones.
test('a query typed while the corpus loads: results fill in, then the explorer opens with it', async () => {
  const q = '英伟达';
  const { page, faults } = await watchedPage(browser);
  try {
    // Each chunk arrives CHUNK_DELAY_MS (default 150) late, so at 1,000 articles the query
    // runs while most are still on their way (scripts/chunked.sh sets 0 for larger corpora).
    const delay = Number(process.env.CHUNK_DELAY_MS ?? 150);
    if (delay) await page.route('**/corpus/chunk-*', async (route) => { await new Promise((r) => setTimeout(r, delay)); await route.continue(); });
    await page.goto(server.url);
    const box = page.locator('#start-search');
    await box.waitFor();
    server.served.length = 0;
    const t0 = await page.evaluate(() => performance.now());
    await box.fill(q);
    await page.waitForFunction(() => document.querySelector('.early-results .article-item'));
    const first = await page.evaluate(() => performance.now());
    const bytesFirst = server.served.reduce((n, s) => n + s.bytes, 0);
    const byKind = byFileKind(server.served);
    const early = await page.locator('.result-count.early').innerText();
    assert.match(early, /articles? match/, early);
    assert.ok(await page.evaluate(() => location.hash.includes('q=')), 'the query is in the URL');
    await page.waitForSelector('#search', { timeout: LOAD_TIMEOUT });
    assert.equal(await page.inputValue('#search'), q, 'the explorer opened with the query typed while loading');
    const done = await page.evaluate(() => performance.now());
    console.log(`chunked (${label}): ${q} typed while loading (chunks delayed ${delay} ms each): first results painted ` +
      `${(first - t0).toFixed(0)} ms after the keystroke, ${kb(bytesFirst)} transferred until then (${byKind}; ${early.trim()}); ` +
      `explorer up with the query ${(done - t0).toFixed(0)} ms after it`);
    assert.equal(faults.length, 0, faults.join('; '));
  } catch (e) {
    await failureScreenshot(page, `chunked-${label}-early-query`);
    throw e;
  } finally {
    await page.context().close();
  }
});

/** What was served, by kind of corpus file (the name before its hash): "2 grams 52 KB, …". */
function byFileKind(served) {
  const kinds = new Map();
  for (const s of served) {
    const kind = s.path.replace(/^corpus\//, '').replace(/-[0-9a-f]+\.bin$/, '');
    const [n, bytes] = kinds.get(kind) ?? [0, 0];
    kinds.set(kind, [n + 1, bytes + s.bytes]);
  }
  return [...kinds].map(([kind, [n, bytes]]) => `${n} ${kind} ${kb(bytes)}`).join(', ');
}

/** The ordered ids and the result line of the list for `q`, once the explorer is up. */
async function listFor(page, base, q) {
  await page.goto(`${base}#/?q=${encodeURIComponent(q)}`);
  await page.waitForSelector('#search', { timeout: LOAD_TIMEOUT });
  await page.waitForFunction((q) => document.getElementById('search').value === q, q);
  await page.waitForSelector('.result-count');
  return page.evaluate(() => ({
    count: document.querySelector('.result-count').textContent,
    ids: [...document.querySelectorAll('.article-list .article-item')].map((li) => li.dataset.id),
  }));
}

test('the two engines agree: the same articles in the same order as the embedded bundle', { skip: !embedded && 'no embedded bundle of this corpus' }, async () => {
  const a = await watchedPage(browser);
  const b = await watchedPage(browser);
  try {
    for (const q of QUERIES) {
      const want = await listFor(b.page, embedded.url, q);
      const got = await listFor(a.page, server.url, q);
      assert.deepEqual(got, want, `query ${q}`);
    }
    console.log(`chunked (${label}): ${QUERIES.length} queries list the same articles, in the same order, as the embedded bundle`);
    assert.equal(a.faults.length + b.faults.length, 0, [...a.faults, ...b.faults].join('; '));
  } finally {
    await a.page.context().close();
    await b.page.context().close();
  }
});

const wordFiles = corpusFiles.filter((f) => f.startsWith('words-'));
const wordsServed = () => server.served.filter((s) => /^corpus\/words-/.test(s.path));

/** Waits until every column of the word tools is rendered. */
async function wordsSettled(page) {
  await page.waitForSelector('.word-column', { timeout: LOAD_TIMEOUT });
  await page.waitForFunction(() => !document.querySelector('.word-columns[aria-busy]'), null, { timeout: LOAD_TIMEOUT });
}

/** The whole corpus's column of the word tools at `hash`, as arrays of cell texts. */
async function wordRows(page, base, hash) {
  await page.goto(`${base}${hash}`);
  await page.waitForSelector('#search', { timeout: LOAD_TIMEOUT });
  await wordsSettled(page);
  return page.locator('.word-column').first().locator('tbody tr').evaluateAll((rows) =>
    rows.map((r) => [...r.cells].map((c) => c.innerText.trim())));
}

test('the word data: fetched only when #/words first needs it, and the same word list as embedded', async () => {
  assert.ok(wordFiles.length > 0, 'the build wrote words files');
  const { page, faults } = await watchedPage(browser);
  try {
    server.served.length = 0;
    await page.goto(server.url);
    await page.waitForSelector('#search', { timeout: LOAD_TIMEOUT });
    await page.waitForSelector('.article-item');
    assert.equal(wordsServed().length, 0, 'no words file before a view needs one');
    const before = server.served.length;
    // The loading's status, however briefly it shows (the files may come from the worker).
    const t0 = await page.evaluate(() => {
      window.wordStatus = [];
      new MutationObserver(() => {
        const status = document.querySelector('.word-data .load-status');
        if (status && document.querySelector('.word-data .load-progress')) window.wordStatus.push(status.textContent);
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
      return performance.now();
    });
    await page.click('.view-tabs a[href*="/words"]');
    await wordsSettled(page);
    const status = await page.evaluate(() => window.wordStatus);
    assert.ok(status.length > 0, 'the loading of the word data was shown');
    assert.match(status[0], /^Loading the word data: [\d,]+ of [\d,]+ KB, [\d,]+ of [\d,]+ articles$/);
    const t1 = await page.evaluate(() => performance.now());
    const served = wordsServed();
    const raw = wordFiles.reduce((n, f) => n + fs.statSync(path.join(chunkedDist, 'corpus', f)).size, 0);
    const sent = served.reduce((n, s) => n + s.bytes, 0);
    console.log(`chunked (${label}): #/words fetched ${served.length} words files (${kb(raw)} as stored, ${kb(sent)} transferred), ` +
      `${server.served.length - before - served.length} other requests; word list painted ${(t1 - t0).toFixed(0)} ms after the click`);
    assert.deepEqual(served.map((s) => s.path).sort(), wordFiles.map((f) => `corpus/${f}`), 'every words file once');
    // Back to the list and to the words again: nothing more is fetched.
    server.served.length = 0;
    await page.goBack();
    await page.waitForSelector('.article-item');
    await page.goForward();
    await wordsSettled(page);
    assert.equal(wordsServed().length, 0, 'the word data is fetched once');
    if (embedded) {
      const b = await watchedPage(browser);
      try {
        for (const hash of ['#/words', `#/words?q=${encodeURIComponent('开源')}&tool=colloc`, '#/words?tool=clusters']) {
          const want = await wordRows(b.page, embedded.url, hash);
          const got = await wordRows(page, server.url, hash);
          assert.ok(want.length > 0, `${hash}: rows`);
          assert.deepEqual(got, want, `${hash}: the embedded bundle's rows`);
        }
        console.log(`chunked (${label}): the word list, collocates of 开源 and clusters equal the embedded bundle's`);
        assert.equal(b.faults.length, 0, b.faults.join('; '));
      } finally {
        await b.page.context().close();
      }
    }
    assert.equal(faults.length, 0, faults.join('; '));
  } catch (e) {
    await failureScreenshot(page, `chunked-${label}-words`);
    throw e;
  } finally {
    await page.context().close();
  }
});

test('a words file that fails: a clear message, and Retry fetches only what is missing', async () => {
  const { page } = await watchedPage(browser, { locale: 'zh-CN' });
  const victim = `corpus/${wordFiles[wordFiles.length - 1]}`;
  try {
    server.tamper.set(victim, 404);
    await page.goto(`${server.url}#/words`);
    const alert = page.locator('.word-data .load-error[role=alert]');
    await alert.waitFor({ timeout: LOAD_TIMEOUT });
    const text = await alert.innerText();
    assert.match(text, /词语数据的一个文件未能加载，已加载的内容都保留着/);
    assert.ok(text.includes(path.basename(victim)) && /HTTP 404/.test(text), text);
    server.tamper.delete(victim);
    server.served.length = 0;
    await page.getByRole('button', { name: '重试' }).click();
    await wordsSettled(page);
    const refetched = wordsServed().map((s) => s.path);
    assert.ok(refetched.includes(victim), 'Retry fetched the failed file');
    assert.ok(refetched.length < wordFiles.length, `Retry fetched ${refetched.length} of ${wordFiles.length} words files`);
  } catch (e) {
    await failureScreenshot(page, `chunked-${label}-words-failed`);
    throw e;
  } finally {
    server.tamper.delete(victim);
    await page.context().close();
  }
});

/** What the reader shows of an article's shared passages: the line, the copy note, the marks and their links. */
async function readerShares(page, base, id) {
  await page.goto(`${base}#/article/${encodeURIComponent(id)}`);
  await page.waitForSelector('#search', { timeout: LOAD_TIMEOUT });
  await page.waitForSelector('.reader .article-body, .reader .empty-text');
  return page.evaluate(() => {
    const reader = document.querySelector('.reader');
    const text = (sel) => [...reader.querySelectorAll(sel)].map((el) => el.textContent);
    return {
      line: text('.shared-line'),
      copy: text('.copy-of'),
      marks: [...reader.querySelectorAll('.article-body .passage')].map((el) => `${el.id}:${el.textContent}`),
      notes: text('.passage-note'),
      links: [...reader.querySelectorAll('.passage-note a, .shared-line a')].map((a) => a.getAttribute('href')),
    };
  });
}

test('the reader marks the same shared passages as the embedded bundle', { skip: !embedded && 'no embedded bundle of this corpus' }, async () => {
  const a = await watchedPage(browser);
  const b = await watchedPage(browser);
  try {
    await b.page.goto(embedded.url);
    await b.page.waitForSelector('.article-item');
    const ids = await b.page.locator('.article-list .article-item').evaluateAll((items) => items.map((li) => li.dataset.id));
    let compared = 0;
    let marks = 0;
    for (const id of ids.slice(0, 12)) {
      const want = await readerShares(b.page, embedded.url, id);
      const got = await readerShares(a.page, server.url, id);
      assert.deepEqual(got, want, `article ${id}`);
      compared += 1;
      marks += want.marks.length;
    }
    assert.ok(marks > 0, `some of the ${compared} articles share passages`);
    console.log(`chunked (${label}): the reader shows the embedded bundle's shared passages on ${compared} articles (${marks} marked pieces)`);
    assert.equal(a.faults.length + b.faults.length, 0, [...a.faults, ...b.faults].join('; '));
  } finally {
    await a.page.context().close();
    await b.page.context().close();
  }
});

/** What the comparison at `hash` shows of its shared passages (the groups × groups table, the
 *  listed passages with their links) and what its passages.csv and passages.json hold. */
async function comparisonPassages(page, base, hash) {
  await page.goto(`${base}${hash}`);
  await page.waitForSelector('#search', { timeout: LOAD_TIMEOUT });
  await page.waitForSelector('.shared-passages', { timeout: LOAD_TIMEOUT });
  const shown = await page.evaluate(() => {
    const section = document.querySelector('.shared-passages');
    const cells = (row) => [...row.cells].map((c) => c.textContent);
    return {
      head: [...section.querySelectorAll('thead tr')].map(cells),
      rows: [...section.querySelectorAll('tbody tr')].map(cells),
      notes: [...section.querySelectorAll(':scope > p, :scope > h3')].map((el) => el.textContent),
      passages: [...section.querySelectorAll('.passage-list > li')].map((li) => ({
        text: li.textContent,
        links: [...li.querySelectorAll('a')].map((a) => a.getAttribute('href')),
      })),
    };
  });
  const download = async (name) => {
    const [file] = await Promise.all([page.waitForEvent('download'), page.click(`button[data-export="${name}"]`)]);
    return fs.readFileSync(await file.path(), 'utf8');
  };
  return { shown, csv: await download('passages.csv'), json: await download('passages.json') };
}

test('the comparison shows the embedded bundle\'s shared passages and downloads them alike', { skip: !embedded && 'no embedded bundle of this corpus' }, async () => {
  const a = await watchedPage(browser);
  const b = await watchedPage(browser);
  try {
    for (const hash of ['#/compare?by=source', '#/compare?by=author', `#/compare?by=source&q=${encodeURIComponent('开源')}`]) {
      const want = await comparisonPassages(b.page, embedded.url, hash);
      const got = await comparisonPassages(a.page, server.url, hash);
      if (hash === '#/compare?by=source') {
        assert.ok(want.shown.rows.length > 0 && want.shown.passages.length > 0, `${hash}: the embedded bundle shows a table and passages`);
      }
      assert.deepEqual(got.shown, want.shown, `${hash}: the shared-passages section`);
      assert.equal(got.csv, want.csv, `${hash}: passages.csv`);
      assert.equal(got.json, want.json, `${hash}: passages.json`);
      if (hash === '#/compare?by=source') {
        console.log(`chunked (${label}): the comparison by source shows the embedded bundle's shared passages ` +
          `(${want.shown.rows.length} × ${want.shown.rows.length} groups, ${want.shown.passages.length} passages listed, ` +
          `passages.csv ${kb(Buffer.byteLength(want.csv))}, ${want.csv.trim().split(/\r?\n/).length - 1} rows)`);
      }
    }
    console.log(`chunked (${label}): by source, by author and with a query, the section and both downloads equal the embedded bundle's`);
    assert.equal(a.faults.length + b.faults.length, 0, [...a.faults, ...b.faults].join('; '));
  } catch (e) {
    await failureScreenshot(a.page, `chunked-${label}-compare-passages`);
    throw e;
  } finally {
    await a.page.context().close();
    await b.page.context().close();
  }
});

for (const [what, instead, message] of [
  ['a corrupt file', (bytes) => Buffer.from(bytes.map((x, i) => (i === 7 ? x ^ 0xff : x))), /damaged or incomplete \(expected sha256/],
  ['a missing file', () => 404, /HTTP 404/],
]) {
  test(`${what}: a clear message, and Retry finishes without refetching what arrived`, async () => {
    const { page } = await watchedPage(browser);
    const victim = `corpus/${corpusFiles.find((f) => f.startsWith('chunk-'))}`;
    try {
      server.tamper.set(victim, instead(fs.readFileSync(path.join(chunkedDist, victim))));
      await page.goto(server.url);
      const alert = page.locator('.load-error[role=alert]');
      await alert.waitFor({ timeout: LOAD_TIMEOUT });
      const text = await alert.innerText();
      assert.match(text, /could not be loaded; everything that arrived is kept/);
      assert.ok(text.includes(path.basename(victim)), `the message names ${victim}: ${text}`);
      assert.match(text, message);
      server.tamper.delete(victim);
      server.served.length = 0;
      await page.getByRole('button', { name: 'Retry' }).click();
      await page.waitForSelector('#search', { timeout: LOAD_TIMEOUT });
      const refetched = corpusServed().map((s) => s.path);
      assert.ok(refetched.includes(victim), 'Retry fetched the failed file');
      assert.ok(refetched.length < corpusFiles.length, `Retry fetched ${refetched.length} of ${corpusFiles.length} files, not all`);
      assert.match(await page.locator('.corpus-summary').innerText(), /[\d,]+ articles/);
    } catch (e) {
      await failureScreenshot(page, `chunked-${label}-${what.replace(/ /g, '-')}`);
      throw e;
    } finally {
      server.tamper.delete(victim);
      await page.context().close();
    }
  });
}

test('the service worker keeps every corpus file; a second visit fetches none', async () => {
  const { page, faults } = await watchedPage(browser);
  try {
    server.served.length = 0;
    await page.goto(server.url);
    await page.waitForSelector('#search', { timeout: LOAD_TIMEOUT });
    await page.evaluate(() => navigator.serviceWorker.ready);
    // Every file but the index shards (fetched only for a query typed while loading) and the
    // words files (fetched only by a view that counts words): those are kept once fetched.
    const kept = corpusFiles.filter((f) => !f.startsWith('grams-') && !f.startsWith('words-')).length;
    await page.waitForFunction(async (n) => (await (await caches.open('explorer-corpus')).keys()).length === n,
      kept, { timeout: LOAD_TIMEOUT });
    const firstVisit = corpusServed().map((s) => s.path);
    assert.equal(new Set(firstVisit).size, firstVisit.length, 'no corpus file was transferred twice');
    server.served.length = 0;
    await page.reload();
    await page.waitForSelector('#search', { timeout: LOAD_TIMEOUT });
    assert.deepEqual(corpusServed(), [], 'the second visit took every corpus file from the worker');
    console.log(`chunked (${label}): the worker holds all ${kept} corpus files but the ${corpusFiles.length - kept} index shards and words files; a second visit fetched none`);
    assert.equal(faults.length, 0, faults.join('; '));
  } finally {
    await page.context().close();
    await embedded?.close();
  }
});
