// What the browser keeps besides the data: tab titles and addresses (its history, which
// outlives the tab and may be synced) and download names never hold a pupil's label, and no
// address holds both a dossier and answers. Also the limits: a measure dated outside
// 2000–2100 is refused, and a long unbroken label never widens a page on a phone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, watchForErrors, waitForApp, waitUntilSaved, exportFrom } from './support.mjs';
import { answerStep, stepTitle } from './beslisboom.mjs';

const app = useApp({ scratch: 'privacy' });

/** Creates a dossier from the Leerlingen page and returns its id (from the dossier's address). */
async function createDossier(page, label) {
  await page.goto(app.server.url('leerlingen'));
  await waitForApp(page);
  await page.getByLabel('Label (initialen of intern nummer)').fill(label);
  await page.getByLabel('Klas').fill('3B');
  await page.getByRole('button', { name: 'Dossier aanmaken' }).click();
  await page.getByRole('heading', { level: 1, name: `Leerling ${label}` }).waitFor();
  return decodeURIComponent(new URL(page.url()).pathname.split('/').pop());
}

/** Beslisboom query parameters that are not answers: the run number and a reopened question. */
const NOT_ANSWERS = ['voor', 'wijzig'];

/** The title has no label; the address has no label, and never the dossier id together with
 *  answers. The decision: the Beslisboom's address never holds the dossier id at all. */
async function assertNothingKept(page, { label, dossierId, step }) {
  const title = await page.title();
  assert.ok(!title.toLowerCase().includes(label.toLowerCase()), `${step}: the title "${title}" holds the label`);
  const address = page.url();
  const url = new URL(address);
  const answers = [...url.searchParams.keys()].filter((key) => !NOT_ANSWERS.includes(key));
  assert.ok(!decodeURIComponent(address).includes(label), `${step}: the address ${address} holds the label`);
  assert.ok(!(address.includes(dossierId) && answers.length > 0), `${step}: the address ${address} holds the dossier and answers`);
  if (url.pathname.startsWith('/beslisboom')) {
    assert.ok(!address.includes(dossierId), `${step}: the Beslisboom's address ${address} holds the dossier id`);
  }
}

const notice = (page) => page.getByTestId('wizard-dossier');
const trailAnswers = (page) => page.locator('.trail > li');
/** Answers one step and waits until its facts are in the address. */
async function step(page) {
  const before = page.url();
  const title = await stepTitle(page);
  await answerStep(page, { soort: ['Ziekte: langdurig, chronisch of vaak (Z- en D-codes)'] });
  await page.waitForFunction((t) => document.activeElement?.id === 'uitkomst'
    || (document.activeElement?.id === 'wizard-vraag' && document.activeElement.textContent !== t), title);
  await page.waitForURL((url) => url.href !== before);
}

test('the pupil pages and a Beslisboom run from a dossier keep no label in titles and no dossier with answers in addresses', async () => {
  const page = await app.browser.context.newPage();
  const errors = watchForErrors(page);
  const label = 'JD-4';
  const dossierId = await createDossier(page, label);
  const kept = { label, dossierId };
  await assertNothingKept(page, { ...kept, step: 'dossier' });
  assert.equal(await page.title(), 'Leerling · Verzuimwijzer');

  await page.getByRole('link', { name: 'Checklist PA bij aanmelding CLB' }).click();
  await page.getByRole('heading', { level: 1, name: /Checklist PA bij aanmelding CLB/ }).waitFor();
  await assertNothingKept(page, { ...kept, step: 'checklist' });
  assert.equal(await page.title(), 'Checklist · Verzuimwijzer');
  await page.goBack();
  await page.getByRole('heading', { level: 1, name: `Leerling ${label}` }).waitFor();

  // The Beslisboom from the dossier: the address holds a run number and the answers.
  await page.getByRole('link', { name: 'Beslisboom voor deze leerling' }).click();
  await notice(page).getByText(`Voor leerling ${label}.`).waitFor();
  await assertNothingKept(page, { ...kept, step: 'wizard start' });
  assert.equal(await page.title(), 'Beslisboom · Verzuimwijzer');
  assert.match(page.url(), /[?&]voor=/);
  for (let i = 0; i < 3; i += 1) {
    await step(page);
    await trailAnswers(page).nth(i).waitFor();
    await assertNothingKept(page, { ...kept, step: `step ${i + 1}` });
  }

  // A reload keeps the answers and the pupil.
  await page.reload();
  await waitForApp(page);
  await notice(page).getByText(`Voor leerling ${label}.`).waitFor();
  assert.equal(await trailAnswers(page).count(), 3);
  await assertNothingKept(page, { ...kept, step: 'reload' });

  // Back returns to the previous step, still for the pupil.
  await page.goBack();
  await page.waitForFunction(() => document.querySelectorAll('.trail > li').length === 3 && document.querySelector('.trail__current'));
  await notice(page).getByText(`Voor leerling ${label}.`).waitFor();
  await assertNothingKept(page, { ...kept, step: 'back' });
  await page.goForward();
  await page.waitForFunction(() => !document.querySelector('.trail__current'));

  // "Wijzig" reopens the first question, still for the pupil; the same answers go on.
  await page.getByRole('link', { name: /^Wijzig: / }).first().click();
  await page.waitForURL(/[?&]wijzig=/);
  await notice(page).getByText(`Voor leerling ${label}.`).waitFor();
  await assertNothingKept(page, { ...kept, step: 'wijzig' });
  for (let i = 0; i < 20 && (await stepTitle(page)) !== null; i += 1) {
    await step(page);
    await assertNothingKept(page, { ...kept, step: `step after the change ${i + 1}` });
  }

  // The outcome, saved into the dossier.
  await page.getByRole('heading', { level: 3, name: 'Waar staat de leerling?' }).waitFor();
  await assertNothingKept(page, { ...kept, step: 'outcome' });
  await page.getByRole('button', { name: 'Bewaren als raadpleging' }).click();
  assert.equal(await page.getByLabel('Label voor deze raadpleging').inputValue(), label);
  await page.getByRole('button', { name: 'Bewaren', exact: true }).click();
  await page.getByText(`Bewaard als raadpleging “${label}”.`).waitFor();
  await waitUntilSaved(page);
  await assertNothingKept(page, { ...kept, step: 'saved' });

  await page.getByRole('status').getByRole('link', { name: 'Openen' }).click();
  await page.getByRole('heading', { level: 1, name: `Raadpleging “${label}”` }).waitFor();
  await assertNothingKept(page, { ...kept, step: 'consultation' });
  assert.equal(await page.title(), 'Raadpleging · Verzuimwijzer');

  // It was saved into the dossier.
  await page.goto(app.server.url(`leerlingen/${dossierId}`));
  await waitForApp(page);
  await page.locator('#consultations-title').locator('..').getByRole('link', { name: label }).waitFor();
  await assertNothingKept(page, { ...kept, step: 'dossier again' });
  assert.deepEqual(errors, []);
  await page.close();
});

