// Journey: a school fills in its self-scan, plans actions, reloads, reviews the overview and
// prints it; then starts next year's scan from a copy and compares the two.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { useApp, watchForErrors, waitForApp, waitUntilSaved } from './support.mjs';

const app = useApp({ scratch: 'zelfscan' });

const SCHOOL = 'Basisschool De Linde';
const CLIMATE = 'De school zet zich in om een verbindend schoolklimaat te realiseren voor leerlingen, ouders en schoolpersoneel';
const ENROLMENT = 'Het inschrijvingsbeleid verhoogt gelijke onderwijskansen en is transparant over onderlinge verwachtingen';
// Verbatim from document 000.
const FIRST_QUESTION = 'Gebruikt de school één of meerdere van volgende methodieken: proactieve cirkel, nieuwe autoriteit, geweldloos verzet, ...?';
const NOTE = 'We werken met de proactieve cirkel in elke klas; nieuwe autoriteit nog niet.';
const FOCUS = 'Vorming nieuwe autoriteit voor het hele team.';

/** The scored block whose heading is `title`. */
const block = (page, title) => page.locator('section.block').filter({ has: page.getByRole('heading', { name: title, exact: true }) });

async function createScan(page) {
  await page.goto(app.server.url('zelfscan'));
  await waitForApp(page);
  await page.getByLabel('School', { exact: true }).fill(SCHOOL);
  await page.getByLabel('Wie neemt deel?').fill('Directie, zorgcoördinator, CLB-medewerker');
  await page.getByRole('button', { name: 'Zelfscan starten' }).click();
  await page.waitForURL(/\/zelfscan\/scan-[a-z0-9-]+$/);
  await waitForApp(page);
  return page.url();
}

