// Screenshots for a person to look at: node tests/e2e/shot.mjs <dist> <out-prefix> <hash>... 
// (serves the bundle under /explorer/, one PNG per hash at 1280 px and 390 px; SHOT_LOCALE and
// SHOT_SCHEME=dark change the language and theme).
import { launch } from './browser.mjs';
import { serve } from './server.mjs';

const [dist, prefix, ...hashes] = process.argv.slice(2);
const server = await serve(dist, '/explorer/');
const browser = await launch();
for (const [w, h] of [[1280, 900], [390, 844]]) {
  const page = await browser.newPage({ viewport: { width: w, height: h }, locale: process.env.SHOT_LOCALE || 'zh-CN',
    colorScheme: process.env.SHOT_SCHEME || 'light' });
  for (const [i, hash] of (hashes.length ? hashes : ['#/']).entries()) {
    await page.goto(server.url + hash);
    await page.waitForSelector('.site-title');
    await page.waitForTimeout(800);
    await page.screenshot({ path: `${prefix}-${i}-${w}.png` });
  }
  await page.close();
}
await browser.close();
await server.close();
