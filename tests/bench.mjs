// Size and speed report (not a test): run through `./dev bench`.
//  - gzipped bytes of everything the first load of the Start page fetches;
//  - median time from navigation to the first render over 11 cold loads in headless Chromium
//    with 4x CPU throttling: the Start page, and the Zelfscan holding a fully filled scan
//    (the scan's page with all phases, and one objective's page). Cold: a fresh profile each
//    time, so no HTTP cache, service worker or compiled code of the app; the browser itself
//    has settled (see SETTLE_MS);
//    each both with the browser settled and right after it started, and the Start page on a
//    returning visit (its service worker serving the app);
//  - the JS heap after load;
//  - the Beslisboom's latency: from a tap on "Volgende" to the next step painted, and from the
//    last tap to the outcome painted, over a full path, 11 times, with 4x CPU throttling.
import { gzipSync } from 'node:zlib';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { startServer, startBrowser, DIST, fullScanWorkspace, seedWorkspace } from './e2e/support.mjs';

const LOADS = Number(process.env.BENCH_LOADS ?? 11);
const CPU_SLOWDOWN = 4;
// The pause between opening the tab and loading the app. A browser that has just started, or
// just closed the tab that stored the test data, keeps working for a moment; on this 2-core
// machine that work lands in the measured load and added 150-250 ms to every page, whatever
// the app did (a pause of 0.5, 1, 2 or 4 s, or showing another site's page first, all gave
// the same lower times). Someone who opens the app has a browser that is already running.
// BENCH_SETTLE_MS=0 measures the way it was done before.
const SETTLE_MS = Number(process.env.BENCH_SETTLE_MS ?? 1000);
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

// Marks the moment `selector` is in the DOM, before any test code runs, and says so on the
// console: waiting with page.waitForFunction would inject Playwright's script into the page
// while the app starts, and that would be measured as the app's time.
const markFirstRender = (selector) => {
  new MutationObserver((_, observer) => {
    if (document.querySelector(selector)) {
      window.__firstRender = performance.now();
      observer.disconnect();
      console.debug('verzuimwijzer-first-render');
    }
  }).observe(document, { childList: true, subtree: true });
};

async function coldLoad({ path, ready, seed }, settle = SETTLE_MS) {
  // A fresh profile each time: a cold load, with no cached code or data.
  const browser = await startBrowser();
  const { context } = browser;
  try {
    if (seed) {
      const seeding = await context.newPage();
      await seeding.goto(server.url(icon));
      await seedWorkspace(seeding, seed);
      await seeding.close();
    }
    return await timedLoad(context, { path, ready }, settle);
  } finally {
    await browser.close();
  }
}

/** Opens `path` in a new tab of `context`, `settle` ms after the tab was opened, with the CPU
 *  throttled: the time to its first render, the JS heap, the files fetched, the page. */
async function timedLoad(context, { path, ready }, settle) {
  const page = await context.newPage();
  const fetched = [];
  page.on('requestfinished', (request) => fetched.push(new URL(request.url()).pathname));
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  await page.addInitScript(markFirstRender, ready);
  await page.waitForTimeout(settle);
  const rendered = new Promise((resolve) => {
    page.on('console', (message) => message.text() === 'verzuimwijzer-first-render' && resolve());
  });
  await page.goto(server.url(path));
  await rendered;
  const firstRender = await page.evaluate(() => window.__firstRender);
  const heap = (await cdp.send('Runtime.getHeapUsage')).usedSize;
  return { firstRender, heap, fetched, page };
}

/** A returning visit: the app was opened before in this profile, so its service worker serves
 *  every file from the device (and the browser may keep the compiled code); then a new tab. */
async function returningLoad({ path, ready }) {
  const browser = await startBrowser();
  const { context } = browser;
  try {
    const first = await context.newPage();
    await first.goto(server.url(path));
    await first.locator(ready).first().waitFor();
    await first.evaluate(() => navigator.serviceWorker.ready);
    await first.close();
    const load = await timedLoad(context, { path, ready }, SETTLE_MS);
    const served = await load.page.evaluate(() => Boolean(navigator.serviceWorker.controller));
    if (!served) throw new Error('the returning visit was not served by the service worker');
    return load;
  } finally {
    await browser.close();
  }
}

