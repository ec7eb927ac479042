// Journey: a school keeps a pupil's dossier: absences per code and the signal duty, measures
// on a timeline, the Beslisboom run from the dossier, and the CLB checklist, filled in and
// printed; everything is still there after a reload.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, watchForErrors, waitForApp, waitUntilSaved } from './support.mjs';
import { walkToOutcome } from './beslisboom.mjs';

const app = useApp();

async function createDossier(page, label, className) {
  await page.goto(app.server.url('leerlingen'));
  await waitForApp(page);
  await page.getByLabel('Label (initialen of intern nummer)').fill(label);
  await page.getByLabel('Klas').fill(className);
  await page.getByRole('button', { name: 'Dossier aanmaken' }).click();
  await page.getByRole('heading', { level: 1, name: `Leerling ${label}` }).waitFor();
}

const facts = (page) => page.getByTestId('absence-facts');

test('a dossier: absences and the signal duty, measures, the Beslisboom, the checklist; kept after reload', async () => {
  const page = await app.browser.context.newPage();
  const errors = watchForErrors(page);
  await createDossier(page, 'JD-4', '3B');

  // Exactly 4 half days of B-codes: no duty yet; 5: the duty, until the signal is recorded.
  await page.getByLabel('B-codes (halve dagen)').fill('4');
  await facts(page).getByText('Nog geen signaal aan het CLB nodig').waitFor();
  await page.getByLabel('B-codes (halve dagen)').fill('5');
  await facts(page).getByText('Signaal aan het CLB verplicht: 5 halve dagen B-codes').waitFor();
  await page.getByLabel('Z-codes (halve dagen)').fill('3');
  await page.getByLabel('Waarvan in de laatste 6 weken (alle codes)').fill('6');
  await facts(page).getByText(/6 van de 8 halve dagen vielen in de laatste 6 weken: de afwezigheden stapelen zich snel op/).waitFor();
  await page.getByText('(afgeleid uit de cijfers)').waitFor();

  // A guiding measure on the timeline.
  await page.getByLabel('Datum').fill('2026-10-06');
  await page.getByLabel('Wat').selectOption('Reden afwezigheid bevraagd/besproken (gesprek)');
  await page.getByLabel('Door wie').fill('klastitularis');
  await page.getByLabel('Naar wie').selectOption('beiden');
  await page.getByLabel('Resultaat').fill('Afspraak: elke maandag een kort gesprek');
  await page.getByRole('button', { name: 'Maatregel toevoegen' }).click();
  const timeline = page.getByTestId('timeline');
  await timeline.getByText('06-10-2026').waitFor();
  assert.match(await timeline.innerText(), /Reden afwezigheid bevraagd\/besproken \(gesprek\) · naar leerling en ouders · door klastitularis/);
  await waitUntilSaved(page);

  // A second, calmer dossier: the urgent one comes first in the list.
  await createDossier(page, 'AB-1', '1A');
  await page.getByLabel('B-codes (halve dagen)').fill('1');
  await waitUntilSaved(page);
  await page.goto(app.server.url('leerlingen'));
  await waitForApp(page);
  const cards = page.locator('.dossier-card');
  await cards.first().waitFor();
  assert.match(await cards.first().innerText(), /JD-4[\s\S]*nog niet gesignaleerd aan het CLB/);
  assert.match(await cards.nth(1).innerText(), /AB-1/);
  await page.getByLabel('Sorteer').selectOption('label');
  assert.match(await cards.first().innerText(), /AB-1/);

  // The Beslisboom, started from the dossier, saves its consultation into it.
  await cards.filter({ hasText: 'JD-4' }).getByRole('link', { name: 'JD-4' }).click();
  await page.getByRole('link', { name: 'Beslisboom voor deze leerling' }).click();
  await page.getByTestId('wizard-dossier').getByText('Voor leerling JD-4.').waitFor();
  // The dossier's B-codes are filled in; the rest is asked.
  assert.match(await page.getByTestId('from-dossier').innerText(), /B-codes heeft de leerling dit schooljaar\?\s+5 halve dagen/);
  await walkToOutcome(page, { soort: ['Ziekte: langdurig, chronisch of vaak (Z- en D-codes)'] });
  await page.getByRole('heading', { level: 3, name: 'Waar staat de leerling?' }).waitFor();
  await page.getByRole('button', { name: 'Bewaren als raadpleging' }).click();
  assert.equal(await page.getByLabel('Label voor deze raadpleging').inputValue(), 'JD-4');
  await page.getByRole('button', { name: 'Bewaren', exact: true }).click();
  await page.getByText('Bewaard als raadpleging “JD-4”.').waitFor();
  await page.getByTestId('wizard-dossier').getByRole('link', { name: 'Terug naar het dossier' }).click();
  await page.getByRole('heading', { level: 1, name: 'Leerling JD-4' }).waitFor();
  await page.locator('#consultations-title').locator('..').getByRole('link', { name: 'JD-4' }).waitFor();
  assert.match(await page.getByTestId('dossier-consultation').innerText(), /Fase \d: /);

  // The checklist, pre-filled from the dossier, edited and printed.
  await page.getByRole('link', { name: 'Checklist PA bij aanmelding CLB' }).click();
  await page.getByRole('heading', { level: 1, name: 'Checklist PA bij aanmelding CLB secundair onderwijs (uitgebreide versie)' }).waitFor();
  assert.equal(await page.getByLabel('B-codes:').inputValue(), '5');
  assert.equal(await page.getByLabel('Z-codes:').inputValue(), '3');
  const parents = page.locator('.checklist__item').filter({ hasText: 'Acties ondernomen naar de ouders toe' });
  assert.equal(await parents.getByLabel('Reden afwezigheid bevraagd/besproken (gesprek)').isChecked(), true);
  assert.equal(await page.getByLabel('De afwezigheden stapelen zich op korte termijn snel op').isChecked(), true);
  assert.equal(await page.getByLabel('geconcentreerd op een kortere termijn').isChecked(), true);
  await page.getByLabel('Het traject van de school rendeert niet').check();
  await page.getByLabel('Andere:').fill('1');
  await waitUntilSaved(page);
  await page.getByRole('heading', { level: 2, name: 'Visie' }).waitFor();
  await page.getByRole('link', { name: 'Beknopte versie' }).click();
  await page.getByRole('heading', { level: 1, name: 'Checklist PA bij aanmelding CLB secundair onderwijs (beknopte versie)' }).waitFor();
  assert.equal(await page.getByRole('heading', { level: 2, name: 'Visie' }).count(), 0);
  // Only the version in use is the current page, and the page says which it is.
  assert.deepEqual(await page.locator('main [aria-current="page"]').allInnerTexts(), ['Beknopte versie']);
  assert.equal(await page.getByTestId('checklist-version').innerText(), 'Je ziet de beknopte versie.');
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('.site-nav').isVisible(), false);
  assert.equal(await page.locator('.print-toolbar').isVisible(), false);
  assert.match(await page.locator('.print-header').innerText(), /Leerling JD-4 · klas 3B/);
  await page.emulateMedia({ media: 'screen' });

  // Everything is kept across a reload.
  await page.reload();
  await waitForApp(page);
  assert.equal(await page.getByLabel('Het traject van de school rendeert niet').isChecked(), true);
  assert.equal(await page.getByLabel('Andere:').inputValue(), '1');
  await page.goto(app.server.url('leerlingen'));
  await waitForApp(page);
  await page.locator('.dossier-card').filter({ hasText: 'JD-4' }).getByRole('link', { name: 'JD-4' }).click();
  assert.equal(await page.getByLabel('B-codes (halve dagen)').inputValue(), '5');
  await page.getByTestId('timeline').getByText('Afspraak: elke maandag een kort gesprek').waitFor();

  // Recording the signal ends the duty.
  await page.getByLabel('Signaal aan het CLB gegeven op').fill('2026-10-08');
  await facts(page).getByText('Signaal aan het CLB gegeven op 08-10-2026.').waitFor();

  // Deleting a dossier asks first.
  await page.goto(app.server.url('leerlingen'));
  await waitForApp(page);
  await page.locator('.dossier-card').filter({ hasText: 'AB-1' }).getByRole('link', { name: 'AB-1' }).click();
  await page.getByRole('button', { name: 'Verwijderen…' }).click();
  await page.getByRole('button', { name: 'Definitief verwijderen' }).click();
  await page.waitForURL(app.server.url('leerlingen'));
  await page.locator('.dossier-card').first().waitFor();
  assert.equal(await page.locator('.dossier-card').count(), 1);
  assert.match(await page.locator('.dossier-card').innerText(), /JD-4/);
  assert.deepEqual(errors, []);
  await page.close();
});
