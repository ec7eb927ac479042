// Size and speed report (not a test): run through `./dev bench`.
//  - gzipped bytes of everything the first load of the Start page fetches;
//  - median time from navigation to the first render over 7 cold loads in headless Chromium
//    with 4x CPU throttling: the Start page, and the Zelfscan holding a fully filled scan
//    (the scan's page with all phases, and one objective's page);
//  - the JS heap after load.
import { gzipSync } from 'node:zlib';
import { readFile, readdir, mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { chromium } from 'playwright-core';
import { startServer, DIST, fullScanWorkspace, seedWorkspace } from './e2e/support.mjs';

const LOADS = 7;
const CPU_SLOWDOWN = 4;
const server = await startServer();
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const fullScan = await fullScanWorkspace();
// A same-origin document that does not start the app: where the data is seeded, so the
// measured load still starts with a cold HTTP and code cache.
const icon = (await readdir(DIST)).find((file) => file.endsWith('.svg'));

const SCENARIOS = [
  { name: 'Start page', path: '', ready: '[data-page="start"] h1' },
  { name: 'Zelfscan, scan with all phases (full scan)', path: 'zelfscan/scan-volledig', ready: '.objective-link', seed: fullScan },
  { name: 'Zelfscan, one objective (full scan)', path: 'zelfscan/scan-volledig/doel/fase-0-verbindend-schoolklimaat', ready: '.score-picker', seed: fullScan },
];

// Marks the moment `selector` is in the DOM, before any test code runs.
const markFirstRender = (selector) => {
  new MutationObserver((_, observer) => {
    if (document.querySelector(selector)) {
      window.__firstRender = performance.now();
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
};

async function coldLoad({ path, ready, seed }) {
  const profile = await mkdtemp(join(tmpdir(), 'verzuimwijzer-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    if (seed) {
      const seeding = await context.newPage();
      await seeding.goto(server.url(icon));
      await seedWorkspace(seeding, seed);
      await seeding.close();
    }
    const page = await context.newPage();
    const fetched = [];
    page.on('requestfinished', (request) => fetched.push(new URL(request.url()).pathname));
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    await page.addInitScript(markFirstRender, ready);
    await page.goto(server.url(path));
    await page.waitForFunction(() => window.__firstRender !== undefined, null, { timeout: 60_000 });
    const firstRender = await page.evaluate(() => window.__firstRender);
    const heap = (await cdp.send('Runtime.getHeapUsage')).usedSize;
    return { firstRender, heap, fetched };
  } finally {
    await context.close();
    await rm(profile, { recursive: true, force: true });
  }
}

try {
  for (const [index, scenario] of SCENARIOS.entries()) {
    const runs = [];
    for (let i = 0; i < LOADS; i++) runs.push(await coldLoad(scenario));
    if (index === 0) {
      console.log('First load (gzip -9 of each file the Start page fetches):');
      let total = 0;
      for (const path of [...new Set(runs[0].fetched)]) {
        const file = path === '/' ? 'index.html' : path.slice(1);
        const bytes = gzipSync(await readFile(join(DIST, file)), { level: 9 }).length;
        total += bytes;
        console.log(`  ${String(bytes).padStart(8)}  ${file}`);
      }
      console.log(`  ${String(total).padStart(8)}  total (${(total / 1024).toFixed(1)} KiB)`);
    }
    const times = runs.map((run) => run.firstRender);
    console.log(`${scenario.name}: first render, ${LOADS} cold loads, ${CPU_SLOWDOWN}x CPU throttling:`);
    console.log(`  median ${median(times).toFixed(0)} ms (all: ${times.map((t) => t.toFixed(0)).join(', ')} ms)`);
    console.log(`  JS heap after load: median ${(median(runs.map((r) => r.heap)) / 1048576).toFixed(1)} MiB`);
  }
} finally {
  await server.close();
}
