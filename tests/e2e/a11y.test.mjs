// Accessibility: axe-core (WCAG 2.0/2.1, levels A and AA) finds no violation on any page, on the
// Beslisboom's screens, on pages holding data, and on the import and passphrase dialogs; and
// the app respects reduced motion.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { startServer, startBrowser, waitForApp, seedWorkspace, exportFrom } from './support.mjs';
import { PAGES, SEEDED_PAGES, seededWorkspace } from '../pages.mjs';
import { answerStep, stepTitle } from './beslisboom.mjs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';

const AXE = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

let server;
let browser;
let scratch;
before(async () => {
  server = await startServer();
  // The app's CSP rightly refuses injected scripts; axe is a test tool, so this context lets it in.
  browser = await startBrowser({ bypassCSP: true });
  scratch = await mkdtemp(join(tmpdir(), 'verzuimwijzer-a11y-'));
});
after(async () => {
  await browser?.close();
  await server?.close();
  await rm(scratch, { recursive: true, force: true });
});

/** The violations axe finds on the page as it is now, one line each. */
async function violations(page) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: AXE });
  const result = await page.evaluate((tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags } }), TAGS);
  return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

async function check(page, path, what = path) {
  await page.goto(server.url(path));
  await waitForApp(page);
  assert.deepEqual(await violations(page), [], `axe on ${what || 'start'}`);
}

test('every page has zero WCAG 2.1 A/AA violations, empty and with data', async () => {
  const page = await browser.context.newPage();
  for (const { path } of PAGES) await check(page, path);
  await seedWorkspace(page, await seededWorkspace());
  for (const { path, name, print } of SEEDED_PAGES) {
    if (!print) await check(page, path, name);
  }
  await check(page, 'beslisboom/raadpleging/bestaat-niet', 'an unknown consultation');
  await check(page, 'bestaat/niet', 'the not-found page');
  await page.close();
});

test('the wizard stays accessible at every step and on the outcome, and the import dialogs too', async () => {
  const page = await browser.context.newPage();
  await page.goto(server.url('beslisboom'));
  await waitForApp(page);
  // Every step to the outcome, each checked before and after a try to move on with open
  // facts (the messages beside them), then the outcome with its save form open.
  const answers = { soort: ['Afwezig zonder geldige reden (B-codes)', 'Ziekte: langdurig, chronisch of vaak (Z- en D-codes)'], 'b-dit-jaar': 'Weet ik niet' };
  for (let step = 1; step <= 20; step += 1) {
    const title = await stepTitle(page);
    if (title === null) break;
    assert.deepEqual(await violations(page), [], `wizard step ${step}: ${title}`);
    if (step === 1) {
      await page.getByRole('button', { name: 'Volgende', exact: true }).click();
      await page.locator('.question .field-error:not(:empty)').first().waitFor();
      assert.deepEqual(await violations(page), [], `wizard step ${step} with its messages`);
    }
    await answerStep(page, answers);
    await page.waitForFunction((before) => document.activeElement?.id === 'uitkomst'
      || (document.activeElement?.id === 'wizard-vraag' && document.activeElement.textContent !== before), title);
  }
  await page.locator('#uitkomst').waitFor();
  assert.deepEqual(await violations(page), [], 'the outcome');
  await page.getByRole('button', { name: 'Bewaren als raadpleging' }).click();
  await page.getByLabel('Label voor deze raadpleging').waitFor();
  assert.deepEqual(await violations(page), [], 'the outcome with its save form');
  for (const { path, name } of SEEDED_PAGES.filter(({ name, print }) => name.startsWith('beslisboom') && !print)) {
    await check(page, path, name);
  }

  await page.goto(server.url('gegevens'));
  await waitForApp(page);
  const file = await exportFrom(page, scratch);
  await page.locator('#import-file').setInputFiles(file.path);
  await page.getByTestId('import-preview').waitFor();
  assert.deepEqual(await violations(page), [], 'the import preview');
  const locked = await exportFrom(page, join(scratch, 'slot'), { passphrase: 'Een lang wachtwoord' });
  await page.getByRole('button', { name: 'Annuleren' }).click();
  await page.locator('#import-file').setInputFiles(locked.path);
  await page.getByLabel('Wachtwoord', { exact: true }).waitFor();
  assert.deepEqual(await violations(page), [], 'the passphrase form');
  await page.close();
});

test('reduced motion turns off animation and smooth scrolling', async () => {
  const page = await browser.context.newPage();
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(server.url('zelfscan'));
  await waitForApp(page);
  const moving = await page.evaluate(() => [...document.querySelectorAll('*')]
    .map((element) => getComputedStyle(element))
    .filter((style) => parseFloat(style.transitionDuration) > 0.01 || parseFloat(style.animationDuration) > 0.01 || style.scrollBehavior === 'smooth')
    .length);
  assert.equal(moving, 0);
  await page.close();
});

test('by keyboard alone: the skip link first, then every control in order, each with a visible focus', async () => {
  const page = await browser.context.newPage();
  await page.goto(server.url(''));
  await waitForApp(page);
  await seedWorkspace(page, await seededWorkspace());
  for (const path of ['', 'zelfscan/scan-volledig/doel/fase-0-verbindend-schoolklimaat', 'gegevens']) {
    await page.goto(server.url(path));
    await waitForApp(page);
    await page.keyboard.press('Tab');
    if (path === '') {
      assert.equal(await page.evaluate(() => document.activeElement.textContent.trim()), 'Naar de inhoud');
    }
    const unmarked = [];
    for (let i = 0; i < 40; i += 1) {
      const focus = await page.evaluate(() => {
        const element = document.activeElement;
        if (element === document.body) return null;
        const style = getComputedStyle(element);
        const marked = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) || style.boxShadow !== 'none';
        // A visually hidden control (file input, radio) shows its focus on its visible label.
        const proxy = element.matches('.visually-hidden-file, .score-option input');
        return { name: element.id || element.textContent.trim().slice(0, 40) || element.tagName, marked: marked || proxy };
      });
      if (focus === null) break; // past the last control
      if (!focus.marked) unmarked.push(focus.name);
      await page.keyboard.press('Tab');
    }
    assert.deepEqual(unmarked, [], `focus is visible on ${path || 'start'}`);
  }
  await page.close();
});
