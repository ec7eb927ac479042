// Journeys for the installable, offline app: after the first visit it opens and works with the
// network off (a reload included, with the data entered before); a new deployment is offered
// with an update prompt; and the same build works under a sub-path of a static host.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DIST, startServer, startBrowser, watchForErrors, watchForRequestsElsewhere, waitForApp, waitUntilSaved } from './support.mjs';

const DIST_SUBPATH = fileURLToPath(new URL('../../dist-subpath/', import.meta.url));

/** A copy of a build in a scratch folder, so a test can "deploy" a new version into it. */
async function deployment(from) {
  const root = await mkdtemp(join(tmpdir(), 'verzuimwijzer-deploy-'));
  await cp(from, root, { recursive: true });
  return root;
}

/** Waits until the service worker controls the page and has cached the app. */
async function waitForOfflineReady(page) {
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
    }
    return registration.scope;
  });
}

async function offlineJourney({ root, base }) {
  const server = await startServer({ root, base });
  const browser = await startBrowser();
  const elsewhere = watchForRequestsElsewhere(browser.context, server.url(''));
  try {
    const page = await browser.context.newPage();
    const errors = watchForErrors(page);
    await page.goto(server.url('gegevens'));
    await waitForApp(page);
    await page.getByLabel('Naam van de school of het CLB-team').fill('Offline school');
    await waitUntilSaved(page);
    await waitForOfflineReady(page);
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    assert.equal(new URL(scope).pathname, base, 'the worker serves exactly the app\'s path');

    // The network is gone: the server is stopped and the browser is offline.
    await server.close();
    await browser.context.setOffline(true);
    await page.reload();
    await waitForApp(page);
    assert.equal(await page.getByLabel('Naam van de school of het CLB-team').inputValue(), 'Offline school');
    // Another page, by the menu and by a reload of its address.
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Beslisboom' }).click();
    await waitForApp(page);
    assert.equal(await page.locator('main h1').innerText(), 'Beslisboom');
    await page.reload();
    await waitForApp(page);
    assert.equal(await page.locator('main h1').innerText(), 'Beslisboom');
    assert.equal(new URL(page.url()).pathname, `${base}beslisboom`);
    // Working offline: a change is saved.
    await page.goto(server.url('gegevens'));
    await waitForApp(page);
    await page.getByLabel('Naam van de school of het CLB-team').fill('Offline bijgewerkt');
    await waitUntilSaved(page);
    assert.deepEqual(errors.filter((e) => !/ERR_INTERNET_DISCONNECTED/.test(e)), []);
    assert.deepEqual(elsewhere, []);
  } finally {
    await browser.close();
    await server.close().catch(() => {});
  }
}

test('after the first visit the app opens and works offline, data included', async () => {
  const root = await deployment(DIST);
  try {
    await offlineJourney({ root, base: '/' });
  } finally {
    await rm(root, { recursive: true, force: true });
  }
});

test('the same app works under a sub-path, offline too', async () => {
  assert.ok(existsSync(join(DIST_SUBPATH, 'index.html')), 'dist-subpath/ is built by ./dev test');
  const root = await deployment(DIST_SUBPATH);
  try {
    const server = await startServer({ root, base: '/verzuimwijzer/' });
    const browser = await startBrowser();
    try {
      const page = await browser.context.newPage();
      const errors = watchForErrors(page);
      // A deep link, opened directly: the static host answers with 404.html, the app starts.
      await page.goto(server.url('leerlingen'));
      await waitForApp(page);
      assert.equal(await page.locator('main h1').innerText(), 'Leerlingen');
      await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Over' }).click();
      await waitForApp(page);
      assert.equal(new URL(page.url()).pathname, '/verzuimwijzer/over');
      const manifest = await page.locator('link[rel=manifest]').evaluate((link) => link.href);
      assert.equal(new URL(manifest).pathname, '/verzuimwijzer/manifest.webmanifest');
      assert.deepEqual(errors, []);
    } finally {
      await browser.close();
      await server.close();
    }
    await offlineJourney({ root, base: '/verzuimwijzer/' });
  } finally {
    await rm(root, { recursive: true, force: true });
  }
});

test('a new deployment is offered with an update prompt and taken on request', async () => {
  const root = await deployment(DIST);
  const server = await startServer({ root });
  const browser = await startBrowser();
  try {
    const page = await browser.context.newPage();
    await page.goto(server.url(''));
    await waitForApp(page);
    await waitForOfflineReady(page);
    assert.equal(await page.getByTestId('update-prompt').count(), 0, 'no prompt without a new version');

    // Deploy a new version: the build step gives every build its own VERSION.
    const workerPath = join(root, 'service-worker.js');
    const worker = await readFile(workerPath, 'utf8');
    await writeFile(workerPath, worker.replace(/const VERSION = '([^']*)';/, "const VERSION = '$1-nieuw';"));
    await page.evaluate(async () => (await navigator.serviceWorker.ready).update());
    const prompt = page.getByTestId('update-prompt');
    await prompt.waitFor();
    assert.match(await prompt.innerText(), /nieuwe versie/);

    await Promise.all([page.waitForEvent('load'), prompt.getByRole('button', { name: 'Nu bijwerken' }).click()]);
    await waitForApp(page);
    const caches = await page.evaluate(() => caches.keys());
    assert.ok(caches.some((name) => name.endsWith('-nieuw')), `the new version is in use (${caches})`);
    assert.ok(caches.every((name) => name.endsWith('-nieuw')), 'the old version is cleaned up');
    assert.equal(await page.getByTestId('update-prompt').count(), 0);
  } finally {
    await browser.close();
    await server.close();
    await rm(root, { recursive: true, force: true });
  }
});