test('fill in a scan, plan an action, reload: everything is kept; overview, chart and print', async () => {
  const page = await app.browser.context.newPage();
  const errors = watchForErrors(page);
  const scanUrl = await createScan(page);
  assert.match(await page.locator('main h1').innerText(), new RegExp(`^${SCHOOL} · \\d{4}-\\d{4}$`));
  assert.match(await page.locator('.lead').first().innerText(), /^0 van de 26 blokken gescoord/);
  for (const phase of ['Fase 0: Brede Basiszorg', 'Fase 1: Verhoogde zorg', 'Fase 2: Uitbreiding van zorg', 'Fase 3: Individueel aangepast curriculum']) {
    await page.getByRole('heading', { level: 2, name: phase }).waitFor();
  }
  // The document's definitions of the three kinds of problematic absence, before the Fase 1 tracks.
  await page.getByText('Schoolweigering: De leerling blijft thuis door angst of emotionele klachten').waitFor();

  await page.getByRole('link', { name: new RegExp(`^${CLIMATE}`) }).click();
  await page.getByRole('heading', { level: 1, name: CLIMATE }).waitFor();
  const climate = block(page, 'Verbindend schoolklimaat');
  const toddlers = block(page, 'Kleuterparticipatie');
  // "Klik hier voor meer info" points at the app's source list.
  assert.match(await climate.getByRole('link', { name: 'Klik hier voor meer info' }).getAttribute('href'), /\/over#bronnenoverzicht$/);
  await climate.getByLabel(FIRST_QUESTION, { exact: true }).fill(NOTE);

  // Not scored is not 0; a score is one tap, and the arrow keys move it.
  assert.equal(await climate.getByTestId('score-value').innerText(), 'nog niet gescoord');
  await climate.getByRole('radio', { name: '7 op 10', exact: true }).click();
  assert.equal(await climate.getByTestId('score-value').innerText(), '7/10');
  await climate.getByRole('radio', { name: '7 op 10', exact: true }).press('ArrowRight');
  assert.equal(await climate.getByTestId('score-value').innerText(), '8/10');
  await toddlers.getByRole('radio', { name: '0 op 10', exact: true }).click();
  assert.equal(await toddlers.getByTestId('score-value').innerText(), '0/10');
  await climate.getByLabel('Waar wil je op inzetten om je score te verhogen?').fill(FOCUS);

  await page.getByRole('button', { name: '+ Actie toevoegen' }).click();
  const action = page.locator('li.action').first();
  await action.getByLabel('Wat').fill('Studiedag nieuwe autoriteit');
  await action.getByLabel('Wie').fill('Directie en zorgteam');
  await action.getByLabel('Wanneer').fill('tegen januari');
  await action.getByLabel('Check').fill('Evaluatie op de personeelsvergadering in juni');
  await action.getByLabel('Status').selectOption('bezig');

  await page.getByRole('link', { name: 'Volgende doelstelling →' }).click();
  await page.getByRole('heading', { level: 1, name: ENROLMENT }).waitFor();
  await page.locator('section.block').getByRole('radio', { name: '3 op 10', exact: true }).click();
  await waitUntilSaved(page);

  // Everything survives a reload.
  await page.goBack();
  await page.getByRole('heading', { level: 1, name: CLIMATE }).waitFor();
  await page.reload();
  await waitForApp(page);
  await page.getByRole('heading', { level: 1, name: CLIMATE }).waitFor();
  assert.equal(await block(page, 'Verbindend schoolklimaat').getByLabel(FIRST_QUESTION, { exact: true }).inputValue(), NOTE);
  assert.equal(await block(page, 'Verbindend schoolklimaat').getByTestId('score-value').innerText(), '8/10');
  assert.equal(await block(page, 'Kleuterparticipatie').getByTestId('score-value').innerText(), '0/10');
  assert.equal(await block(page, 'Verbindend schoolklimaat').getByLabel('Waar wil je op inzetten om je score te verhogen?').inputValue(), FOCUS);
  const kept = page.locator('li.action').first();
  assert.equal(await kept.getByLabel('Wat').inputValue(), 'Studiedag nieuwe autoriteit');
  assert.equal(await kept.getByLabel('Wanneer').inputValue(), 'tegen januari');
  assert.equal(await kept.getByLabel('Status').inputValue(), 'bezig');

  // The scan's page shows the progress and each objective's score.
  await page.goto(scanUrl);
  await waitForApp(page);
  assert.match(await page.locator('.lead').first().innerText(), /^3 van de 26 blokken gescoord/);
  assert.match(await page.getByRole('link', { name: new RegExp(`^${CLIMATE}`) }).innerText(), /4\/10 · 1 actie/);
  assert.match(await page.getByRole('heading', { level: 2, name: 'Fase 0: Brede Basiszorg' }).locator('..').innerText(), /3 van 7 gescoord/);

  // The overview: the filled-in table, the chart and the priorities.
  await page.getByRole('link', { name: 'Overzicht en actieplan' }).click();
  await page.getByRole('heading', { level: 1, name: 'Overzicht doelstellingen per fase' }).waitFor();
  const climateRow = page.locator('.overview-table tr').filter({ hasText: CLIMATE });
  assert.match(await climateRow.innerText(), /Verbindend schoolklimaat: 8 · Kleuterparticipatie: 0/);
  assert.match(await climateRow.innerText(), /\b4\b/);
  assert.match(await climateRow.innerText(), /Studiedag nieuwe autoriteit/);
  assert.match(await climateRow.innerText(), /tegen januari/);
  const chart = page.getByRole('img', { name: /Score per doelstelling/ });
  await chart.waitFor();
  assert.match(await chart.locator('desc').textContent(), new RegExp(`${ENROLMENT}: 3/10 · prioriteit\\?`));
  const priorities = await page.locator('.priorities li').allInnerTexts();
  assert.deepEqual(priorities.map((text) => text.split('\n')), [[`${ENROLMENT}: 3/10`, 'Fase 0'], [`${CLIMATE}: 4/10`, 'Fase 0']]);

  // Print: only the document, with the school in its header.
  await page.getByRole('link', { name: 'Overzicht en actieplan afdrukken' }).click();
  await page.locator('.print-frame').waitFor();
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('.site-nav').isVisible(), false, 'no navigation in print');
  assert.equal(await page.locator('.print-toolbar').isVisible(), false, 'no toolbar in print');
  assert.match(await page.locator('.print-header').innerText(), new RegExp(SCHOOL));
  const shot = join(app.scratch, 'afdruk.png');
  await page.screenshot({ path: shot, fullPage: true });
  assert.ok((await stat(shot)).size > 10_000, 'the print preview rendered');
  await page.emulateMedia({ media: 'screen' });

  // The whole scan in print holds the answers.
  await page.goto(`${scanUrl}/afdruk`);
  await page.locator('.print-frame').waitFor();
  assert.match(await page.locator('.print-frame').innerText(), new RegExp(NOTE.replace(/[.;]/g, '.')));
  assert.deepEqual(errors, []);
  await page.close();
});