test("a plain dossier export's file name has the label only when the user asks for it", async () => {
  const page = await app.browser.context.newPage();
  const errors = watchForErrors(page);
  await createDossier(page, 'KL-7');
  await page.getByRole('link', { name: 'Exporteren (bv. voor het CLB)' }).click();
  await page.getByLabel('Wat wil je exporteren?').waitFor();
  const plain = await exportFrom(page, app.scratch);
  assert.match(plain.suggested, /^verzuimwijzer-dossier-\d{4}-\d{2}-\d{2}\.json$/);
  assert.equal(plain.json.workspace.dossiers[0].label, 'KL-7', 'the file itself holds the dossier');

  await page.getByLabel('Naam van het bestand met label').check();
  const labelled = await exportFrom(page, app.scratch);
  assert.match(labelled.suggested, /^verzuimwijzer-dossier-kl-7-\d{4}-\d{2}-\d{2}\.json$/);

  // Encrypted, the name says only the kind, ticked or not; the option is not offered.
  await page.getByLabel(/Versleutelen met een wachtwoord/).check();
  assert.equal(await page.getByLabel('Naam van het bestand met label').count(), 0);
  assert.deepEqual(errors, []);
  await page.close();
});

test('a measure dated outside 2000–2100 is refused, and an 80-character label never widens a page at 390 px', async () => {
  const page = await app.browser.context.newPage();
  await page.setViewportSize({ width: 390, height: 844 });
  const errors = watchForErrors(page);
  const label = 'X'.repeat(80);
  const dossierId = await createDossier(page, label);

  const date = page.getByLabel('Datum');
  assert.equal(await date.getAttribute('min'), '2000-01-01');
  assert.equal(await date.getAttribute('max'), '2100-12-31');
  await date.fill('1999-12-31');
  await page.getByRole('button', { name: 'Maatregel toevoegen' }).click();
  await page.getByText('Kies een andere datum: 31-12-1999 ligt niet tussen 01-01-2000 en 31-12-2100.').waitFor();
  assert.equal(await date.getAttribute('aria-invalid'), 'true');
  await page.getByText('Nog geen maatregelen.').waitFor();
  await date.fill('2100-12-31');
  await page.getByRole('button', { name: 'Maatregel toevoegen' }).click();
  await page.getByTestId('timeline').getByText('31-12-2100').waitFor();
  assert.equal(await date.getAttribute('aria-invalid'), null);
  await waitUntilSaved(page);

  const sideways = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.equal(await sideways(), 0, 'the dossier scrolls sideways');
  for (const [path, heading] of [
    ['leerlingen', 'Leerlingen'],
    [`leerlingen/${dossierId}/checklist`, /Checklist PA bij aanmelding CLB/],
    ['gegevens', 'Gegevens'],
  ]) {
    await page.goto(app.server.url(path));
    await page.getByRole('heading', { level: 1, name: heading }).waitFor();
    assert.equal(await sideways(), 0, `${path} scrolls sideways`);
  }
  await page.goto(app.server.url(`leerlingen/${dossierId}/checklist`));
  await page.getByRole('heading', { level: 1, name: /Checklist PA bij aanmelding CLB/ }).waitFor();
  await page.emulateMedia({ media: 'print' });
  assert.equal(await sideways(), 0, 'the printed checklist is wider than the page');
  await page.emulateMedia({ media: 'screen' });

  await page.goto(app.server.url(`leerlingen/${dossierId}`));
  await waitForApp(page);
  await page.getByRole('link', { name: 'Beslisboom voor deze leerling' }).click();
  await notice(page).waitFor();
  assert.equal(await sideways(), 0, 'the Beslisboom scrolls sideways');
  assert.deepEqual(errors, []);
  await page.close();
});
