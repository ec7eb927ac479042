// Journey: the first visit over a slow network. Before the app's code has arrived, the page
// already shows the app's header and navigation (real links), the page's title and the
// download's progress; the app then takes over without a jump, and a download that fails says
// so in Dutch.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { startServer, startBrowser, watchForErrors, waitForApp } from './support.mjs';
import { PAGES, VIEWPORTS } from '../pages.mjs';

const WASM = /_bg\.wasm$/;

/** A server that sends the first half of the app's code, then, while held, waits until
 *  `release()` sends the rest or `fail()` breaks the connection: the state of a first visit
 *  over a slow link, kept still for as long as the test looks at it. Not held, it sends all. */
function heldDownload() {
  let mode = 'send';
  const waiting = [];
  const settle = (next) => {
    mode = next;
    for (const resume of waiting.splice(0)) resume(next);
  };
  return {
    hold: () => { mode = 'hold'; },
    release: () => settle('send'),
    fail: () => settle('fail'),
    stream: async (file, response) => {
      if (!WASM.test(file)) return false;
      const body = await readFile(file);
      response.writeHead(200, { 'content-type': 'application/wasm', 'content-length': body.length });
      const half = Math.floor(body.length / 2);
      response.write(body.subarray(0, half));
      const next = mode === 'hold' ? await new Promise((resume) => waiting.push(resume)) : mode;
      if (next === 'fail') response.destroy();
      else response.end(body.subarray(half));
      return true;
    },
  };
}

const held = heldDownload();
let server;
before(async () => {
  server = await startServer({ stream: held.stream });
});
after(async () => {
  held.release();
  await server?.close();
});

/** A page in a fresh browser: a first visit, with no service worker serving the app yet. */
async function firstVisit(viewport) {
  const browser = await startBrowser();
  const page = await browser.context.newPage();
  if (viewport) await page.setViewportSize(viewport);
  return { browser, page };
}

/** Boxes of the header's parts, to compare the shell with the app. */
const headerBoxes = () => [...document.querySelectorAll('.site-header .brand, .site-header .site-nav a, .site-header')]
  .map((element) => {
    const box = element.getBoundingClientRect();
    return { text: element.textContent.trim(), x: Math.round(box.x), y: Math.round(box.y), width: Math.round(box.width), height: Math.round(box.height) };
  });

const navigation = () => [...document.querySelectorAll('.site-nav a')].map((a) => ({
  text: a.textContent.trim(),
  href: new URL(a.getAttribute('href'), document.baseURI).pathname,
  current: a.getAttribute('aria-current'),
}));

