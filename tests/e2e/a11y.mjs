// Accessibility audit: axe-core (WCAG 2 A and AA rules) on every view of the release
// bundle, in both themes and both interface languages, at desktop and phone widths;
// zero violations allowed. Saves a screenshot of each combination in tests/e2e/out/.
//
// Usage: node tests/e2e/a11y.mjs <dist>
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { serve } from './server.mjs';
import { launch, outDir } from './browser.mjs';

const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const dist = process.argv[2] || 'dist';
const server = await serve(dist);
const browser = await launch();
const out = outDir();
const VIEWS = {
  list: '#/',
  filter: `#/?q=${encodeURIComponent('国运')}`,
  reader: `#/article/004_f2c8ec8c15103647?q=${encodeURIComponent('英伟达')}&hit=2`,
  concordance: `#/kwic?q=${encodeURIComponent('蒸馏')}`,
  compare: '#/compare',
  'compare-query': `#/compare?q=${encodeURIComponent('成本')}&terms=${encodeURIComponent('英伟达,开源,蒸馏,国运')}`,
};
let violations = 0;
for (const [scheme, lang] of [['light', 'en-US'], ['dark', 'zh-CN']]) {
  for (const width of [1280, 390]) {
    // bypassCSP only so the audit script can be injected; the app itself runs unchanged.
    const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme, locale: lang, bypassCSP: true });
    const page = await context.newPage();
    for (const [name, hash] of Object.entries(VIEWS)) {
      await page.goto(server.url + hash);
      await page.waitForSelector('main section, main article');
      await page.waitForTimeout(100);
      await page.evaluate(axeSource);
      const result = await page.evaluate(() => axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] }));
      const tag = `${name} ${scheme} ${lang} ${width}px`;
      await page.screenshot({ path: `${out}/${name}-${scheme}-${lang}-${width}.png`, fullPage: width === 390 ? false : true });
      if (result.violations.length) {
        violations += result.violations.length;
        for (const v of result.violations) {
          console.log(`FAIL ${tag}: ${v.id} (${v.impact}) ${v.help}`);
          for (const n of v.nodes.slice(0, 3)) console.log(`       ${n.target.join(' ')} ${n.failureSummary.split('\n').slice(1, 2).join('')}`);
        }
      } else {
        console.log(`ok   ${tag}: ${result.passes.length} rules pass, 0 violations`);
      }
    }
    await context.close();
  }
}
await browser.close();
await server.close();
console.log(violations ? `\n${violations} accessibility violation(s)` : '\nno accessibility violations');
process.exit(violations ? 1 : 0);
