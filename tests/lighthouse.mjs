// Lighthouse (npm `lighthouse`, Debian's Chromium) on Start, Zelfscan and Beslisboom, with its
// default mobile settings (slow 4G, 4× CPU) and its desktop settings. Run through
// `./dev lighthouse`; the scores go into docs/performance.md.
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import * as chromeLauncher from 'chrome-launcher';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from './e2e/support.mjs';

const PAGES = (process.env.LH_PAGES ?? 'Start:,Zelfscan:zelfscan,Beslisboom:beslisboom').split(',').map((p) => p.split(':'));
const CATEGORIES = ['performance', 'accessibility', 'best-practices'];

// Lighthouse refuses a page that comes with status 404, so deep links get index.html with 200.
const server = await startServer({ fallback: 200 });
const rows = [];
try {
  for (const [formFactor, config] of [['mobile', undefined], ['desktop', desktopConfig]]) {
    for (const [name, path] of PAGES) {
      const profile = await mkdtemp(join(tmpdir(), 'verzuimwijzer-lighthouse-'));
      const chrome = await chromeLauncher.launch({
        chromePath: '/usr/bin/chromium',
        userDataDir: profile,
        chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run'],
      });
      try {
        const result = await lighthouse(server.url(path), { port: chrome.port, onlyCategories: CATEGORIES, logLevel: 'error' }, config);
        const { categories, audits } = result.lhr;
        if (result.lhr.runtimeError) console.error(name, formFactor, result.lhr.runtimeError);
        const score = (id) => Math.round(categories[id].score * 100);
        const failing = Object.values(audits)
          .filter((audit) => audit.score !== null && audit.score < 0.9 && audit.scoreDisplayMode !== 'informative' && audit.scoreDisplayMode !== 'notApplicable')
          .map((audit) => audit.id);
        rows.push({ formFactor, name, performance: score('performance'), accessibility: score('accessibility'), bestPractices: score('best-practices'),
          fcp: audits['first-contentful-paint'].displayValue, lcp: audits['largest-contentful-paint'].displayValue, tbt: audits['total-blocking-time'].displayValue, cls: audits['cumulative-layout-shift'].displayValue, failing: failing.join(', ') });
      } finally {
        await chrome.kill();
        await rm(profile, { recursive: true, force: true });
      }
    }
  }
} finally {
  await server.close();
}
console.log('| page | settings | performance | accessibility | best practices | FCP | LCP | TBT | CLS |');
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
for (const r of rows) console.log(`| ${r.name} | ${r.formFactor} | ${r.performance} | ${r.accessibility} | ${r.bestPractices} | ${r.fcp} | ${r.lcp} | ${r.tbt} | ${r.cls} |`);
for (const r of rows) if (r.failing) console.log(`${r.name} (${r.formFactor}) below 0.9: ${r.failing}`);
