// Accessibility audit: axe-core (WCAG 2 A and AA rules) on every view of the release
// bundle, in every combination of theme (light, dark) and interface language (en-US, zh-CN),
// at desktop and phone widths; zero violations allowed, and no view may scroll sideways. Saves
// a screenshot of each combination in tests/e2e/out/. A node:test suite per theme, language and
// width (one browser context), a test per view (a fresh page).
//
// Usage: node tests/e2e/a11y.mjs <dist>   (exits non-zero if any view has a violation)
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { start, outDir } from './browser.mjs';

const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const dist = process.argv[2] || 'dist';
const { server, browser } = await start(dist);
const out = outDir();
const VIEWS = {
  list: '#/',
  filter: `#/?q=${encodeURIComponent('国运')}`,
  reader: `#/article/004_f2c8ec8c15103647?q=${encodeURIComponent('英伟达')}&hit=2`,
  concordance: `#/kwic?q=${encodeURIComponent('蒸馏')}`,
  compare: '#/compare',
  // By outlet: the outlet columns' keyword tables with their CLR column.
  'compare-outlet': '#/compare?by=outlet',
  'compare-query': `#/compare?q=${encodeURIComponent('成本')}&terms=${encodeURIComponent('英伟达,开源,蒸馏,国运')}`,
  // The word tools: each tool, the query-bound ones with a query (the plot with two terms).
  words: '#/words',
  'words-colloc': `#/words?q=${encodeURIComponent('开源')}&tool=colloc`,
  'words-clusters': '#/words?tool=clusters&n=3',
  'words-plot': `#/words?q=${encodeURIComponent('梁文锋 OR 梁文峰 OR DeepSeek')}&tool=plot&by=outlet`,
};
const COMBINATIONS = ['light', 'dark'].flatMap((scheme) => ['en-US', 'zh-CN'].map((lang) => [scheme, lang]));
for (const [scheme, lang] of COMBINATIONS) {
  for (const width of [1280, 390]) {
    describe(`${scheme} theme, ${lang}, ${width} px`, () => {
      let context;
      // bypassCSP only so the audit script can be injected; the app itself runs unchanged.
      before(async () => {
        context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme, locale: lang, bypassCSP: true });
      });
      after(() => context?.close());
      for (const [name, hash] of Object.entries(VIEWS)) {
        const tag = `${name} ${scheme} ${lang} ${width}px`;
        it(`${tag}: no axe violation, no sideways scrolling`, async (t) => {
          // A fresh page per view: each view as a visitor opening its link sees it (the screenshot
          // is taken before axe, which scrolls while it checks contrast).
          const page = await context.newPage();
          const failures = [];
          try {
            await page.goto(server.url + hash);
            await page.waitForSelector('main section, main article');
            // The comparison renders a column per task, then the sections below (export is last).
            if (name.startsWith('compare')) await page.waitForSelector('.export');
            // The word tools render a column per task; the method notes come with the first.
            if (name.startsWith('words')) await page.waitForFunction(() => !document.querySelector('.word-columns[aria-busy]'));
            await page.waitForTimeout(100);
            await page.screenshot({ path: `${out}/${name}-${scheme}-${lang}-${width}.png`, fullPage: width === 390 ? false : true });
            // Reflow (WCAG 1.4.10): nothing may make the page scroll sideways, at either width.
            const wider = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
            if (wider > 0) failures.push(`the page is ${wider} px wider than the window (sideways scrolling)`);
            await page.evaluate(axeSource);
            const result = await page.evaluate(() => axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] }));
            for (const v of result.violations) {
              failures.push(`${v.id} (${v.impact}) ${v.help}`);
              for (const n of v.nodes.slice(0, 3)) failures.push(`  ${n.target.join(' ')} ${n.failureSummary.split('\n').slice(1, 2).join('')}`);
            }
            t.diagnostic(`${result.passes.length} rules pass, ${result.violations.length} violations`);
          } finally {
            await page.close();
          }
          assert.deepEqual(failures, [], `${tag}: accessibility violations or sideways scrolling`);
        });
      }
    });
  }
}
