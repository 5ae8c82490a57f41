// Lighthouse audit of the release bundle, served from /explorer/ on 127.0.0.1 the way a
// production static host serves it (precompressed copies, long-lived caching of hashed files):
// performance, accessibility, best practices and SEO, on the list and the comparison view, with
// the default configuration (a mid-range phone: simulated slow 4G and 4× CPU slowdown) and the
// desktop one. Prints each run's four scores and metrics; every category must score at least
// 95. The performance score moves with the machine's load (its blocking time is measured CPU
// time, scaled): a run below 95 is run twice more and judged by the median of the three.
// Reports (JSON and HTML) go to tests/e2e/out/. Nothing may leave 127.0.0.1. A node:test test
// per view and configuration; a score below 95 that is printed but not enforced (see below) marks
// its test TODO instead of failing it.
//
// Usage: node tests/e2e/lighthouse.mjs <dist>   (exits non-zero if any test fails)
//   LIGHTHOUSE_REPORT_ONLY=1             print the scores, never fail on them
//   LIGHTHOUSE_PERFORMANCE_REPORT_ONLY=1 print the performance score, fail only on the other three
//                                        (the test suite's setting: performance is a timing, and
//                                        timings are printed, not enforced, on a shared machine)
//   LIGHTHOUSE_RUNS=3                    always run each configuration this many times (median)
//   LIGHTHOUSE_ONLY=compare-mobile,list  only the runs whose "view-preset" name contains one of these
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import lighthouse, { desktopConfig } from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { serve } from './server.mjs';
import { ARGS, outDir } from './browser.mjs';

const MIN = 95;
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const VIEWS = { list: '#/', compare: '#/compare' };
const PRESETS = { mobile: undefined, desktop: desktopConfig };
const reportOnly = process.env.LIGHTHOUSE_REPORT_ONLY === '1';
const performanceReportOnly = process.env.LIGHTHOUSE_PERFORMANCE_REPORT_ONLY === '1';
let timingMisses = 0;
const fixedRuns = Number(process.env.LIGHTHOUSE_RUNS || 0);
const only = (process.env.LIGHTHOUSE_ONLY || '').split(',').filter(Boolean);

const dist = process.argv[2] || 'dist';
const server = await serve(dist, '/explorer/', { production: true });
const out = outDir();
// chrome-launcher adds its own flags that keep Chromium quiet (no background networking,
// component updates, sync, phishing checks…); ours add headless and the sandbox-less setup.
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM || '/usr/bin/chromium',
  chromeFlags: ARGS,
  logLevel: 'silent',
});

const problems = [];
let failures = 0;

/** One Lighthouse run: its result, scores (0–100 or null) and a line of metrics. */
async function audit(url, config) {
  const result = await lighthouse(url, {
    port: chrome.port,
    output: ['json', 'html'],
    logLevel: 'error',
    onlyCategories: CATEGORIES,
    locale: 'en-US',
  }, config);
  const { lhr } = result;
  const scores = Object.fromEntries(CATEGORIES.map((id) => {
    const s = lhr.categories[id].score;
    return [id, s === null ? null : Math.round(s * 100)];
  }));
  const a = lhr.audits;
  const metrics = `FCP ${a['first-contentful-paint'].displayValue}, LCP ${a['largest-contentful-paint'].displayValue},`
    + ` TBT ${a['total-blocking-time'].displayValue}, CLS ${a['cumulative-layout-shift'].displayValue},`
    + ` Speed Index ${a['speed-index'].displayValue}`;
  return { result, scores, metrics };
}

const below = (scores) => CATEGORIES.filter((id) => scores[id] === null || scores[id] < MIN);
const line = (scores) => CATEGORIES.map((id) => `${id} ${scores[id] ?? 'n/a'}`).join('  ');

