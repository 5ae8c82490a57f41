// Browser performance of the release bundle, served from /explorer/ on 127.0.0.1 in
// headless Chromium: time to the first list paint, and from a keystroke (or a regrouping
// click) to the painted frame with the updated view (and, in the comparison and the
// concordance, to the frame that completes it: they update a part per frame). Prints p50/p95/max; checks
// the targets (first paint < 1 s, keystroke-to-paint p95 < 16 ms) unless PERF_REPORT_ONLY=1.
// A node:test test per measurement, in order on one page; with PERF_REPORT_ONLY=1 a missed
// target is printed (MISSED …) and its test marked TODO instead of failed.
//
// Usage: node tests/e2e/perf.mjs <dist> [label]
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { start, watchedPage, markFirstListPaint } from './browser.mjs';

const [dist = 'dist', label = 'seeds'] = process.argv.slice(2);
const reportOnly = process.env.PERF_REPORT_ONLY === '1';
// Served as a static host should (precompressed copies, caching headers; see the README).
const { server, browser } = await start(dist, { production: true });
const { page, faults } = await watchedPage(browser);

/** Prints a missed target; it fails the test unless PERF_REPORT_ONLY=1 (then the test is marked TODO). */
function target(t, missed) {
  if (!missed) return;
  console.log(`perf (${label}): MISSED ${missed}`);
  if (reportOnly) t.todo(`PERF_REPORT_ONLY=1: printed, not enforced: ${missed}`);
  else assert.fail(missed);
}

const QUERIES = ['英', '英伟', '英伟达', '开源', '开源 蒸馏', '国运', 'deepseek', '"大模型"', '成本 -国运', '算力 | 芯片',
  'source:qq 开源', '國運', 'ＤｅｅｐＳｅｅｋ', '标志性事件', '17%', 'OpenAI', '模型', '人工智能', '美国', '中国'];

function stats(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p) => s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)];
  return { n: s.length, p50: q(0.5), p95: q(0.95), max: s[s.length - 1] };
}
const fmt = (x) => `${x.toFixed(1)} ms`;

// First paint: navigation start to the first painted frame showing list items, seen from
// inside the page (a frame callback once the first item is in the DOM, then a message that runs
// once that frame is painted), not when the test gets round to asking.
test('first list paint under 1 s after navigation start', async (t) => {
  await markFirstListPaint(page);
  await page.goto(server.url);
  await page.waitForFunction(() => window.firstListPaint);
  const firstPaint = await page.evaluate(() => window.firstListPaint);
  console.log(`perf (${label}): first list paint ${fmt(firstPaint)} after navigation start`);
  target(t, firstPaint > 1000 && `first list paint ${fmt(firstPaint)} > 1000 ms`);
  // A chunked corpus paints its first screenful from the entry, then loads the rest: the
  // timings below are of the explorer once it is up (the data cached in the page).
  if (await page.locator('.load-progress').count()) {
    await page.waitForSelector('#search', { timeout: 600_000 });
    console.log(`perf (${label}): chunked corpus loaded, explorer up ${fmt(await page.evaluate(() => performance.now()))} after navigation start`);
  }
});

// Keystroke to paint. Each round sets the filter's value and fires `input` as typing does
// (or clicks a grouping button), then records:
// - work: until the event and everything it set off (yew renders in microtasks right after
//   the event) is done, i.e. the DOM is updated (a timeout queued before the event fires next);
//   yew goes on in a later task only after 16 ms of work, so a sample under the target is
//   exact and one over it still shows as over it;
// - rendering: the next frame's style, layout and paint (from its requestAnimationFrame to a
//   message posted there, which runs once that frame is painted);
// - vsync-aligned: from the event to that painted frame, including the wait for the display's
//   next refresh (0-16.7 ms at 60 Hz, paid by any page, whatever it does).
// The target (p95 < 16 ms: the update fits in one frame) applies to work + rendering.
async function measure(action, rounds) {
  return page.evaluate(async ({ action, rounds, QUERIES }) => {
    const settle = () => new Promise((r) => setTimeout(r, 30));
    const input = document.getElementById('search');
    const samples = [];
    for (let round = 0; round < rounds; round++) {
      for (const q of QUERIES) {
        await settle();
        const main = document.querySelector('main');
        let mutated = false;
        const observer = new MutationObserver(() => { mutated = true; });
        observer.observe(main, { childList: true, subtree: true, characterData: true, attributes: true });
        let workDone = 0;
        setTimeout(() => { workDone = performance.now(); }, 0);
        const painted = new Promise((resolve) => requestAnimationFrame(() => {
          const frameStart = performance.now();
          const channel = new MessageChannel();
          channel.port1.onmessage = () => resolve([frameStart, performance.now()]);
          channel.port2.postMessage(0);
        }));
        const t0 = performance.now();
        if (action === 'type') {
          input.value = q;
          input.dispatchEvent(new InputEvent('input', { bubbles: true }));
        } else {
          const by = ['author', 'article', 'source'][samples.length % 3];
          document.querySelector(`button[data-by="${by}"]`).click();
        }
        const [frameStart, frameEnd] = await painted;
        observer.disconnect();
        if (!mutated) throw new Error(`${action} ${q}: the view did not change`);
        const work = workDone - t0;
        const rendering = frameEnd - frameStart;
        // The comparison paints its first column at once and the others one per frame (after a
        // regrouping the sections below come last, the export buttons at the very end): also
        // time the painted frame that completes the view.
        // The concordance likewise renders a screenful of lines first, the rest in the next frames.
        let complete = 0;
        const comparison = document.querySelector('.group-columns');
        if (comparison || document.querySelector('table.kwic')) {
          // The word tools have no sections below their columns.
          const words = document.querySelector('.words-page');
          const done = () => !document.querySelector('[aria-busy]') && (!comparison || words || document.querySelector('.export'));
          while (!done()) await new Promise((r) => requestAnimationFrame(r));
          complete = await new Promise((resolve) => requestAnimationFrame(() => {
            const channel = new MessageChannel();
            channel.port1.onmessage = () => resolve(performance.now() - t0);
            channel.port2.postMessage(0);
          }));
        }
        samples.push({ work, rendering, total: work + rendering, vsync: frameEnd - t0, complete });
      }
    }
    return samples;
  }, { action, rounds, QUERIES });
}

