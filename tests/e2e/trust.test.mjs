// Journeys for "data you can trust": merging a colleague's file with a choice per conflict,
// undo and backups, an encrypted dossier for the CLB, two tabs, a browser without IndexedDB,
// a full disk, and the privacy promises (CSP, persistent storage, reminders).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { useApp, startBrowser, watchForErrors, waitForApp, seedWorkspace, waitUntilSaved, exportFrom } from './support.mjs';

const app = useApp({ scratch: 'trust' });

const DAY = 24 * 60 * 60 * 1000;

function dossier(id, label, className, updatedAt) {
  return { id, label, class_name: className, school_year: '2026-2027', created_at: '2026-10-01T08:00:00Z', updated_at: updatedAt, absences: { B: 3 } };
}

function workspace({ name = 'Basisschool De Linde', dossiers = [], created = '2026-11-20T08:00:00Z' } = {}) {
  return { schema_version: 2, created_at: created, updated_at: created, organisation_name: name, self_scans: [], dossiers, consultations: [] };
}

async function open(path, { seed, page } = {}) {
  page ??= await app.browser.context.newPage();
  await page.goto(app.server.url(path));
  await waitForApp(page);
  if (seed) {
    await seedWorkspace(page, seed);
    await page.reload();
    await waitForApp(page);
  }
  return page;
}

async function pupilClasses(page) {
  await page.goto(app.server.url('leerlingen'));
  await waitForApp(page);
  await page.locator('.dossier-card').first().waitFor();
  return page.locator('main').innerText();
}

test('merge a colleague\'s file: new items come in, each conflict is a choice, and undo brings the old data back', async () => {
  const colleague = await open('gegevens', {
    seed: workspace({ name: 'CLB Brussel', dossiers: [dossier('d-a', 'AB-1', '3C', '2026-11-24T10:00:00Z'), dossier('d-b', 'CD-2', '5A', '2026-11-24T10:00:00Z')] }),
  });
  const file = await exportFrom(colleague, join(app.scratch, 'collega'));
  await colleague.evaluate(() => new Promise((resolve) => { const r = indexedDB.deleteDatabase('verzuimwijzer'); r.onsuccess = r.onerror = r.onblocked = resolve; }));
  await colleague.close();

  const page = await open('gegevens', { seed: workspace({ dossiers: [dossier('d-a', 'AB-1', '3B', '2026-11-23T10:00:00Z')] }) });
  const errors = watchForErrors(page);
  await page.locator('#import-file').setInputFiles(file.path);
  assert.equal(await page.getByTestId('import-counts').innerText(), 'Nieuw: 1. Verschillend: 1. Al aanwezig en gelijk: 0.');
  // The file's version is newer, so it is chosen unless the user keeps this device's.
  const fromFile = page.getByLabel(/Versie uit het bestand nemen .* — nieuwer/);
  assert.equal(await fromFile.isChecked(), true);
  await page.getByLabel(/Versie op dit toestel houden/).check();
  await page.getByRole('button', { name: 'Samenvoegen' }).click();
  await page.getByText(/is samengevoegd met je gegevens/).waitFor();
  await waitUntilSaved(page);
  assert.match(await page.getByTestId('workspace-summary').innerText(), /2 leerlingdossiers/);
  assert.equal(await page.getByLabel('Naam van de school of het CLB-team').inputValue(), 'Basisschool De Linde', 'the name on this device stays');

  let pupils = await pupilClasses(page);
  assert.match(pupils, /3B/, 'the kept version');
  assert.doesNotMatch(pupils, /3C/);
  assert.match(pupils, /CD-2/, 'the new dossier');

  // Undo, right after the import.
  await page.goto(app.server.url('gegevens'));
  await waitForApp(page);
  await page.getByRole('list').filter({ has: page.getByText(/Voor het importeren van/) }).waitFor();
  await page.locator('#import-file').setInputFiles(file.path);
  await page.getByLabel(/Versie uit het bestand nemen/).check();
  await page.getByRole('button', { name: 'Samenvoegen' }).click();
  await page.getByRole('button', { name: 'Ongedaan maken' }).click();
  await page.getByText('De import is ongedaan gemaakt').waitFor();
  await waitUntilSaved(page);
  assert.match(await page.getByTestId('workspace-summary').innerText(), /2 leerlingdossiers/);
  pupils = await pupilClasses(page);
  assert.match(pupils, /3B/, 'undo restored the version from before the second import');
  assert.doesNotMatch(pupils, /3C/);

  // Every import left a backup; restoring the oldest gives the data from before any import.
  await page.goto(app.server.url('gegevens'));
  await waitForApp(page);
  const backups = page.getByTestId('backup-list').locator('li');
  await backups.first().waitFor();
  assert.equal(await backups.count(), 3, 'before import 1, before import 2, before the undo');
  await backups.last().getByRole('button', { name: 'Terugzetten' }).click();
  await page.getByText(/is teruggezet/).waitFor();
  await waitUntilSaved(page);
  assert.match(await page.getByTestId('workspace-summary').innerText(), /1 leerlingdossier\b/);
  await page.reload();
  await waitForApp(page);
  assert.match(await page.getByTestId('workspace-summary').innerText(), /1 leerlingdossier\b/);
  assert.deepEqual(errors, []);
  await page.close();
});

