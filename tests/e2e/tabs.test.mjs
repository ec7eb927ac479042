// Nothing lost between tabs: an idle tab's fields follow the other tab's edits, two tabs
// editing different fields of one dossier both keep their edit, and typing then closing the
// tab at once keeps what was typed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, watchForErrors, waitForApp, seedWorkspace, waitUntilSaved } from './support.mjs';

const app = useApp();

const AT = '2026-11-23T10:00:00Z';

function seed() {
  return {
    schema_version: 2, created_at: AT, updated_at: AT, organisation_name: 'De Linde',
    self_scans: [{ id: 's-1', school_name: 'De Linde', school_year: '2026-2027', created_at: AT, updated_at: AT, blocks: {}, actions: [] }],
    dossiers: [{ id: 'd-a', label: 'AB-1', class_name: '3B', school_year: '2026-2027', created_at: AT, updated_at: AT, absences: { B: 3 } }],
    consultations: [],
  };
}

async function open(path, { page, seeded, withoutChannel } = {}) {
  page ??= await app.browser.context.newPage();
  if (withoutChannel) await page.addInitScript(() => { delete window.BroadcastChannel; });
  await page.goto(app.server.url(path));
  await waitForApp(page);
  if (seeded) {
    await seedWorkspace(page, seed());
    await page.reload();
    await waitForApp(page);
  }
  return page;
}

/** The workspace as IndexedDB holds it now. */
function stored(page) {
  return page.evaluate(() => new Promise((resolve, reject) => {
    const request = indexedDB.open('verzuimwijzer', 1);
    request.onerror = () => reject(request.error);
    request.onsuccess = () => {
      const get = request.result.transaction('workspace').objectStore('workspace').get('current');
      get.onsuccess = () => { request.result.close(); resolve(JSON.parse(get.result)); };
      get.onerror = () => reject(get.error);
    };
  }));
}

const classField = (page) => page.getByLabel('Klas', { exact: true });

async function openDossierDetails(page) {
  await open('leerlingen/d-a', { page });
  await page.getByText('Gegevens: label, klas, schooljaar').click();
}

test('an idle tab\'s text fields follow the other tab, and typing there builds on what it shows', async () => {
  const first = await open('', { seeded: true });
  const second = await open('');
  const errors = [first, second].map(watchForErrors);
  await openDossierDetails(first);
  await openDossierDetails(second);

  await classField(first).fill('3C');
  await waitUntilSaved(first);
  await second.waitForFunction(() => document.querySelector('#dossier-edit-class')?.value === '3C');
  await classField(second).press('End');
  await classField(second).pressSequentially('1');
  await waitUntilSaved(second);
  await first.waitForFunction(() => document.querySelector('#dossier-edit-class')?.value === '3C1');
  assert.equal((await stored(first)).dossiers[0].class_name, '3C1');

  // Counts follow as well.
  await first.getByLabel('Z-codes (halve dagen)').fill('4');
  await waitUntilSaved(first);
  await second.waitForFunction(() => document.querySelector('#afwezig-Z')?.value === '4');

  // A note of the self-scan.
  const objective = 'zelfscan/s-1';
  for (const page of [first, second]) {
    await open(objective, { page });
    await page.locator('a[href*="/doel/"]').first().click();
    await page.locator('textarea').first().waitFor();
  }
  const note = (page) => page.locator('textarea').first();
  await note(first).fill('Notitie uit tab één.');
  await waitUntilSaved(first);
  const id = await note(first).getAttribute('id');
  await second.waitForFunction((id) => document.getElementById(id)?.value === 'Notitie uit tab één.', id);
  await note(second).press('End');
  await note(second).pressSequentially(' Aanvulling tab 2.');
  await waitUntilSaved(second);
  await first.waitForFunction((id) => document.getElementById(id)?.value === 'Notitie uit tab één. Aanvulling tab 2.', id);
  assert.deepEqual(errors.flat(), []);
  await first.close();
  await second.close();
});

