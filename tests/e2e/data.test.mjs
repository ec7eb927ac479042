// Journey: a user's data is kept on the device, exported, wiped and imported back.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { useApp, watchForErrors, waitForApp, fullScanWorkspace, seedWorkspace, waitUntilSaved, exportFrom, sealExport, storedDocument } from './support.mjs';

const app = useApp({ scratch: 'files' });

const NAME = 'Basisschool De Linde – Anderlecht';

async function openData(page) {
  await page.goto(app.server.url('gegevens'));
  await waitForApp(page);
  await page.getByLabel('Naam van de school of het CLB-team').waitFor();
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

  const before = await exportFrom(page, app.scratch);
  assert.match(before.suggested, /^verzuimwijzer-alles-basisschool-de-linde-anderlecht-\d{4}-\d{2}-\d{2}\.json$/);
  assert.equal(before.json.format, 'verzuimwijzer-export');
  assert.equal(before.json.kind, 'werkruimte');
  assert.equal(before.json.schema_version, 5);
  assert.match(before.json.checksum, /^sha256-file:[0-9a-f]{64}$/);
  assert.match(before.json.app_version, /^\d+\.\d+\.\d+$/);
  assert.equal(before.json.workspace.organisation_name, NAME);
  assert.equal(before.json.workspace.self_scans.length, 1);
  assert.equal(Object.keys(before.json.workspace.self_scans[0].blocks).length, 26);
  assert.equal(before.json.workspace.dossiers[0].measures[0].result, 'Niemand thuis');
  assert.match(before.text, /\n  "schema_version": 5/, 'pretty-printed');
  assert.equal(before.json.workspace.device, undefined, 'device settings stay on the device');

  await wipeAll(page);
  await page.reload();
  await waitForApp(page);
  assert.equal(await page.getByLabel('Naam van de school of het CLB-team').inputValue(), '', 'wiped for good');

  await page.locator('#import-file').setInputFiles(before.path);
  const summary = await page.getByTestId('import-summary').innerText();
  assert.match(summary, new RegExp(`«${NAME}»`));
  assert.match(summary, /1 zelfscan, 1 leerlingdossier en 1 raadpleging van de beslisboom/);
  assert.equal(await page.getByTestId('import-counts').innerText(), 'Nieuw: 3. Verschillend: 0. Al aanwezig en gelijk: 0.');
  assert.equal(await page.getByLabel('Naam van de school of het CLB-team').inputValue(), '', 'nothing changes before confirming');
  await page.getByRole('button', { name: 'Alles vervangen door dit bestand' }).click();
  await page.getByText(/^Geïmporteerd\./).waitFor();
  await waitUntilSaved(page);
  await page.reload();
  await waitForApp(page);
  assert.equal(await page.getByLabel('Naam van de school of het CLB-team').inputValue(), NAME);

  // Nothing was lost on the way: a new export holds the same workspace, timestamps included.
  const after = await exportFrom(page, join(app.scratch, 'na'));
  // (The checksums differ: they cover the export time too.)
  assert.deepEqual(after.json.workspace, before.json.workspace);
  assert.deepEqual(errors, []);
  await page.close();
});

