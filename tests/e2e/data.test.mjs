// Journey: a user's data is kept on the device, exported, wiped and imported back.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { useApp, watchForErrors, waitForApp, fullScanWorkspace, seedWorkspace, waitUntilSaved } from './support.mjs';

const app = useApp({ scratch: 'files' });

const NAME = 'Basisschool De Linde – Anderlecht';

async function openData(page) {
  await page.goto(app.server.url('gegevens'));
  await waitForApp(page);
  await page.getByLabel('Naam van de school of het CLB-team').waitFor();
}

async function exportFile(page, fileName) {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Alle gegevens exporteren' }).click(),
  ]);
  const path = join(app.scratch, fileName);
  await download.saveAs(path);
  return { path, suggested: download.suggestedFilename(), json: JSON.parse(await readFile(path, 'utf8')) };
}

async function wipeAll(page) {
  await page.getByRole('button', { name: 'Alle gegevens wissen…' }).click();
  const wipe = page.getByRole('button', { name: 'Definitief wissen' });
  assert.equal(await wipe.isDisabled(), true, 'wiping needs the typed confirmation');
  await page.getByLabel('Typ WISSEN om te bevestigen').fill('WISSEN');
  await wipe.click();
  await page.getByText('Alle gegevens op dit toestel zijn gewist.').waitFor();
  await waitUntilSaved(page);
}

test('what the user types is saved at once and still there after a reload', async () => {
  const page = await app.browser.context.newPage();
  const errors = watchForErrors(page);
  await openData(page);
  await page.getByLabel('Naam van de school of het CLB-team').fill(NAME);
  await waitUntilSaved(page);
  await page.reload();
  await waitForApp(page);
  assert.equal(await page.getByLabel('Naam van de school of het CLB-team').inputValue(), NAME);
  assert.deepEqual(errors, []);
  await page.close();
});

test('export, wipe everything, import: the data comes back exactly', async () => {
  const page = await app.browser.context.newPage();
  const errors = watchForErrors(page);
  // A fully filled self-scan: every answer, score and action must survive the round trip.
  await openData(page);
  const workspace = await fullScanWorkspace();
  workspace.consultations.push({ id: 'raadpleging-1', label: 'JD-4', created_at: '2026-11-25T10:00:00Z', answers: { soort: 'ongeoorloofd', 'b-aantal': 7, 'b-gedaan': ['dossier'] } });
  workspace.dossiers.push({
    id: 'dossier-1', label: 'JD-4', class_name: '3B', school_year: '2026-2027', created_at: '2026-11-25T09:00:00Z',
    absences: { B: 7, Z: 3, L: 2 }, signalled_on: '2026-10-08', last_six_weeks: 4, september_october: 2, warning_signs: ['verleden'],
    measures: [{ id: 'm1', date: '2026-10-06', what: 'Huisbezoek', by: 'leerlingbegeleider', toward: 'ouders', result: 'Niemand thuis' }],
    consultation_ids: ['raadpleging-1'], checklist: { 'traject-rendeert-niet': { checked: true, options: [], counts: {} } },
  });
  await seedWorkspace(page, workspace);
  await page.reload();
  await openData(page);
  await page.getByLabel('Naam van de school of het CLB-team').fill(NAME);
  await waitUntilSaved(page);

  const before = await exportFile(page, 'voor.json');
  assert.match(before.suggested, /^verzuimwijzer-\d{4}-\d{2}-\d{2}\.json$/);
  assert.equal(before.json.format, 'verzuimwijzer-export');
  assert.equal(before.json.schema_version, 1);
  assert.match(before.json.app_version, /^\d+\.\d+\.\d+$/);
  assert.equal(before.json.workspace.organisation_name, NAME);
  assert.equal(before.json.workspace.self_scans.length, 1);
  assert.equal(Object.keys(before.json.workspace.self_scans[0].blocks).length, 26);
  assert.equal(before.json.workspace.dossiers[0].measures[0].result, 'Niemand thuis');
  assert.match(await readFile(before.path, 'utf8'), /\n  "schema_version": 1/, 'pretty-printed');

  await wipeAll(page);
  await page.reload();
  await waitForApp(page);
  assert.equal(await page.getByLabel('Naam van de school of het CLB-team').inputValue(), '', 'wiped for good');

  await page.locator('#import-file').setInputFiles(before.path);
  const summary = await page.getByTestId('import-summary').innerText();
  assert.match(summary, new RegExp(`«${NAME}»`));
  assert.match(summary, /1 zelfscan, 1 leerlingdossier en 1 raadpleging van de beslisboom/);
  assert.equal(await page.getByLabel('Naam van de school of het CLB-team').inputValue(), '', 'nothing changes before confirming');
  await page.getByRole('button', { name: 'Importeren en vervangen' }).click();
  await page.getByText(/^Geïmporteerd\./).waitFor();
  await waitUntilSaved(page);
  await page.reload();
  await waitForApp(page);
  assert.equal(await page.getByLabel('Naam van de school of het CLB-team').inputValue(), NAME);

  // Nothing was lost on the way: a new export holds the same workspace, timestamps included.
  const after = await exportFile(page, 'na.json');
  assert.deepEqual(after.json.workspace, before.json.workspace);
  assert.deepEqual(errors, []);
  await page.close();
});

test('an invalid file gets a clear Dutch error and changes nothing', async () => {
  const page = await app.browser.context.newPage();
  await openData(page);
  await page.getByLabel('Naam van de school of het CLB-team').fill(NAME);
  await waitUntilSaved(page);

  const cases = [
    ['kapot.json', '{ "format": "verzuimwijzer-export", ', /Dit is geen geldig JSON-bestand \(fout op regel 1/],
    ['ander.json', '{"naam": "iets anders"}', /Dit bestand komt niet van Verzuimwijzer/],
    ['nieuwer.json', JSON.stringify({ format: 'verzuimwijzer-export', schema_version: 99, workspace: { schema_version: 99 } }), /schemaversie 99/],
    ['leeg.json', '', /Het bestand is leeg/],
  ];
  for (const [fileName, content, reason] of cases) {
    const path = join(app.scratch, fileName);
    await writeFile(path, content);
    await page.locator('#import-file').setInputFiles(path);
    const error = page.getByTestId('import-error');
    await error.waitFor();
    const text = await error.innerText();
    assert.match(text, reason, fileName);
    assert.match(text, /Je huidige gegevens zijn niet gewijzigd/);
    assert.equal(await page.getByRole('button', { name: 'Importeren en vervangen' }).count(), 0);
  }
  await page.reload();
  await waitForApp(page);
  assert.equal(await page.getByLabel('Naam van de school of het CLB-team').inputValue(), NAME);
  await page.close();
});
