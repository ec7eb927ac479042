// Journey: a user opens the app, moves through every page, and reloads deep links.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, watchForErrors, waitForApp, seedWorkspace } from './support.mjs';
import { PAGES, SEEDED_PAGES, LAYOUT_VIEWPORTS, seededWorkspace } from '../pages.mjs';

const app = useApp();

test('every page is reachable from the navigation and says what it is', async () => {
  const page = await app.browser.context.newPage();
  const errors = watchForErrors(page);
  await page.goto(app.server.url('/'));
  await waitForApp(page);
  for (const { nav, path, heading } of PAGES) {
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: nav, exact: true }).click();
    await assert.doesNotReject(page.waitForURL(app.server.url(path)));
    assert.equal(await page.locator('main h1').innerText(), heading);
    const current = page.locator('.site-nav a[aria-current="page"]');
    assert.equal(await current.innerText(), nav, `${nav} is marked as the current page`);
    assert.match(await page.title(), / · Verzuimwijzer$/);
  }
  assert.deepEqual(errors, []);
  await page.close();
});

test('a deep link still works when it is opened directly and reloaded', async () => {
  const page = await app.browser.context.newPage();
  const errors = watchForErrors(page);
  for (const { path, heading } of PAGES.slice(1)) {
    await page.goto(app.server.url(path));
    await waitForApp(page);
    assert.equal(await page.locator('main h1').innerText(), heading);
    await page.reload();
    await waitForApp(page);
    assert.equal(await page.locator('main h1').innerText(), heading, `${path} after reload`);
  }
  assert.deepEqual(errors, []);
  await page.close();
});

test('the start page says what the app is for and that data stays on this device', async () => {
  const page = await app.browser.context.newPage();
  await page.goto(app.server.url('/'));
  await waitForApp(page);
  const text = await page.locator('main').innerText();
  assert.match(text, /problematische afwezigheden/);
  assert.match(text, /alleen op dit toestel bewaard/);
  await page.close();
});

test('the about page lists both source documents and the Bronnenoverzicht', async () => {
  const page = await app.browser.context.newPage();
  await page.goto(app.server.url('over'));
  await waitForApp(page);
  const main = page.locator('main');
  await assert.doesNotReject(main.getByRole('heading', { name: 'Preventieplan afwezigheden: Inzetten op aanwezigheidsbeleid' }).waitFor());
  await assert.doesNotReject(main.getByRole('heading', { name: 'Brusselse leidraad in de opvolging van problematische afwezigheden' }).waitFor());
  assert.equal(await page.locator('.bibliography li').count(), 12);
  assert.match(await main.innerText(), /Angst voor de schoolpoort \(HOGENT, 2019\)/);
  await page.close();
});

test('an unknown address shows a Dutch not-found page with a way back', async () => {
  const page = await app.browser.context.newPage();
  await page.goto(app.server.url('bestaat-niet'));
  await waitForApp(page);
  assert.equal(await page.locator('main h1').innerText(), 'Pagina niet gevonden');
  await page.getByRole('link', { name: 'Terug naar Start' }).click();
  await page.waitForURL(app.server.url('/'));
  await page.close();
});

test('every page fits tablets, a phone and 200% zoom, with touch targets of at least 44 px', async () => {
  const page = await app.browser.context.newPage();
  await page.goto(app.server.url(''));
  await waitForApp(page);
  const screens = [...PAGES, { path: 'seed' }, ...SEEDED_PAGES.filter(({ print }) => !print)];
  for (const viewport of LAYOUT_VIEWPORTS) {
    await page.setViewportSize(viewport);
    for (const { path } of screens) {
      if (path === 'seed') {
        await seedWorkspace(page, await seededWorkspace());
        continue;
      }
      await page.goto(app.server.url(path));
      await waitForApp(page);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.equal(overflow, 0, `${path || 'start'} scrolls sideways at ${viewport.name} size`);
      const small = await page.evaluate(() =>
        [...document.querySelectorAll('nav a, button, .button, input:not([type=file]), select, textarea, .brand, .bibliography__link, .feature-list h3 a')]
          .filter((element) => element.offsetParent !== null)
          // A checkbox or radio is tapped through the label that wraps it.
          .map((element) => element.matches('label.check > input') ? element.parentElement : element)
          .map((element) => ({ text: element.textContent.trim() || element.id, box: element.getBoundingClientRect() }))
          .filter(({ box }) => box.height < 44 || box.width < 44)
          .map(({ text, box }) => `${text} (${Math.round(box.width)}×${Math.round(box.height)})`));
      assert.deepEqual(small, [], `${path || 'start'} at ${viewport.name} size has small touch targets`);
    }
  }
  await page.close();
});