test('a dossier exported with a passphrase opens only with that passphrase', async () => {
  const page = await open('gegevens', { seed: workspace({ dossiers: [dossier('d-a', 'AB-1', '3B', '2026-11-23T10:00:00Z'), dossier('d-z', 'ZZ-9', '6A', '2026-11-23T10:00:00Z')] }) });
  await open('leerlingen/d-a', { page });
  const errors = watchForErrors(page);
  await page.getByRole('link', { name: 'Exporteren (bv. voor het CLB)' }).click();
  await waitForApp(page);
  const what = page.getByLabel('Wat wil je exporteren?');
  assert.match(await what.locator('option:checked').innerText(), /Leerlingdossier AB-1/, 'the dossier is preselected');

  await page.getByLabel(/Versleutelen met een wachtwoord/).check();
  await page.getByLabel('Wachtwoord (minstens 10 tekens)').fill('kort');
  await page.getByLabel('Herhaal het wachtwoord').fill('kort');
  await page.getByRole('button', { name: 'Exporteren', exact: true }).click();
  await page.getByText('Kies een wachtwoord van minstens 10 tekens.').waitFor();

  const passphrase = 'Paarse olifant 42';
  const file = await exportFrom(page, join(app.scratch, 'versleuteld'), { passphrase });
  assert.match(file.suggested, /^verzuimwijzer-dossier-\d{4}-\d{2}-\d{2}-versleuteld\.json$/, 'not even the label in the name');
  // Used, then gone: the next person at a shared computer finds no passphrase to read or reuse.
  await page.getByRole('status').filter({ hasText: 'is gedownload' }).waitFor();
  assert.equal(await page.getByLabel('Wachtwoord (minstens 10 tekens)').inputValue(), '');
  assert.equal(await page.getByLabel('Herhaal het wachtwoord').inputValue(), '');
  assert.equal(file.json.kind, 'leerlingdossier');
  assert.equal(file.json.encrypted.cipher, 'AES-GCM-256');
  assert.equal(file.json.encrypted.key_derivation, 'PBKDF2-SHA-256');
  assert.ok(file.json.encrypted.iterations >= 600000);
  assert.equal(file.json.workspace, undefined);
  // Salt, nonce and ciphertext are random base64, which may spell "3B" by chance: leave them out.
  const clear = JSON.stringify({ ...file.json, encrypted: { ...file.json.encrypted, data: '', salt: '', iv: '' } });
  assert.doesNotMatch(clear, /AB-1|3B|label/, 'nothing about the pupil in the clear');

  // The CLB, on an empty device.
  await page.evaluate(() => new Promise((resolve) => { const r = indexedDB.deleteDatabase('verzuimwijzer'); r.onsuccess = r.onerror = r.onblocked = resolve; }));
  await page.close();
  const clb = await open('gegevens');
  await clb.locator('#import-file').setInputFiles(file.path);
  assert.match(await clb.locator('form').filter({ hasText: 'is versleuteld' }).innerText(), /«Leerlingdossier»/);
  await clb.getByRole('button', { name: 'Openen' }).click();
  await clb.getByTestId('passphrase-error').filter({ hasText: 'Vul het wachtwoord in.' }).waitFor();
  await clb.getByLabel('Wachtwoord', { exact: true }).fill('Paarse olifant 41');
  await clb.getByRole('button', { name: 'Openen' }).click();
  await clb.getByTestId('passphrase-error').filter({ hasText: 'Het wachtwoord klopt niet' }).waitFor();
  assert.match(await clb.getByTestId('workspace-summary').innerText(), /0 leerlingdossiers/);
  await clb.getByLabel('Wachtwoord', { exact: true }).fill(passphrase);
  await clb.getByRole('button', { name: 'Openen' }).click();
  assert.match(await clb.getByTestId('import-summary').innerText(), /«Leerlingdossier AB-1».*1 leerlingdossier/, 'the label was inside the encryption');
  assert.equal(await clb.getByRole('button', { name: 'Alles vervangen door dit bestand' }).count(), 0, 'one dossier never replaces everything');
  await clb.getByRole('button', { name: 'Samenvoegen' }).click();
  await waitUntilSaved(clb);
  assert.match(await clb.getByTestId('workspace-summary').innerText(), /1 leerlingdossier\b/);
  assert.deepEqual(errors, []);
  await clb.close();
});