// The time between one screen and the next tap: far shorter than anyone answers a question.
const STEP_PAUSE_MS = 250;

/** Answers the step on screen as a tap each (not timed): the kind of absence "B-codes" and
 *  illness, each open choice its option "Nee" or else its first, each number 12; a
 *  multi-choice otherwise left open. An answer that makes another fact appear is answered too. */
const answerStep = async () => {
  const done = new Set();
  for (let pass = 0; pass < 4; pass += 1) {
    // An answer can make another fact appear: the page shows it after the taps' task.
    if (pass > 0) await new Promise((resolve) => setTimeout(resolve, 20));
    for (const group of document.querySelectorAll('.question [data-fact]')) {
      const id = group.dataset.fact;
      if (done.has(id)) continue;
      done.add(id);
      if (group.matches('.fact--number')) {
        const input = group.querySelector('input');
        if (!input.value) {
          input.value = '12';
          input.dispatchEvent(new Event('input', { bubbles: true }));
        }
      } else if (group.matches('.fact--multi')) {
        if (id === 'soort') {
          for (const value of ['ongewettigd', 'ziekte']) group.querySelector(`input[value="${value}"]`)?.click();
        }
      } else if (!group.querySelector('input:checked')) {
        const labels = [...group.querySelectorAll('label')];
        (labels.find((l) => l.textContent.trim() === 'Nee') ?? labels[0]).click();
      }
    }
  }
};

/** Taps "Volgende"; stores in `window.__stepTime` the milliseconds until the next step's
 *  heading (or the outcome's) is in the DOM and laid out, and in `window.__paintTime` until the
 *  frame that shows it has been painted: the first task after that frame's rendering, queued
 *  from its animation frame with the scheduler's highest priority, so that it runs before the
 *  work the app puts after the paint (focus, address), which is not counted. */
const tapAndTime = () => {
  const before = document.querySelector('#wizard-vraag').textContent;
  window.__stepTime = undefined;
  window.__paintTime = undefined;
  window.__outcome = false;
  const observer = new MutationObserver(() => {
    const outcome = document.querySelector('#uitkomst');
    const now = document.querySelector('#wizard-vraag');
    if (outcome || (now && now.textContent !== before)) {
      void document.body.offsetHeight; // force style and layout
      window.__stepTime = performance.now() - start;
      window.__outcome = Boolean(outcome);
      observer.disconnect();
    }
  });
  observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  const start = performance.now();
  [...document.querySelectorAll('.question button[type="submit"]')].find((b) => b.textContent.trim() === 'Volgende').click();
  const painted = () => { window.__paintTime = performance.now() - start; };
  // A step shown in a later task (none is today) is timed to the frame after it.
  const afterFrame = () => requestAnimationFrame(() => {
    if (window.__stepTime === undefined) afterFrame();
    else scheduler.postTask(painted, { priority: 'user-blocking' });
  });
  afterFrame();
};

async function wizardSteps() {
  // A fresh profile each time: a cold load, with no cached code or data.
  const browser = await startBrowser();
  const { context } = browser;
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await page.goto(server.url('beslisboom'));
    await page.locator('#wizard-vraag').waitFor();
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    const passes = [];
    // The first pass also compiles each kind of screen's code (wasm compiles lazily, on first
    // use); the second pass is what a CLB worker meets from the second pupil on.
    for (const pass of ['cold', 'warm']) {
      if (pass === 'warm') {
        await page.getByRole('link', { name: 'Opnieuw beginnen' }).first().click();
        await page.locator('.question [data-fact]').first().waitFor();
      }
      const steps = [];
      for (let i = 0; i < 20; i += 1) {
        await page.evaluate(answerStep);
        // A person reads each question for seconds; a short pause lets the previous step's
        // after-paint work (the address update) end first, so each tap is measured on its own.
        await page.waitForTimeout(STEP_PAUSE_MS);
        await page.evaluate(tapAndTime);
        await page.waitForFunction(() => window.__paintTime !== undefined).catch(async (error) => {
          const messages = await page.locator('.field-error:not(:empty)').allInnerTexts();
          throw new Error(`step ${i + 1} (${await page.locator('#wizard-vraag').textContent()}) did not go on: ${messages.join('; ')} (${error.message})`);
        });
        const step = await page.evaluate(() => ({ laidOut: window.__stepTime, painted: window.__paintTime, outcome: window.__outcome }));
        steps.push(step);
        if (step.outcome) break;
      }
      if (!steps.at(-1)?.outcome) throw new Error('the bench path did not reach the outcome');
      passes.push(steps);
    }
    return passes;
  } finally {
    await browser.close();
  }
}