const summary = (samples) => Object.fromEntries(['work', 'rendering', 'total', 'vsync', 'complete'].map((k) => [k, stats(samples.map((s) => s[k]))]));
const line = (what, m, unit) =>
  console.log(`perf (${label}): ${what}: to painted frame p50 ${fmt(m.total.p50)}, p95 ${fmt(m.total.p95)}, max ${fmt(m.total.max)} ` +
    `(work p95 ${fmt(m.work.p95)} + rendering p95 ${fmt(m.rendering.p95)}); ` +
    `with the wait for vsync p50 ${fmt(m.vsync.p50)}, p95 ${fmt(m.vsync.p95)} (${m.total.n} ${unit})`);
const complete = (what, m) => console.log(`perf (${label}): ${what}, every column painted (one per frame after the first): ` +
  `p50 ${fmt(m.complete.p50)}, p95 ${fmt(m.complete.p95)}, max ${fmt(m.complete.max)}`);

test('list keystroke to painted frame: p95 under 16 ms', async (t) => {
  const typing = summary(await measure('type', 5));
  line('list keystroke', typing, 'keystrokes');
  target(t, typing.total.p95 > 16 && `list keystroke-to-paint p95 ${fmt(typing.total.p95)} > 16 ms`);
});

test('comparison regroup to painted frame: p95 under 16 ms', async (t) => {
  await page.goto(`${server.url}#/compare?q=${encodeURIComponent('开源')}`);
  await page.waitForSelector('.group-column');
  const regroup = summary(await measure('regroup', 2));
  line('comparison regroup', regroup, 'clicks');
  complete('comparison regroup', regroup);
  target(t, regroup.total.p95 > 16 && `regroup p95 ${fmt(regroup.total.p95)} > 16 ms`);
});

test('comparison re-query to painted frame: p95 under 16 ms', async (t) => {
  await page.goto(`${server.url}#/compare`);
  await page.waitForSelector('.group-column');
  const requery = summary(await measure('type', 2));
  line('comparison re-query', requery, 'keystrokes');
  complete('comparison re-query', requery);
  target(t, requery.total.p95 > 16 && `comparison re-query p95 ${fmt(requery.total.p95)} > 16 ms`);
});

test('concordance keystroke to painted frame: p95 under 16 ms', async (t) => {
  await page.goto(`${server.url}#/kwic?q=${encodeURIComponent('开源')}`);
  await page.waitForSelector('table.kwic:not([aria-busy]) .kwic-line');
  const kwic = summary(await measure('type', 2));
  line('concordance keystroke', kwic, 'keystrokes');
  console.log(`perf (${label}): concordance keystroke, every line up to date (a screenful first, then 50 per frame): ` +
    `p50 ${fmt(kwic.complete.p50)}, p95 ${fmt(kwic.complete.p95)}, max ${fmt(kwic.complete.max)}`);
  target(t, kwic.total.p95 > 16 && `concordance keystroke p95 ${fmt(kwic.total.p95)} > 16 ms`);
});

// The word tools follow the query like the comparison: the whole corpus's column first, then
// a group's per frame (issue 15: first frame p95 under 16 ms, complete p95 under 200 ms at 1,000).
// First, the first opening without a query: the page reads every article's words (between
// frames, with progress), then counts every column.
test('word tools: first opening, reading the words included (printed)', async () => {
  const start = Date.now();
  await page.goto(`${server.url}#/words?tool=list`);
  await page.waitForSelector('.word-columns:not([aria-busy]) .word-column', { timeout: 120000 });
  console.log(`perf (${label}): word tools first opened, every column counted: ${Date.now() - start} ms`);
  for (const tool of ['clusters', 'list']) {
    const t0 = Date.now();
    await page.goto(`${server.url}#/words?tool=${tool}&n=2`);
    await page.waitForSelector(`.word-columns:not([aria-busy]) .word-column`, { timeout: 120000 });
    console.log(`perf (${label}): word tools (${tool}, no query) opened again, every column counted: ${Date.now() - t0} ms`);
  }
});
for (const tool of ['list', 'colloc', 'clusters', 'plot']) {
  test(`word tools (${tool}) keystroke to painted frame: p95 under 16 ms`, async (t) => {
    await page.goto(`${server.url}#/words?tool=${tool}&q=${encodeURIComponent('开源')}`);
    await page.waitForSelector('.word-columns:not([aria-busy]) .word-column');
    const m = summary(await measure('type', 2));
    line(`word tools (${tool}) keystroke`, m, 'keystrokes');
    complete(`word tools (${tool}) keystroke`, m);
    target(t, (m.total.p95 > 16 && `word tools (${tool}) keystroke p95 ${fmt(m.total.p95)} > 16 ms`) ||
      (m.complete.p95 > 200 && `word tools (${tool}) complete p95 ${fmt(m.complete.p95)} > 200 ms`));
  });
}

test('the page never misbehaved (console errors, exceptions, dialogs, requests off 127.0.0.1)', (t) => {
  target(t, faults.length && `page faults: ${faults.join('; ')}`);
});