test('two tabs: an edit in one tab is never lost by a save in the other', async () => {
  const first = await open('leerlingen', { seed: workspace({ dossiers: [dossier('d-a', 'AB-1', '3B', '2026-11-23T10:00:00Z')] }) });
  // The second tab cannot hear the first (no BroadcastChannel), so only the revision check
  // in storage stands between its stale copy and the first tab's edit.
  const second = await app.browser.context.newPage();
  await second.addInitScript(() => { delete window.BroadcastChannel; });
  await open('gegevens', { page: second });
  const errors = [first, second].map(watchForErrors);

  await first.goto(app.server.url('gegevens'));
  await waitForApp(first);
  await first.getByLabel('Naam van de school of het CLB-team').fill('Naam uit tab één');
  await waitUntilSaved(first);

  // The second tab still shows the old name; it edits another item: a new dossier.
  await second.goto(app.server.url('leerlingen'));
  await waitForApp(second);
  await second.getByLabel('Label (initialen of intern nummer)').fill('TW-2');
  await second.getByRole('button', { name: 'Dossier aanmaken' }).click();
  await waitUntilSaved(second);

  for (const page of [first, second]) {
    await page.goto(app.server.url('gegevens'));
    await waitForApp(page);
    assert.equal(await page.getByLabel('Naam van de school of het CLB-team').inputValue(), 'Naam uit tab één');
    assert.match(await page.getByTestId('workspace-summary').innerText(), /2 leerlingdossiers/);
  }
  assert.deepEqual(errors.flat(), []);
  await first.close();
  await second.close();
});

test('with the BroadcastChannel, an idle tab shows the other tab\'s edit at once', async () => {
  const first = await open('gegevens', { seed: workspace() });
  const second = await open('gegevens');
  await first.getByLabel('Naam van de school of het CLB-team').fill('Live bijgewerkt');
  await waitUntilSaved(first);
  await second.waitForFunction(() => document.querySelector('#organisation-name')?.value === 'Live bijgewerkt');
  await first.close();
  await second.close();
});

test('two tabs editing the same field of a dossier: this tab wins, the other value is offered, not put in a backup slot', async () => {
  const seed = workspace({ dossiers: [dossier('d-a', 'AB-1', '3B', '2026-11-23T10:00:00Z')] });
  const first = await open('gegevens', { seed });
  await open('leerlingen/d-a', { page: first });
  const second = await app.browser.context.newPage();
  await second.addInitScript(() => { delete window.BroadcastChannel; });
  await open('leerlingen/d-a', { page: second });

  const classField = (page) => page.getByLabel('Klas', { exact: true });
  await first.getByText('Gegevens: label, klas, schooljaar').click();
  await classField(first).fill('3C');
  await waitUntilSaved(first);
  await second.getByText('Gegevens: label, klas, schooljaar').click();
  await classField(second).fill('3D');
  await waitUntilSaved(second);
  const notice = second.getByTestId('sync-notice');
  assert.match(await notice.innerText(), /Leerlingdossier AB-1 \(3D\): klas/);
  assert.match(await notice.innerText(), /Nu bewaard: «3D»\. Andere versie: «3C»/);
  await second.goto(app.server.url('gegevens'));
  await waitForApp(second);
  assert.equal(await second.getByText('Versie uit een ander tabblad').count(), 0, 'no backup slot used');
  const kept = second.getByTestId('conflict-list');
  await kept.getByRole('button', { name: /Andere versie overnemen/ }).click();
  await waitUntilSaved(second);
  await open('leerlingen/d-a', { page: second });
  await second.getByText('Gegevens: label, klas, schooljaar').click();
  assert.equal(await classField(second).inputValue(), '3C', 'the other value taken');
  await first.close();
  await second.close();
});

