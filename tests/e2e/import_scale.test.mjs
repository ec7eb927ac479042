// Imports that cannot be fooled and do not freeze the tab: a changed header byte is refused,
// and a file of 5,000 dossiers is checked (and its one bad field named) in many short tasks,
// not one that holds the page. The split is asserted by counting the tasks the check hands
// back to the browser (deterministic: the code decides it); how long the tasks took is only
// reported, since timing on a shared machine is not something a test may depend on. That each
// step reads a bounded number of items is tested natively (src/domain/transfer/check.rs).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { useApp, watchForErrors, waitForApp, seedWorkspace, exportFrom, sealExport, storedDocument } from './support.mjs';

const app = useApp({ scratch: 'import-scale' });

const DOSSIERS = 5_000;
/** The import reads this many dossiers per step (ITEMS_PER_STEP in src/domain/schema.rs) and
 *  gives the browser a turn after each step. */
const ITEMS_PER_STEP = 250;

const AT = '2026-11-20T08:00:00Z';

function workspace(dossiers = []) {
  return { schema_version: 2, created_at: AT, updated_at: AT, organisation_name: 'Basisschool De Linde', self_scans: [], dossiers, consultations: [] };
}

/** A realistic dossier: absences, two measures, knipperlichten and a checklist item. */
function dossier(i) {
  return {
    id: `dossier-${i}`, label: `LL-${i}`, class_name: `${1 + (i % 6)}${'ABC'[i % 3]}`, school_year: '2026-2027',
    created_at: AT, updated_at: AT, absences: { B: i % 9, Z: i % 4, P: 1 }, signalled_on: i % 9 >= 5 ? '2026-10-08' : null,
    measures: [
      { id: `m-${i}-1`, date: '2026-10-01', what: 'Gesprek over de reden', by: 'klastitularis', toward: 'leerling', result: 'Afspraken gemaakt over het op tijd komen.' },
      { id: `m-${i}-2`, date: '2026-10-15', what: 'Huisbezoek', by: 'leerlingbegeleider', toward: 'ouders', result: 'Niemand thuis; een brief achtergelaten.' },
    ],
    last_six_weeks: 2, september_october: 3, warning_signs: ['verleden'], consultation_ids: [],
    checklist: { 'traject-rendeert-niet': { checked: true, options: [], counts: {} } },
  };
}

function largeFile(edit = () => {}) {
  const content = workspace(Array.from({ length: DOSSIERS }, (_, i) => dossier(i)));
  edit(content);
  return sealExport({
    format: 'verzuimwijzer-export', kind: 'werkruimte', description: 'Basisschool De Linde', app_version: '0.1.0',
    schema_version: 2, exported_at: AT, workspace: content,
  });
}

/** Records every long task of the page from its start, via the Long Tasks API, and counts the
 *  zero-delay timeouts: the app's way of giving the browser a turn (`yield_to_browser`). */
async function watchLongTasks(page) {
  await page.addInitScript(() => {
    window.__turnsGiven = 0;
    const setTimeout = window.setTimeout;
    window.setTimeout = function (handler, delay, ...rest) {
      if (!delay) window.__turnsGiven += 1;
      return setTimeout.call(this, handler, delay, ...rest);
    };
    window.__longTasks = [];
    window.__longTaskObserver = new PerformanceObserver((list) => {
      window.__longTasks.push(...list.getEntries().map((entry) => entry.duration));
    });
    window.__longTaskObserver.observe({ type: 'longtask' });
  });
}

/** The long tasks recorded since the last call, in ms. */
async function takeLongTasks(page) {
  return page.evaluate(() => {
    const pending = window.__longTaskObserver.takeRecords().map((entry) => entry.duration);
    const tasks = [...window.__longTasks, ...pending];
    window.__longTasks = [];
    const turns = window.__turnsGiven;
    window.__turnsGiven = 0;
    return { tasks, turns };
  });
}

async function openData({ seed } = {}) {
  const page = await app.browser.context.newPage();
  await watchLongTasks(page);
  await page.goto(app.server.url('gegevens'));
  await waitForApp(page);
  if (seed) {
    await seedWorkspace(page, seed);
    await page.reload();
    await waitForApp(page);
  }
  await page.getByLabel('Naam van de school of het CLB-team').waitFor();
  return page;
}

/** Picks `path` for import and waits until `outcome` (a locator) shows; returns how long that
 *  took and the long tasks meanwhile (both reported, not asserted), and how many turns the page
 *  gave the browser. */
async function importAndWait(page, path, outcome) {
  await takeLongTasks(page);
  const started = Date.now();
  await page.locator('#import-file').setInputFiles(path);
  await outcome.waitFor({ timeout: 60_000 });
  const took = Date.now() - started;
  const { tasks, turns } = await takeLongTasks(page);
  return { took, longTasks: tasks, turns };
}