for (const [view, hash] of Object.entries(VIEWS)) {
  for (const [preset, config] of Object.entries(PRESETS)) {
    const name = `${view}-${preset}`;
    const skip = only.length && !only.some((o) => name.includes(o)) ? `not in LIGHTHOUSE_ONLY=${only.join(',')}` : false;
    test(`${view} ${preset}: every category at least ${MIN}, no Lighthouse warning or error, nothing leaves 127.0.0.1`, { skip }, async (t) => {
      const url = server.url + hash;
      const mine = [];
      const enforced = [];
      const notEnforced = [];

      const runs = [await audit(url, config)];
      while (runs.length < (fixedRuns || (below(runs[0].scores).length ? 3 : 1))) runs.push(await audit(url, config));
      if (runs.length > 1) {
        for (const [i, r] of runs.entries()) console.log(`  ${name} run ${i + 1}: ${line(r.scores)} (${r.metrics})`);
      }
      // The run with the median performance score stands for the configuration.
      const run = [...runs].sort((x, y) => (x.scores.performance ?? -1) - (y.scores.performance ?? -1))[Math.floor(runs.length / 2)];
      const { lhr, report } = run.result;
      fs.writeFileSync(`${out}/lighthouse-${name}.report.json`, report[0]);
      fs.writeFileSync(`${out}/lighthouse-${name}.report.html`, report[1]);

      console.log(`${view.padEnd(8)} ${preset.padEnd(8)} ${line(run.scores)}${runs.length > 1 ? ` (median of ${runs.length} runs)` : ''}`);
      console.log(`${''.padEnd(18)}${run.metrics}`);
      for (const r of runs) {
        for (const warning of r.result.lhr.runWarnings) mine.push(`${name}: Lighthouse warning: ${warning}`);
        if (r.result.lhr.runtimeError) mine.push(`${name}: runtime error: ${r.result.lhr.runtimeError.code} ${r.result.lhr.runtimeError.message}`);
        // Nothing may leave 127.0.0.1 (the machine has no other network, and the page must not want one).
        for (const req of r.result.lhr.audits['network-requests']?.details?.items || []) {
          const u = new URL(req.url);
          if (!['data:', 'blob:'].includes(u.protocol) && u.hostname !== '127.0.0.1') mine.push(`${name}: request left 127.0.0.1: ${req.url}`);
        }
      }
      problems.push(...mine);
      enforced.push(...mine);

      for (const id of below(run.scores)) {
        const miss = `${id} ${run.scores[id] ?? 'n/a'} below ${MIN} (${view}, ${preset})`;
        if (id === 'performance' && performanceReportOnly) {
          timingMisses += 1;
          notEnforced.push(`${miss}: LIGHTHOUSE_PERFORMANCE_REPORT_ONLY=1, printed, not enforced`);
        } else {
          failures += 1;
          if (reportOnly) notEnforced.push(`${miss}: LIGHTHOUSE_REPORT_ONLY=1, printed, not enforced`);
          else enforced.push(miss);
        }
        console.log(`  BELOW ${MIN}: ${id} ${run.scores[id] ?? 'n/a'} (${view}, ${preset}); audits not passed:`);
        const refs = lhr.categories[id].auditRefs
          .map((ref) => ({ ref, audit: lhr.audits[ref.id] }))
          .filter(({ audit }) => audit.score !== null && audit.score < 1
            && !['notApplicable', 'manual', 'informative'].includes(audit.scoreDisplayMode))
          .sort((a, b) => b.ref.weight - a.ref.weight);
        for (const { ref, audit } of refs) {
          const value = audit.displayValue ? ` (${audit.displayValue})` : '';
          console.log(`    ${audit.score.toFixed(2)}  weight ${String(ref.weight).padStart(2)}  ${audit.title}${value}  [${audit.id}]`);
        }
      }
      // A TODO test does not fail the run, so only a test with nothing enforced missed is one.
      assert.deepEqual(enforced, [], `${name}: scores below ${MIN} or problems`);
      if (notEnforced.length) t.todo(notEnforced.join('; '));
    });
  }
}

after(async () => {
  await chrome.kill();
  await server.close();
  for (const p of problems) console.log(`FAIL ${p}`);
  console.log(`\nreports: ${out}lighthouse-*.report.{json,html}`);
  if (timingMisses) console.log(`MISSED: performance below ${MIN} in ${timingMisses} configuration(s) (printed, not enforced)`);
  if (failures) console.log(`${failures} category score(s) below ${MIN}${reportOnly ? ' (LIGHTHOUSE_REPORT_ONLY=1: not failing)' : ''}`);
  else if (!timingMisses) console.log(`every category at least ${MIN} on every view and configuration`);
  else console.log(`accessibility, best practices and SEO at least ${MIN} on every view and configuration`);
});