test('without IndexedDB (a private window) the app works in memory and says so', async () => {
  const page = await app.browser.context.newPage();
  await page.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', { get() { throw new DOMException('blocked', 'SecurityError'); } });
  });
  await page.goto(app.server.url('gegevens'));
  await waitForApp(page);
  const warning = page.getByRole('alert').filter({ hasText: 'privévenster' });
  await warning.waitFor();
  assert.match(await warning.innerText(), /blijft alleen bewaard tot je dit venster sluit/);
  await page.getByLabel('Naam van de school of het CLB-team').fill('Alleen in het geheugen');
  await waitUntilSaved(page);
  assert.equal(await page.getByLabel('Naam van de school of het CLB-team').inputValue(), 'Alleen in het geheugen');
  await page.close();
});

test('a full disk: the failed save is shown, not swallowed', async () => {
  // A fresh profile: Chromium enforces an overridden quota at once only before other
  // connections wrote to the database.
  const browser = await startBrowser();
  const page = await browser.context.newPage();
  await page.goto(app.server.url('gegevens'));
  await waitForApp(page);
  const origin = new URL(app.server.url('')).origin;
  const session = await browser.context.newCDPSession(page);
  await session.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: 1 });
  // Makes Chromium's quota manager take the new quota into account at once.
  await session.send('Storage.getUsageAndQuota', { origin });
  try {
    await page.getByLabel('Naam van de school of het CLB-team').fill('x'.repeat(200_000));
    const alert = page.getByRole('alert').filter({ hasText: 'Je laatste wijziging is niet opgeslagen' });
    await alert.waitFor();
    assert.match(await alert.innerText(), /opslagruimte van deze browser is vol/);
    assert.equal(await page.getByTestId('save-status').innerText(), 'Opslaan mislukt');
  } finally {
    await session.send('Storage.overrideQuotaForOrigin', { origin });
  }
  // With room again, the next change is saved, the one that failed included.
  await page.getByLabel('Naam van de school of het CLB-team').fill('Weer ruimte');
  await waitUntilSaved(page);
  await browser.close();
});

test('privacy: a strict CSP, persistent storage asked, install advice once, and a reminder to export', async () => {
  const old = new Date(Date.now() - 30 * DAY).toISOString();
  const page = await open('', { seed: workspace({ created: old }) });
  const errors = watchForErrors(page);
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  assert.match(csp, /default-src 'none'/);
  assert.match(csp, /connect-src 'self'/);
  assert.doesNotMatch(csp, /unsafe-inline|https?:/);

  const reminder = page.getByTestId('backup-reminder');
  assert.match(await reminder.innerText(), /Je hebt al 30 dagen geen back-up gemaakt/);
  // Not in this desktop browser, which does not wipe a website's storage after 7 days.
  const hint = page.getByTestId('install-hint');
  assert.equal(await hint.count(), 0, 'the Safari notice only where Safari wipes');
  // An iPad's Safari, asking for desktop pages as it does: a "Mac" with a touch screen.
  const session = await page.context().newCDPSession(page);
  await session.send('Emulation.setUserAgentOverride', {
    userAgent: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15',
  });
  await session.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 5 });
  await page.reload();
  await waitForApp(page);
  assert.match(await hint.innerText(), /Zet op beginscherm/);
  await hint.getByRole('button', { name: 'Begrepen' }).click();
  await hint.waitFor({ state: 'detached' });
  // A setting of this device: kept beside the data, never in the document a file carries.
  const device = JSON.parse(await page.evaluate(() => localStorage.getItem('verzuimwijzer-toestel')));
  assert.equal(device.install_hint_dismissed, true);
  await page.reload();
  await waitForApp(page);
  assert.equal(await page.getByTestId('install-hint').count(), 0, 'said once');

  await page.goto(app.server.url('gegevens'));
  await waitForApp(page);
  assert.match(await page.getByTestId('persistence').innerText(), /blijvend|geen blijvende opslag|zegt niet/);
  assert.match(await page.getByTestId('install-advice').innerText(), /Zet op beginscherm/);
  const exported = await exportFrom(page, join(app.scratch, 'herinnering'));
  assert.equal(exported.json.workspace.device, undefined, 'device settings never travel in a file');
  await page.getByTestId('last-export').filter({ hasText: 'Laatste volledige export' }).waitFor();
  assert.equal(await page.getByTestId('backup-reminder').count(), 0, 'an export resets the reminder');
  assert.match(await page.getByTestId('last-export').innerText(), /Laatste volledige export/);

  await page.goto(app.server.url('over'));
  await waitForApp(page);
  const about = await page.locator('main').innerText();
  assert.match(about, /Wat Verzuimwijzer nooit doet/);
  assert.match(about, /IndexedDB/);
  assert.deepEqual(errors, []);
  await page.close();
});
