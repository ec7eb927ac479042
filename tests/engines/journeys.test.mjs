// The cross-engine journey set: the same steps in WebKitGTK (the engine of Safari on the
// schools' iPads) and Firefox ESR, through WebDriver (see driver.mjs). The Playwright suite in
// tests/e2e/ goes much deeper in Chromium; these journeys are the part of it that must hold in
// every engine: each page renders without an error, each feature's main journey, reload,
// export → wipe → import, encryption, two tabs, the service worker offline, print.
//
//   ENGINES=firefox,webkit (the default; chromium is also known)
//   ENGINE_BREAK=webkit    breaks indexedDB.open in that engine's run only, to see the set fail
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Browser, startProbedServer } from './driver.mjs';
import { fullScanWorkspace, seedWorkspace, storedDocument } from '../e2e/support.mjs';
import { PAGES, SEEDED_PAGES, seededWorkspace } from '../pages.mjs';

const ENGINES = (process.env.ENGINES || 'firefox,webkit').split(',').map((name) => name.trim()).filter(Boolean);
const BROKEN = (process.env.ENGINE_BREAK || '').split(',');
// The deliberate break of the acceptance check: the app cannot open its database.
// The probe keeps the real open for the test's own reads and writes (see `unbroken`).
const BREAK_INDEXED_DB = `window.__engineProbe.realOpen = IDBFactory.prototype.open;
  IDBFactory.prototype.open = function () { throw new DOMException('deliberately broken for this engine', 'UnknownError'); };`;

/** `tab` for support.mjs's seedWorkspace and storedDocument: their own indexedDB.open gets
 *  past a deliberate break, so that a break shows what the app does, not what the test does.
 *  (The helpers call open synchronously; the break is back before any app code runs.) */
const unbroken = (tab) => ({
  evaluate: (fn, arg) => tab.evaluate({
    toString: () => `(arg) => {
      const broken = IDBFactory.prototype.open;
      if (window.__engineProbe.realOpen) IDBFactory.prototype.open = window.__engineProbe.realOpen;
      try { return (${fn})(arg); } finally { IDBFactory.prototype.open = broken; }
    }`,
  }, arg),
});