// BENCH_ONLY=wizard or BENCH_ONLY=pages runs one half, when working on one of them.
const only = process.env.BENCH_ONLY;
try {
  if (only !== 'pages') {
    const runs = { 'first path after load': [], 'next path': [] };
    for (let i = 0; i < LOADS; i++) {
      const [first, second] = await wizardSteps();
      runs['first path after load'].push(first);
      runs['next path'].push(second);
    }
    console.log(`Beslisboom, ${CPU_SLOWDOWN}x CPU throttling, ${STEP_PAUSE_MS} ms between taps, ${LOADS} runs (budget: a step 16 ms, the outcome 50 ms):`);
    for (const [name, paths] of Object.entries(runs)) {
      const steps = paths.flatMap((path) => path.slice(0, -1));
      const outcomes = paths.map((path) => path.at(-1));
      for (const [what, list] of [[`tap "Volgende" → next step (${steps.length} steps)`, steps], [`last tap → outcome (${outcomes.length})`, outcomes]]) {
        const laidOut = list.map((s) => s.laidOut);
        const painted = list.map((s) => s.painted);
        console.log(`  ${name}, ${what}: painted median ${median(painted).toFixed(1)} ms, slowest ${Math.max(...painted).toFixed(1)} ms; in the DOM and laid out median ${median(laidOut).toFixed(1)} ms`);
        if (process.env.BENCH_STEPS) console.log(`    ${painted.map((t) => t.toFixed(0)).join(' ')}`);
      }
    }
  }
  for (const [index, scenario] of (only === 'wizard' ? [] : SCENARIOS).entries()) {
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
    // The same loads right after the browser started: what a tablet pays when the app is
    // opened from its icon with the browser still starting (see SETTLE_MS).
    const unsettled = [];
    for (let i = 0; i < LOADS; i++) unsettled.push(await coldLoad(scenario, 0));
    const times = runs.map((run) => run.firstRender);
    const unsettledTimes = unsettled.map((run) => run.firstRender);
    console.log(`${scenario.name}: first render, ${LOADS} cold loads each way, ${CPU_SLOWDOWN}x CPU throttling:`);
    console.log(`  browser settled ${SETTLE_MS} ms: median ${median(times).toFixed(0)} ms (all: ${times.map((t) => t.toFixed(0)).join(', ')} ms)`);
    console.log(`  browser just started:  median ${median(unsettledTimes).toFixed(0)} ms (all: ${unsettledTimes.map((t) => t.toFixed(0)).join(', ')} ms)`);
    console.log(`  JS heap after load: median ${(median(runs.map((r) => r.heap)) / 1048576).toFixed(1)} MiB`);
  }
  if (only !== 'wizard') {
    const returning = [];
    for (let i = 0; i < LOADS; i++) returning.push((await returningLoad(SCENARIOS[0])).firstRender);
    console.log(`${SCENARIOS[0].name}, returning visit (service worker warm), ${LOADS} loads, ${CPU_SLOWDOWN}x CPU throttling:`);
    console.log(`  median ${median(returning).toFixed(0)} ms (all: ${returning.map((t) => t.toFixed(0)).join(', ')} ms)`);
  }
} finally {
  await server.close();
}