test('copy a scan as next year\'s start, compare the two, and delete one after confirming', async () => {
  const page = await app.browser.context.newPage();
  const errors = watchForErrors(page);
  const scanUrl = await createScan(page);
  await page.goto(`${scanUrl}/doel/fase-0-inschrijvingsbeleid`);
  await page.getByRole('heading', { level: 1, name: ENROLMENT }).waitFor();
  await page.locator('section.block').getByRole('radio', { name: '4 op 10', exact: true }).click();
  await waitUntilSaved(page);

  await page.goto(app.server.url('zelfscan'));
  await waitForApp(page);
  const cards = page.locator('.scan-card');
  const before = await cards.count();
  await cards.filter({ has: page.locator(`a[href$="${new URL(scanUrl).pathname}"]`) }).getByRole('button', { name: 'Kopiëren voor volgend schooljaar' }).click();
  await assert.doesNotReject(page.locator('.scan-card').nth(before).waitFor());

  // The copy is the newest card, for the next school year, with the same answers.
  const copy = cards.first();
  const copyTitle = await copy.locator('h3').innerText();
  assert.match(copyTitle, new RegExp(`^${SCHOOL} · \\d{4}-\\d{4}$`));
  await copy.getByRole('link', { name: 'Openen' }).click();
  await waitForApp(page);
  const copyUrl = page.url();
  assert.notEqual(copyUrl, scanUrl);
  await page.goto(`${copyUrl}/doel/fase-0-inschrijvingsbeleid`);
  const score = page.locator('section.block').getByTestId('score-value');
  await page.getByRole('heading', { level: 1, name: ENROLMENT }).waitFor();
  assert.equal(await score.innerText(), '4/10');
  await page.locator('section.block').getByRole('radio', { name: '7 op 10', exact: true }).click();
  await waitUntilSaved(page);

  await page.goto(app.server.url('zelfscan'));
  await waitForApp(page);
  const id = (url) => new URL(url).pathname.split('/').pop();
  await page.getByLabel('Eerdere scan').selectOption(id(scanUrl));
  await page.getByLabel('Latere scan').selectOption(id(copyUrl));
  await page.getByRole('link', { name: 'Vergelijken' }).click();
  await page.getByRole('heading', { level: 1, name: 'Zelfscans vergelijken' }).waitFor();
  const row = page.locator('tr').filter({ hasText: ENROLMENT });
  assert.match(await row.innerText(), /4\s+7\s+▲ \+3/);

  // Deleting asks first, and cancelling keeps the scan.
  await page.goto(app.server.url('zelfscan'));
  await waitForApp(page);
  const count = await cards.count();
  await cards.first().getByRole('button', { name: 'Verwijderen…' }).click();
  await cards.first().getByRole('button', { name: 'Annuleren' }).click();
  assert.equal(await cards.count(), count);
  await cards.first().getByRole('button', { name: 'Verwijderen…' }).click();
  await cards.first().getByRole('button', { name: 'Definitief verwijderen' }).click();
  await page.waitForFunction((n) => document.querySelectorAll('.scan-card').length === n, count - 1);
  await waitUntilSaved(page);
  await page.reload();
  await waitForApp(page);
  assert.equal(await cards.count(), count - 1, 'the deletion is saved');
  assert.equal(await page.locator(`.scan-card h3 a[href$="${new URL(copyUrl).pathname}"]`).count(), 0);
  assert.deepEqual(errors, []);
  await page.close();
});