test('before the code has arrived, the page shows the header, the navigation, the title and the progress', async () => {
  for (const viewport of VIEWPORTS) {
    held.hold();
    const { browser, page } = await firstVisit(viewport);
    const errors = watchForErrors(page);
    // The layout shifts of the whole load, the shell's and the app's.
    await page.addInitScript(() => {
      window.__shifts = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__shifts += entry.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(server.url('beslisboom'), { waitUntil: 'domcontentloaded' });
    const shell = page.locator('#app-shell');
    await shell.locator('#app-loading-percent').filter({ hasText: /^\d+%$/ }).waitFor();
    const percent = Number((await shell.locator('#app-loading-percent').innerText()).replace('%', ''));
    assert.ok(percent >= 1 && percent < 100, `${viewport.name}: halfway through the download, not ${percent}%`);
    assert.equal(await shell.locator('progress').getAttribute('aria-label'), 'Verzuimwijzer wordt geladen');
    assert.match(await shell.locator('.app-loading__text').innerText(), /^Verzuimwijzer wordt geladen… \d+%$/);
    assert.equal(await shell.locator('main h1').innerText(), 'Beslisboom');
    const shellNavigation = await page.evaluate(navigation);
    const shellBoxes = await page.evaluate(headerBoxes);
    await page.screenshot({ path: `/tmp/verzuimwijzer-shell-${viewport.name}.png` }).catch(() => {});

    held.release();
    await waitForApp(page);
    assert.equal(await page.locator('#app-shell').count(), 0, 'the app has replaced the shell');
    assert.equal(await page.locator('.site-header').count(), 1, 'one header, not two');
    assert.equal(await page.locator('main h1').innerText(), 'Beslisboom');
    assert.deepEqual(await page.evaluate(navigation), shellNavigation, 'the same links, the same one current');
    assert.deepEqual(await page.evaluate(headerBoxes), shellBoxes, `${viewport.name}: the header does not move when the app takes over`);
    const shifts = await page.evaluate(() => window.__shifts);
    assert.ok(shifts <= 0.02, `${viewport.name}: layout shift ${shifts} over the load`);
    assert.deepEqual(errors, []);
    await browser.close();
  }
});

test('the shell titles each section as its page does, and marks it in the navigation', async () => {
  held.release();
  const shellOf = async (path) => {
    // The shell as the browser first paints it: the code never arrives.
    const { browser, page } = await firstVisit();
    await page.route(WASM, (route) => route.abort());
    await page.goto(server.url(path), { waitUntil: 'domcontentloaded' });
    const title = page.locator('#app-shell main h1');
    const shown = {
      title: (await title.isVisible()) ? await title.innerText() : null,
      current: await page.locator('#app-shell .site-nav a[aria-current="page"]').innerText(),
    };
    await browser.close();
    return shown;
  };
  const { browser, page } = await firstVisit();
  for (const { path, heading, nav } of PAGES) {
    assert.deepEqual(await shellOf(path), { title: heading, current: nav }, `shell of /${path}`);
    await page.goto(server.url(path));
    await waitForApp(page);
    assert.equal(await page.locator('main h1').innerText(), heading, `app at /${path}`);
  }
  await browser.close();
  // Deeper pages have their own titles, which only the app knows: the shell shows none.
  assert.deepEqual(await shellOf('zelfscan/een-scan/overzicht'), { title: null, current: 'Zelfscan' });
});

test('a download that fails says so in Dutch, with a way to try again', async () => {
  held.hold();
  const { browser, page } = await firstVisit();
  await page.goto(server.url('zelfscan'), { waitUntil: 'domcontentloaded' });
  await page.locator('#app-loading-percent').filter({ hasText: /^\d+%$/ }).waitFor();
  held.fail();
  const failed = page.locator('#app-loading-failed');
  await failed.waitFor({ state: 'visible' });
  assert.match(await failed.innerText(), /Verzuimwijzer kon niet geladen worden\. Controleer de verbinding en laad de pagina opnieuw\./);
  assert.equal(await page.locator('#app-loading').isVisible(), false, 'no progress bar left behind');
  assert.equal(await failed.getByRole('link', { name: 'Opnieuw laden' }).getAttribute('href'), server.url('zelfscan'));
  // Trying again, with the code now arriving in full, starts the app.
  held.release();
  await failed.getByRole('link', { name: 'Opnieuw laden' }).click();
  await waitForApp(page);
  assert.equal(await page.locator('main h1').innerText(), 'Zelfscan');
  await browser.close();
});

test('a returning visit, served by the service worker, shows no progress bar', async () => {
  held.release();
  const { browser, page } = await firstVisit();
  await page.goto(server.url(''));
  await waitForApp(page);
  await page.evaluate(() => navigator.serviceWorker.ready);
  // What the shell shows as it is first parsed, before the app replaces it.
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      window.__shell = {
        controlled: Boolean(navigator.serviceWorker.controller),
        progress: !document.getElementById('app-loading')?.hidden,
      };
    });
  });
  await page.reload();
  await waitForApp(page);
  assert.deepEqual(await page.evaluate(() => window.__shell), { controlled: true, progress: false });
  await browser.close();
});

test('a Beslisboom content file that was changed on its way is refused, with a Dutch message', async () => {
  // The same server, but the situation file comes with one word changed: its hash no longer
  // matches the one the build wrote into index.html.
  const tampered = await startServer({
    stream: async (file, response) => {
      if (!file.endsWith('situatie.json')) return false;
      const text = (await readFile(file, 'utf8')).replace('Brussel', 'Bruxelles');
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(text);
      return true;
    },
  });
  const { browser, page } = await firstVisit();
  try {
    await page.goto(tampered.url('beslisboom'));
    const failed = page.getByTestId('content-failed');
    await failed.waitFor();
    assert.match(await failed.innerText(), /De inhoud van de Beslisboom kon niet geladen worden\. Controleer de verbinding en laad de pagina opnieuw\./);
    assert.equal(await page.locator('#wizard-vraag').count(), 0, 'no wizard on content that is not the build\'s');
    // The rest of the app works: the Zelfscan needs none of it.
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Zelfscan', exact: true }).click();
    await waitForApp(page);
    assert.equal(await page.locator('main h1').innerText(), 'Zelfscan');
  } finally {
    await browser.close();
    await tampered.close();
  }
});