const CLIMATE = 'De school zet zich in om een verbindend schoolklimaat te realiseren voor leerlingen, ouders en schoolpersoneel';
const FIRST_QUESTION = 'Gebruikt de school één of meerdere van volgende methodieken: proactieve cirkel, nieuwe autoriteit, geweldloos verzet, ...?';
const NOTE = 'We werken met de proactieve cirkel in elke klas; nieuwe autoriteit nog niet.';
const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The stored workspace, parsed, once `ready(workspace)` holds. */
async function storedWhen(tab, ready, what) {
  const deadline = Date.now() + tab.browser.timeout;
  for (;;) {
    const text = await storedDocument(unbroken(tab));
    const workspace = text ? JSON.parse(text) : null;
    if (workspace && ready(workspace)) return workspace;
    if (Date.now() > deadline) throw new Error(`${tab.browser.engine}: the stored workspace never had ${what}: ${text?.slice(0, 400)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Answers the Beslisboom's steps as a person taps, until the outcome: each open choice its
 *  option "Nee" where it has one, else its first; each open number "Weet ik niet"; the kind
 *  of absence `kind`; multi-choices otherwise left open ("none of these"); then "Volgende". */
async function walkWizard(tab, kind) {
  for (let step = 0; step < 20; step += 1) {
    if (await tab.count({ css: '#uitkomst' })) return;
    const asked = await tab.text({ css: '#wizard-vraag' });
    const done = new Set();
    for (let pass = 0; pass < 4; pass += 1) {
      const open = await tab.evaluate(() => [...document.querySelectorAll('.question [data-fact]')].map((group) => ({
        id: group.dataset.fact,
        kind: group.matches('.fact--number') ? 'number' : group.matches('.fact--multi') ? 'multi' : 'choice',
        answered: Boolean(group.querySelector('input:checked, [aria-pressed="true"]') || group.querySelector('input[type=text]')?.value),
      })));
      const todo = open.filter((group) => !done.has(group.id));
      if (todo.length === 0) break;
      for (const group of todo) {
        done.add(group.id);
        const within = { css: `.question [data-fact="${group.id}"]` };
        // An earlier answer on the screen may have made it go.
        if (group.answered || (await tab.count(within)) === 0) continue;
        if (group.kind === 'number') await tab.click({ role: 'button', name: 'Weet ik niet', exact: true, within });
        else if (group.kind === 'multi' && group.id === 'soort') await tab.click({ role: 'checkbox', name: kind, exact: true, within });
        else if (group.kind === 'choice') {
          const no = { role: 'radio', name: 'Nee', exact: true, within };
          await tab.click((await tab.count(no)) ? no : { css: `${within.css} input` });
        }
      }
    }
    await tab.click({ role: 'button', name: 'Volgende', exact: true });
    await tab.waitUntil((before) => document.querySelector('#uitkomst') || document.querySelector('#wizard-vraag')?.innerText !== before, asked, `the screen after "${asked}"`);
  }
  throw new Error(`${tab.browser.engine}: no outcome after 20 steps`);
}

/** A workspace with one dossier, AB-1 of class 3B with 3 half days of B-codes. */
function oneDossier() {
  const at = '2026-11-23T10:00:00Z';
  return {
    schema_version: 3, created_at: at, updated_at: at, organisation_name: 'De Linde', self_scans: [], consultations: [],
    dossiers: [{ id: 'd-a', label: 'AB-1', class_name: '3B', school_year: '2026-2027', created_at: at, updated_at: at, absences: { B: 3 } }],
  };
}

async function noErrors(tab) {
  assert.deepEqual(await tab.errors(), [], `${tab.browser.engine}: no error in the page`);
}

for (const engine of ENGINES) {
  describe(engine, () => {
    let browser;
    let scratch;
    const servers = [];

    before(async () => {
      browser = await Browser.start(engine);
      scratch = await mkdtemp(join(tmpdir(), `verzuimwijzer-engines-${engine}-`));
      console.log(`# ${engine}: ${browser.version}`);
    });
    after(async () => {
      await browser?.close();
      for (const server of servers) await server.close().catch(() => {});
      if (scratch) await rm(scratch, { recursive: true, force: true });
    });

    /** A new origin (a server on a new port): an empty device for this test, in the one tab. */
    async function freshApp(options = {}) {
      const server = await startProbedServer({ ...options, breakCode: BROKEN.includes(engine) ? BREAK_INDEXED_DB : '' });
      servers.push(server);
      return browser.tab(server);
    }

    async function seeded(tab, workspace, path = '') {
      await tab.goto('');
      await seedWorkspace(unbroken(tab), workspace);
      await tab.goto(path);
    }

    test('every page renders, empty and with data, without an error', async () => {
      const tab = await freshApp();
      for (const page of PAGES) {
        await tab.goto(page.path);
        assert.equal(await tab.text({ css: 'main h1' }), page.heading, page.name);
      }
      await seeded(tab, await seededWorkspace());
      for (const page of SEEDED_PAGES) {
        await tab.goto(page.path);
        assert.ok((await tab.text({ css: 'main h1' })).length > 0, page.name);
      }
      await tab.waitFor({ css: '[data-testid=workspace-summary]', hasText: '1 zelfscan' });
      await noErrors(tab);
    });

    test('Zelfscan: score, note, action; reload; overview', async () => {
      const tab = await freshApp();
      await tab.goto('zelfscan');
      await tab.fill({ label: 'School', exact: true }, 'Basisschool De Linde');
      await tab.fill({ label: 'Wie neemt deel?' }, 'Directie, zorgcoördinator, CLB-medewerker');
      await tab.click({ role: 'button', name: 'Zelfscan starten' });
      await tab.waitUntil(() => /\/zelfscan\/scan-[a-z0-9-]+$/.test(location.pathname), undefined, 'the new scan\'s page');
      const scanUrl = await tab.url();
      await tab.click({ role: 'link', pattern: `^${escape(CLIMATE)}` });
      await tab.waitFor({ role: 'heading', level: 1, name: CLIMATE, exact: true });

      const block = (title) => ({ css: 'section.block', has: { role: 'heading', name: title, exact: true } });
      await tab.fill({ label: FIRST_QUESTION, exact: true, within: block('Verbindend schoolklimaat') }, NOTE);
      assert.equal(await tab.text({ css: '[data-testid=score-value]', within: block('Verbindend schoolklimaat') }), 'nog niet gescoord');
      await tab.click({ role: 'radio', name: '7 op 10', exact: true, within: block('Verbindend schoolklimaat') });
      await tab.waitFor({ css: '[data-testid=score-value]', hasText: '7/10', within: block('Verbindend schoolklimaat') });
      await tab.click({ role: 'radio', name: '0 op 10', exact: true, within: block('Kleuterparticipatie') });
      await tab.waitFor({ css: '[data-testid=score-value]', hasText: '0/10', within: block('Kleuterparticipatie') });

      await tab.click({ role: 'button', name: '+ Actie toevoegen' });
      const action = { css: 'li.action' };
      await tab.fill({ label: 'Wat', exact: true, within: action }, 'Studiedag nieuwe autoriteit');
      await tab.fill({ label: 'Wie', exact: true, within: action }, 'Directie en zorgteam');
      await tab.fill({ label: 'Wanneer', exact: true, within: action }, 'tegen januari');
      await tab.select({ label: 'Status', within: action }, 'bezig');
      await tab.waitUntilSaved();
      await storedWhen(tab, (w) => w.self_scans[0]?.actions?.[0]?.status === 'bezig'
        && w.self_scans[0].actions[0].when === 'tegen januari', 'the action');

      await tab.reload();
      await tab.waitFor({ role: 'heading', level: 1, name: CLIMATE, exact: true });
      assert.equal(await tab.value({ label: FIRST_QUESTION, exact: true }), NOTE);
      assert.equal(await tab.text({ css: '[data-testid=score-value]', within: block('Verbindend schoolklimaat') }), '7/10');
      assert.equal(await tab.text({ css: '[data-testid=score-value]', within: block('Kleuterparticipatie') }), '0/10');
      assert.equal(await tab.value({ label: 'Wat', exact: true, within: action }), 'Studiedag nieuwe autoriteit');
      assert.equal(await tab.value({ label: 'Status', within: action }), 'bezig');

      await tab.goto(new URL(scanUrl).pathname);
      assert.match(await tab.text({ css: '.lead' }), /^2 van de 26 blokken gescoord/);
      await tab.click({ role: 'link', name: 'Overzicht en actieplan', exact: true });
      await tab.waitFor({ role: 'heading', level: 1, name: 'Overzicht doelstellingen per fase' });
      const row = await tab.text({ css: '.overview-table tr', hasText: CLIMATE });
      assert.match(row, /Verbindend schoolklimaat: 7 · Kleuterparticipatie: 0/);
      assert.match(row, /Studiedag nieuwe autoriteit/);
      assert.match(await tab.text({ css: 'svg[role=img] desc', hidden: true }), /Score per doelstelling|\/10/);
      await noErrors(tab);
    });

    test('Leerlingen: a dossier with codes and a measure, the Beslisboom from it to the outcome, the checklist; reload', async () => {
      const tab = await freshApp();
      await tab.goto('leerlingen');
      await tab.fill({ label: 'Label (initialen of intern nummer)' }, 'JD-4');
      await tab.fill({ label: 'Klas', exact: true }, '3B');
      await tab.click({ role: 'button', name: 'Dossier aanmaken' });
      await tab.waitFor({ role: 'heading', level: 1, name: 'Leerling JD-4' });
      const facts = { css: '[data-testid=absence-facts]' };

      await tab.fill({ label: 'B-codes (halve dagen)' }, '4');
      await tab.waitFor({ text: 'Nog geen signaal aan het CLB nodig', exact: false, within: facts });
      await tab.fill({ label: 'B-codes (halve dagen)' }, '5');
      await tab.waitFor({ text: 'Signaal aan het CLB verplicht: 5 halve dagen B-codes', exact: false, within: facts });
      await tab.fill({ label: 'Z-codes (halve dagen)' }, '3');

      await tab.fill({ label: 'Datum', exact: true }, '2026-10-06');
      await tab.select({ label: 'Wat', exact: true }, 'Reden afwezigheid bevraagd/besproken (gesprek)');
      await tab.fill({ label: 'Door wie' }, 'klastitularis');
      await tab.select({ label: 'Naar wie' }, 'beiden');
      await tab.fill({ label: 'Resultaat' }, 'Afspraak: elke maandag een kort gesprek');
      await tab.click({ role: 'button', name: 'Maatregel toevoegen' });
      const timeline = { css: '[data-testid=timeline]' };
      await tab.waitFor({ text: '06-10-2026', exact: false, within: timeline });
      assert.match(await tab.text(timeline), /Reden afwezigheid bevraagd\/besproken \(gesprek\) · naar leerling en ouders · door klastitularis/);

      // The Beslisboom, started from the dossier: a full path to the outcome, saved into it.
      await tab.click({ role: 'link', name: 'Beslisboom voor deze leerling' });
      await tab.waitFor({ text: 'Voor leerling JD-4.', exact: false, within: { css: '[data-testid=wizard-dossier]' } });
      // The dossier's B-codes are filled in; each step is answered as a person taps.
      await tab.waitFor({ text: 'Uit het dossier', exact: true, within: { css: '[data-testid=from-dossier]' } });
      await walkWizard(tab, 'Ziekte: langdurig, chronisch of vaak (Z- en D-codes)');
      await tab.waitFor({ role: 'heading', level: 3, name: 'Waar staat de leerling?' });
      await tab.click({ role: 'button', name: 'Bewaren als raadpleging' });
      assert.equal(await tab.value({ label: 'Label voor deze raadpleging' }), 'JD-4');
      await tab.click({ role: 'button', name: 'Bewaren', exact: true });
      await tab.waitFor({ text: 'Bewaard als raadpleging “JD-4”.', exact: false });
      await tab.click({ role: 'link', name: 'Terug naar het dossier', within: { css: '[data-testid=wizard-dossier]' } });
      await tab.waitFor({ role: 'heading', level: 1, name: 'Leerling JD-4' });
      await tab.waitFor({ role: 'link', name: 'JD-4', exact: true, within: { css: '#consultations-title + *, section:has(#consultations-title)' } });

      // The checklist, pre-filled from the dossier, then edited.
      await tab.click({ role: 'link', name: 'Checklist PA bij aanmelding CLB' });
      await tab.waitFor({ role: 'heading', level: 1, name: 'Checklist PA bij aanmelding CLB secundair onderwijs (uitgebreide versie)' });
      assert.equal(await tab.value({ label: 'B-codes:', exact: true }), '5');
      assert.equal(await tab.value({ label: 'Z-codes:', exact: true }), '3');
      await tab.check({ label: 'Het traject van de school rendeert niet' });
      await tab.fill({ label: 'Andere:', exact: true }, '1');
      await tab.waitUntilSaved();
      await storedWhen(tab, (w) => w.dossiers[0]?.checklist?.['traject-rendeert-niet']?.checked === true, 'the ticked box');

      await tab.reload();
      assert.equal(await tab.checked({ label: 'Het traject van de school rendeert niet' }), true);
      assert.equal(await tab.value({ label: 'Andere:', exact: true }), '1');
      await tab.goto('leerlingen');
      await tab.click({ role: 'link', name: 'JD-4', exact: true, within: { css: '.dossier-card' } });
      assert.equal(await tab.value({ label: 'B-codes (halve dagen)' }), '5');
      await tab.waitFor({ text: 'Afspraak: elke maandag een kort gesprek', exact: false, within: timeline });
      await noErrors(tab);
    });

    test('export everything, wipe, import: the same data comes back', async () => {
      const tab = await freshApp();
      const workspace = await fullScanWorkspace();
      workspace.consultations.push({ id: 'raadpleging-1', label: 'JD-4', created_at: '2026-11-25T10:00:00Z', answers: { soort: 'ongeoorloofd', 'b-aantal': 7, 'b-gedaan': ['dossier'] } });
      // (a schema-1 document: the consultation is one of the first Beslisboom)
      workspace.dossiers.push({
        id: 'dossier-1', label: 'JD-4', class_name: '3B', school_year: '2026-2027', created_at: '2026-11-25T09:00:00Z',
        absences: { B: 7, Z: 3, L: 2 }, signalled_on: '2026-10-08', warning_signs: ['verleden'],
        measures: [{ id: 'm1', date: '2026-10-06', what: 'Huisbezoek', by: 'leerlingbegeleider', toward: 'ouders', result: 'Niemand thuis' }],
        consultation_ids: ['raadpleging-1'], checklist: { 'traject-rendeert-niet': { checked: true, options: [], counts: {} } },
      });
      await seeded(tab, workspace, 'gegevens');
      const NAME = 'Basisschool De Linde – Anderlecht';
      await tab.fill({ label: 'Naam van de school of het CLB-team' }, NAME);
      await tab.waitUntilSaved();
      await storedWhen(tab, (w) => w.organisation_name === NAME, 'the name');

      await tab.click({ role: 'button', name: 'Exporteren', exact: true });
      const before = await tab.download();
      assert.match(before.name, /^verzuimwijzer-alles-basisschool-de-linde-anderlecht-\d{4}-\d{2}-\d{2}\.json$/);
      const file = JSON.parse(before.text);
      assert.equal(file.kind, 'werkruimte');
      assert.match(file.checksum, /^sha256-file:[0-9a-f]{64}$/);
      assert.equal(Object.keys(file.workspace.self_scans[0].blocks).length, 26);

      await tab.click({ role: 'button', name: 'Alle gegevens wissen…' });
      await tab.fill({ label: 'Typ WISSEN om te bevestigen' }, 'WISSEN');
      await tab.click({ role: 'button', name: 'Definitief wissen' });
      await tab.waitFor({ text: 'Alle gegevens op dit toestel zijn gewist.', exact: false });
      await tab.waitUntilSaved();
      await tab.reload();
      assert.equal(await tab.value({ label: 'Naam van de school of het CLB-team' }), '', 'wiped');

      const path = join(scratch, before.name);
      await writeFile(path, before.text);
      await tab.upload({ css: '#import-file' }, path);
      assert.match(await tab.text({ css: '[data-testid=import-summary]' }), /1 zelfscan, 1 leerlingdossier en 1 raadpleging van de beslisboom/);
      await tab.click({ role: 'button', name: 'Alles vervangen door dit bestand' });
      await tab.waitFor({ text: 'Geïmporteerd.', exact: false });
      await tab.waitUntilSaved();
      await storedWhen(tab, (w) => w.organisation_name === NAME, 'the imported name');
      await tab.reload();
      assert.equal(await tab.value({ label: 'Naam van de school of het CLB-team' }), NAME);

      await tab.click({ role: 'button', name: 'Exporteren', exact: true });
      const after = JSON.parse((await tab.download()).text);
      assert.deepEqual(after.workspace, file.workspace, 'identical, timestamps included');
      await noErrors(tab);
    });

    test('an encrypted dossier export opens with its passphrase only (WebCrypto)', async () => {
      const tab = await freshApp();
      await seeded(tab, oneDossier(), 'leerlingen/d-a');
      await tab.click({ role: 'link', name: 'Exporteren (bv. voor het CLB)' });
      await tab.waitForApp();
      await tab.check({ label: 'Versleutelen met een wachtwoord' });
      const passphrase = 'Paarse olifant 42';
      await tab.fill({ label: 'Wachtwoord (minstens 10 tekens)' }, passphrase);
      await tab.fill({ label: 'Herhaal het wachtwoord' }, passphrase);
      await tab.click({ role: 'button', name: 'Exporteren', exact: true });
      const file = await tab.download();
      assert.match(file.name, /^verzuimwijzer-dossier-\d{4}-\d{2}-\d{2}-versleuteld\.json$/);
      const json = JSON.parse(file.text);
      assert.equal(json.encrypted.cipher, 'AES-GCM-256');
      assert.doesNotMatch(JSON.stringify({ ...json, encrypted: { ...json.encrypted, data: '', salt: '', iv: '' } }), /AB-1|3B/);
      await noErrors(tab);

      // The CLB's device: another origin, so empty.
      const clb = await freshApp();
      await clb.goto('gegevens');
      const path = join(scratch, file.name);
      await writeFile(path, file.text);
      await clb.upload({ css: '#import-file' }, path);
      await clb.fill({ label: 'Wachtwoord', exact: true }, 'Paarse olifant 41');
      await clb.click({ role: 'button', name: 'Openen' });
      await clb.waitFor({ css: '[data-testid=passphrase-error]', hasText: 'Het wachtwoord klopt niet' });
      await clb.fill({ label: 'Wachtwoord', exact: true }, passphrase);
      await clb.click({ role: 'button', name: 'Openen' });
      assert.match(await clb.text({ css: '[data-testid=import-summary]' }), /«Leerlingdossier AB-1».*1 leerlingdossier/);
      await clb.click({ role: 'button', name: 'Samenvoegen' });
      await clb.waitUntilSaved();
      await storedWhen(clb, (w) => w.dossiers.length === 1 && w.dossiers[0].label === 'AB-1', 'the imported dossier');
      await noErrors(clb);
    });

    test('two tabs: an idle tab follows the other; different fields of one dossier both survive', async () => {
      const first = await freshApp();
      await seeded(first, oneDossier());
      const second = await browser.newTab(first.server);
      const openDetails = async (tab) => {
        await tab.goto('leerlingen/d-a');
        await tab.click({ text: 'Gegevens: label, klas, schooljaar', exact: false });
      };
      const classField = { label: 'Klas', exact: true };
      await openDetails(first);
      await openDetails(second);

      await first.fill(classField, '3C');
      await first.waitUntilSaved();
      await second.waitUntil(() => document.querySelector('#dossier-edit-class')?.value === '3C', undefined, 'the second tab to show 3C');
      await second.type(classField, '1');
      await second.waitUntilSaved();
      await first.waitUntil(() => document.querySelector('#dossier-edit-class')?.value === '3C1', undefined, 'the first tab to show 3C1');
      await first.fill({ label: 'Z-codes (halve dagen)' }, '4');
      await first.waitUntilSaved();
      await second.waitUntil(() => document.querySelector('#afwezig-Z')?.value === '4', undefined, 'the second tab to show Z 4');

      // A third tab that cannot hear the others (no BroadcastChannel: see probe.js) edits another
      // field of the same dossier on a stale copy: the revision check and the per-field merge
      // keep both edits.
      const third = await browser.newTab(first.server);
      await third.goto('');
      await third.evaluate(() => { window.name = 'no-broadcast-channel'; });
      await openDetails(third);
      assert.equal(await third.evaluate(() => typeof window.BroadcastChannel), 'undefined');
      await first.fill(classField, '4A');
      await first.waitUntilSaved();
      await storedWhen(first, (w) => w.dossiers[0].class_name === '4A', 'class 4A');
      await third.fill({ label: 'B-codes (halve dagen)' }, '7');
      await third.waitUntilSaved();
      const both = await storedWhen(third, (w) => w.dossiers[0].class_name === '4A' && w.dossiers[0].absences.B === 7, 'class 4A and 7 B-codes');
      assert.equal(both.dossiers[0].absences.Z, 4);
      await third.waitUntil(() => document.querySelector('#dossier-edit-class')?.value === '4A', undefined, 'the third tab to show the merged class');
      for (const tab of [first, second, third]) await noErrors(tab);
      await third.close();
      await second.close();
      await first.focus();
    });

    test('the service worker: after one visit the app reloads and works with the server gone', async () => {
      const tab = await freshApp();
      await tab.goto('gegevens');
      await tab.fill({ label: 'Naam van de school of het CLB-team' }, 'Offline school');
      await tab.waitUntilSaved();
      await storedWhen(tab, (w) => w.organisation_name === 'Offline school', 'the name');
      const scope = await tab.evaluate(async () => {
        const registration = await navigator.serviceWorker.ready;
        if (!navigator.serviceWorker.controller) {
          await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
        }
        return registration.scope;
      });
      assert.equal(new URL(scope).pathname, '/');
      await tab.server.close();
      await tab.reload();
      assert.equal(await tab.value({ label: 'Naam van de school of het CLB-team' }), 'Offline school');
      await tab.click({ role: 'link', name: 'Beslisboom', exact: true, within: { css: 'nav.site-nav' } });
      await tab.waitFor({ role: 'heading', level: 1, name: 'Beslisboom', exact: true });
      await tab.reload();
      assert.equal(await tab.text({ css: 'main h1' }), 'Beslisboom');
      await noErrors(tab);
    });

    test('print: the A4 views in print media, with nothing cut off', async () => {
      const tab = await freshApp();
      await seeded(tab, await seededWorkspace());
      for (const page of SEEDED_PAGES.filter((p) => p.print)) {
        await tab.goto(page.path);
        await tab.waitFor({ css: '.print-frame' });
        const report = await tab.printLayout();
        assert.deepEqual(report.visible, { nav: false, toolbar: false, header: true }, `${page.name}: only the document`);
        assert.ok(report.width > 600 && report.width < 700, `${page.name}: laid out at A4's printable width (${report.width})`);
        assert.deepEqual(report.clipped, [], `${page.name}: nothing wider than the page or cut off`);
        assert.ok(report.height > 500, `${page.name}: there is a document`);
        // The engine's own print, where its driver has WebDriver's Print Page.
        const pdf = await tab.printPdf();
        const what = pdf && (pdf.pages ? `${pdf.pages} A4 page(s)` : `${Math.round(pdf.bytes / 1024)} KiB`);
        console.log(`# ${engine}: ${page.name}: WebDriver Print Page ${pdf ? `gives a PDF of ${what}` : 'is not supported by this driver'}`);
      }
      await noErrors(tab);
    });
  });
}