test('every kind of bad file gets a clear Dutch error and changes nothing', async () => {
  const page = await app.browser.context.newPage();
  const errors = watchForErrors(page);
  await openData(page);
  await page.getByLabel('Naam van de school of het CLB-team').fill(NAME);
  await waitUntilSaved(page);
  const good = await exportFrom(page, join(app.scratch, 'goed'));
  const stored = await storedDocument(page);

  const altered = good.text.replaceAll(NAME, 'Basisschool De Eik');
  const badField = JSON.parse(good.text);
  badField.workspace.dossiers = [{ id: 'd1', absences: { B: 'zeven' } }];
  // Plain Dutch first; the technical detail (JSON, line and column) folded under it.
  const NOT_AN_EXPORT = /Dit bestand is geen export van Verzuimwijzer, of het is beschadigd\./;
  const CHANGED = /Dit bestand is na het exporteren gewijzigd of beschadigd/;
  const cases = [
    ['kapot.json', '{ "format": "verzuimwijzer-export", kapot }', NOT_AN_EXPORT, /Geen geldige JSON: fout op regel 1/],
    ['afgebroken.json', good.text.slice(0, Math.floor(good.text.length / 2)), /Het bestand is onvolledig/, null],
    ['gewijzigd.json', altered, CHANGED, /De inhoud klopt niet met het controlegetal/],
    ['ander.json', '{"naam": "iets anders"}', NOT_AN_EXPORT, /niet de vorm van een Verzuimwijzer-export/],
    ['nieuwer.json', JSON.stringify({ format: 'verzuimwijzer-export', schema_version: 99, workspace: { schema_version: 99 } }), /nieuwere versie van Verzuimwijzer\. Werk de app bij/, /schemaversie 99/],
    ['veld.json', JSON.stringify(badField), CHANGED, /controlegetal/],
    ['leeg.json', '', /Het bestand is leeg/, null],
    ['groot.json', ' '.repeat(20 * 1024 * 1024), /Het bestand is te groot \(20\.0 MB\)/, null],
  ];
  for (const [fileName, content, reason, detail] of cases) {
    const path = join(app.scratch, fileName);
    await writeFile(path, content);
    await page.locator('#import-file').setInputFiles(path);
    const error = page.getByTestId('import-error');
    await error.filter({ hasText: fileName }).waitFor();
    const text = await error.innerText();
    assert.match(text, reason, fileName);
    assert.doesNotMatch(text, /JSON|regel \d|kolom/, `${fileName}: no jargon before the detail is opened`);
    assert.match(text, /Je huidige gegevens zijn niet gewijzigd/);
    if (detail) {
      await error.getByText('Technische details').click();
      assert.match(await error.getByTestId('import-error-detail').innerText(), detail, fileName);
    } else {
      assert.equal(await error.getByText('Technische details').count(), 0, fileName);
    }
    assert.equal(await page.getByTestId('import-preview').count(), 0, fileName);
    assert.equal(await storedDocument(page), stored, `${fileName} left the stored data untouched`);
  }
  await page.reload();
  await waitForApp(page);
  assert.equal(await page.getByLabel('Naam van de school of het CLB-team').inputValue(), NAME);
  assert.deepEqual(errors, []);
  await page.close();
});

test('a file with a valid checksum but an invalid field names the field', async () => {
  const page = await app.browser.context.newPage();
  await openData(page);
  // Built the way an export is, so only the field is wrong: the app checks the checksum first.
  const workspace = { schema_version: 2, created_at: '2026-11-25T09:00:00Z', updated_at: '2026-11-25T09:00:00Z', dossiers: [{ id: 'd1', absences: { B: 'zeven' } }] };
  const path = join(app.scratch, 'ongeldig-veld.json');
  await writeFile(path, sealExport({ format: 'verzuimwijzer-export', kind: 'werkruimte', schema_version: 2, workspace }));
  const stored = await storedDocument(page);
  await page.locator('#import-file').setInputFiles(path);
  const error = page.getByTestId('import-error');
  assert.match(await error.innerText(), /Dit bestand is geen export van Verzuimwijzer, of het is beschadigd/);
  await error.getByText('Technische details').click();
  assert.match(await error.getByTestId('import-error-detail').innerText(), /het veld «dossiers\[0\]\.absences\.B» is ongeldig: verkeerde soort waarde/);
  assert.equal(await storedDocument(page), stored, 'nothing changed');
  await page.close();
});

test('Gegevens puts export and import first, and the wipe offers to export everything first', async () => {
  const page = await app.browser.context.newPage();
  const errors = watchForErrors(page);
  await openData(page);
  await page.getByLabel('Naam van de school of het CLB-team').fill(NAME);
  await waitUntilSaved(page);
  const headings = await page.locator('main section h2').allInnerTexts();
  assert.deepEqual(headings.slice(0, 2), ['Exporteren', 'Importeren'], `sections: ${headings.join(', ')}`);

  await page.getByRole('button', { name: 'Alle gegevens wissen…' }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Eerst alles exporteren' }).click(),
  ]);
  const path = join(app.scratch, download.suggestedFilename());
  await download.saveAs(path);
  const file = JSON.parse(await readFile(path, 'utf8'));
  assert.equal(file.kind, 'werkruimte');
  assert.equal(file.workspace.organisation_name, NAME, 'everything, before it is wiped');
  await page.getByRole('status').filter({ hasText: `Het bestand ${download.suggestedFilename()} is gedownload` }).waitFor();
  await page.getByLabel('Typ WISSEN om te bevestigen').fill('WISSEN');
  await page.getByRole('button', { name: 'Definitief wissen' }).click();
  await page.getByText('Alle gegevens op dit toestel zijn gewist.').waitFor();
  assert.deepEqual(errors, []);
  await page.close();
});