test('a changed byte in the header of a dossier export is refused, and nothing changes', async () => {
  const page = await openData({ seed: workspace([{ ...dossier(1), label: 'AB-1' }, { ...dossier(2), label: 'CD-2' }]) });
  const errors = watchForErrors(page);
  const file = await exportFrom(page, join(app.scratch, 'dossier'), { what: 'Leerlingdossier AB-1 met zijn raadplegingen' });
  assert.equal(file.json.kind, 'leerlingdossier');
  const stored = await storedDocument(page);
  const flips = [
    ['sleutel-kind.json', file.text.replace('"kind"', '"kinc"')],
    ['waarde-kind.json', file.text.replace('"leerlingdossier"', '"werkruimte"')],
    ['schemaversie.json', file.text.replace(/"schema_version": \d+/, '"schema_version": 1')],
    ['beschrijving.json', file.text.replace('"Leerlingdossier AB-1"', '"Leerlingdossier AB-7"')],
    ['exporttijd.json', file.text.replace(/"exported_at": "(\d)/, (_, digit) => `"exported_at": "${(Number(digit) + 1) % 10}`)],
    ['appversie.json', file.text.replace(/"app_version": "(\d)/, (_, digit) => `"app_version": "${(Number(digit) + 1) % 10}`)],
  ];
  for (const [fileName, text] of flips) {
    assert.notEqual(text, file.text, fileName);
    const path = join(app.scratch, fileName);
    await writeFile(path, text);
    await page.locator('#import-file').setInputFiles(path);
    const error = page.getByTestId('import-error').filter({ hasText: fileName });
    await error.waitFor();
    assert.match(await error.innerText(), /Dit bestand is na het exporteren gewijzigd of beschadigd/, fileName);
    await error.getByText('Technische details').click();
    assert.match(await error.getByTestId('import-error-detail').innerText(), /De inhoud klopt niet met het controlegetal/, fileName);
    assert.equal(await page.getByRole('button', { name: 'Alles vervangen door dit bestand' }).count(), 0, fileName);
    assert.equal(await storedDocument(page), stored, `${fileName} left the stored data untouched`);
  }
  assert.deepEqual(errors, []);
  await page.close();
});

test(`a file of ${DOSSIERS} dossiers with one bad field: the field is named, and the page never blocks for long`, async (t) => {
  const bad = join(app.scratch, 'groot-ongeldig.json');
  await writeFile(bad, largeFile((content) => { content.dossiers[4321].absences.B = 'zeven'; }));
  // An empty device: the tests share the browser's storage.
  const page = await openData({ seed: workspace() });
  const errors = watchForErrors(page);
  const stored = await storedDocument(page);
  const { took, longTasks, turns } = await importAndWait(page, bad, page.getByTestId('import-error'));
  const error = page.getByTestId('import-error');
  await error.getByText('Technische details').click();
  assert.match(await error.getByTestId('import-error-detail').innerText(), /het veld «dossiers\[4321\]\.absences\.B» is ongeldig: verkeerde soort waarde/);
  assert.equal(await storedDocument(page), stored, 'nothing changed');
  t.diagnostic(`bad file: error after ${took} ms in ${turns} turns; long tasks: ${JSON.stringify(longTasks.map(Math.round))}`);
  // The bad field is in dossier 4321: every step before it gave the browser a turn.
  assert.ok(turns >= Math.floor(4321 / ITEMS_PER_STEP), `the check gave the browser ${turns} turns`);
  assert.deepEqual(errors, []);
  await page.close();
});

test(`a valid file of ${DOSSIERS} dossiers previews without blocking the page, 50 rows at a time`, async (t) => {
  const valid = join(app.scratch, 'groot.json');
  await writeFile(valid, largeFile());
  const page = await openData({ seed: workspace() });
  const errors = watchForErrors(page);
  const { took, longTasks, turns } = await importAndWait(page, valid, page.getByTestId('import-counts'));
  assert.equal(await page.getByTestId('import-counts').innerText(), `Nieuw: ${DOSSIERS}. Verschillend: 0. Al aanwezig en gelijk: 0.`);
  t.diagnostic(`valid file: preview after ${took} ms in ${turns} turns; long tasks: ${JSON.stringify(longTasks.map(Math.round))}`);
  assert.ok(turns >= DOSSIERS / ITEMS_PER_STEP, `the check gave the browser ${turns} turns`);

  // Not 5,000 rows at once: a page of them, and a button for the next.
  const preview = page.getByTestId('import-preview');
  await preview.getByText('Alle onderdelen van het bestand').click();
  assert.equal(await preview.locator('details li').count(), 50);
  await preview.getByRole('button', { name: `Meer onderdelen tonen (50 van ${DOSSIERS} getoond)` }).click();
  await preview.getByRole('button', { name: `Meer onderdelen tonen (100 van ${DOSSIERS} getoond)` }).waitFor();
  assert.equal(await preview.locator('details li').count(), 100);
  assert.deepEqual(errors, []);
  await page.close();
});