test('two tabs editing different fields of one dossier at the same moment both keep their edit', async () => {
  const first = await open('', { seeded: true });
  // Without the channel, neither tab hears of the other: only the revision check and the
  // per-field merge stand between their edits.
  const second = await open('', { withoutChannel: true });
  await openDossierDetails(first);
  await openDossierDetails(second);
  for (let round = 1; round <= 10; round += 1) {
    await Promise.all([
      classField(first).fill(`${round}A`),
      second.getByLabel('Z-codes (halve dagen)').fill(String(round)),
    ]);
    await Promise.all([waitUntilSaved(first), waitUntilSaved(second)]);
    // Each tab saves once more after hearing of the other (or at its next edit); wait until
    // the stored document holds both.
    await first.waitForFunction(async (round) => {
      const read = () => new Promise((resolve) => {
        const request = indexedDB.open('verzuimwijzer', 1);
        request.onsuccess = () => {
          const get = request.result.transaction('workspace').objectStore('workspace').get('current');
          get.onsuccess = () => { request.result.close(); resolve(JSON.parse(get.result)); };
        };
      });
      const dossier = (await read()).dossiers[0];
      return dossier.class_name === `${round}A` && dossier.absences.Z === round;
    }, round, { polling: 100, timeout: 10_000 });
  }
  assert.equal(await first.getByTestId('sync-notice').count(), 0, 'no conflict: different fields');
  assert.equal(await second.getByTestId('sync-notice').count(), 0);
  await first.close();
  await second.close();
});

test('typing and closing the tab at once keeps the edit, 20 times out of 20', async () => {
  const setup = await open('', { seeded: true });
  await setup.close();
  for (let attempt = 1; attempt <= 20; attempt += 1) {
    const page = await open('leerlingen/d-a');
    await page.getByText('Gegevens: label, klas, schooljaar').click();
    await classField(page).fill(`Poging ${attempt}`);
    await page.close();
    const check = await open('leerlingen/d-a');
    await check.getByText('Gegevens: label, klas, schooljaar').click();
    await check.waitForFunction((want) => document.querySelector('#dossier-edit-class')?.value === want, `Poging ${attempt}`, { timeout: 5_000 });
    await check.close();
  }
});

test('a tab closed right after typing: an idle tab shows the edit all the same, 10 times out of 10', async () => {
  const idle = await open('', { seeded: true });
  await openDossierDetails(idle);
  for (let attempt = 1; attempt <= 10; attempt += 1) {
    const typing = await open('leerlingen/d-a');
    await typing.getByText('Gegevens: label, klas, schooljaar').click();
    await classField(typing).fill(`Gesloten ${attempt}`);
    await typing.close();
    // Either its save was announced, or the edits it left behind reached this tab.
    await idle.waitForFunction((want) => document.querySelector('#dossier-edit-class')?.value === want, `Gesloten ${attempt}`, { timeout: 5_000 });
  }
  await idle.waitForFunction(() => Object.keys(localStorage).every((key) => !key.startsWith('verzuimwijzer-onopgeslagen-')), null, { timeout: 5_000 });
  assert.equal((await stored(idle)).dossiers[0].class_name, 'Gesloten 10');
  assert.equal(await idle.getByTestId('sync-notice').count(), 0, 'no false conflict');
  await idle.close();
});

test('the backups list on Gegevens follows a wipe in another tab', async () => {
  const first = await open('gegevens', { seeded: true });
  // A backup, as an import would have left it.
  await first.evaluate((document) => new Promise((resolve, reject) => {
    const request = indexedDB.open('verzuimwijzer', 1);
    request.onsuccess = () => {
      const tx = request.result.transaction('workspace', 'readwrite');
      const snapshot = { id: '1', taken_at: '2026-11-23T10:00:00Z', reason: 'Voor het importeren van een test', contents: '1 leerlingdossier', document };
      tx.objectStore('workspace').put(JSON.stringify({ snapshots: [snapshot], conflicts: [] }), 'backups');
      tx.oncomplete = () => { request.result.close(); resolve(); };
      tx.onerror = () => reject(tx.error);
    };
  }), JSON.stringify(seed()));
  await first.reload();
  await waitForApp(first);
  await first.getByTestId('backup-list').getByText('Voor het importeren van een test').waitFor();

  const second = await open('gegevens');
  await second.getByRole('button', { name: 'Alle gegevens wissen…' }).click();
  await second.getByLabel('Typ WISSEN om te bevestigen').fill('WISSEN');
  await second.getByRole('button', { name: 'Definitief wissen' }).click();
  await second.getByText('Alle gegevens op dit toestel zijn gewist.').waitFor();
  await second.getByText('Nog geen back-ups').waitFor();
  // The first tab was not touched, yet its list is up to date.
  await first.getByText('Nog geen back-ups').waitFor({ timeout: 5_000 });
  assert.equal(await first.getByLabel('Naam van de school of het CLB-team').inputValue(), '');
  await first.close();
  await second.close();
});
