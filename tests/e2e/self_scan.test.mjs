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
  // "Klik hier voor meer info", whose link the document lost, says what it pointed at.
  assert.match(await climate.locator('.lost-link').innerText(), /linkte hier naar meer informatie over schoolbinding; die link ging verloren/);
  assert.equal(await climate.getByRole('link', { name: 'Klik hier voor meer info' }).count(), 0);
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
  await page.getByLabel('Waar wil je op inzetten om je score te verhogen?').fill('Onthaalbrochure in drie talen');
  await waitUntilSaved(page);

  await page.goto(app.server.url('zelfscan'));
  await waitForApp(page);
  const cards = page.locator('.scan-card');
  await cards.filter({ has: page.locator(`a[href$="${new URL(scanUrl).pathname}"]`) }).getByRole('button', { name: 'Kopiëren voor volgend schooljaar' }).click();

  // The copy opens at once and says what it took over.
  const notice = page.getByRole('status').filter({ hasText: 'Kopie gemaakt van' });
  await assert.doesNotReject(notice.waitFor());
  assert.match(await notice.innerText(), /De scores zijn leeg/);
  const copyUrl = page.url().split('?')[0];
  assert.notEqual(copyUrl, scanUrl);
  assert.match(await page.locator('main h1').innerText(), new RegExp(`^${SCHOOL} · \\d{4}-\\d{4}$`));
  assert.match(await page.locator('main .lead').innerText(), /^0 van de 26 blokken gescoord/);

  // Its scores start empty, with last year's beside them; the focus came along.
  await page.goto(`${copyUrl}/doel/fase-0-inschrijvingsbeleid`);
  await page.getByRole('heading', { level: 1, name: ENROLMENT }).waitFor();
  const copied = page.locator('section.block');
  assert.equal(await copied.getByTestId('score-value').innerText(), 'nog niet gescoord');
  assert.equal(await copied.getByTestId('previous-score').innerText(), ' · vorig jaar: 4');
  assert.equal(await page.getByLabel('Waar wil je op inzetten om je score te verhogen?').inputValue(), 'Onthaalbrochure in drie talen');
  await copied.getByRole('radio', { name: '7 op 10', exact: true }).click();
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

test('a secondary school\'s scan leaves Kleuterparticipatie out, and any block can be marked as not applying', async () => {
  const page = await app.browser.context.newPage();
  const errors = watchForErrors(page);
  await page.goto(app.server.url('zelfscan'));
  await waitForApp(page);
  await page.getByLabel('School', { exact: true }).fill('Atheneum Brussel');
  await page.getByLabel('Secundair onderwijs').check();
  await page.getByRole('button', { name: 'Zelfscan starten' }).click();
  await page.waitForURL(/\/zelfscan\/scan-[a-z0-9-]+$/);
  await waitForApp(page);
  const scanUrl = page.url();
  const lead = page.locator('main .lead');
  assert.match(await lead.innerText(), /^0 van de 25 blokken gescoord/, 'Kleuterparticipatie does not count');

  // The kleuter block says why it does not apply; scoring the other block gives the objective its score.
  await page.goto(`${scanUrl}/doel/fase-0-verbindend-schoolklimaat`);
  await page.getByRole('heading', { level: 1, name: CLIMATE }).waitFor();
  const kleuter = block(page, 'Kleuterparticipatie');
  assert.equal(await kleuter.getByLabel('Niet van toepassing op onze school').isChecked(), true);
  assert.match(await kleuter.innerText(), /gaat over kleuteronderwijs/);
  assert.equal(await kleuter.getByRole('radio').count(), 0, 'no score to give');
  await block(page, 'Verbindend schoolklimaat').getByRole('radio', { name: '6 op 10', exact: true }).click();

  // A block marked by hand: left out of counts, overview and print, and kept after a reload.
  await page.goto(`${scanUrl}/doel/fase-0-registratie-afwezigheden`);
  await waitForApp(page);
  await page.locator('section.block').getByRole('radio', { name: '2 op 10', exact: true }).click();
  await page.getByLabel('Niet van toepassing op onze school').check();
  assert.equal(await page.getByTestId('not-applicable').count(), 1);
  await waitUntilSaved(page);
  await page.goto(scanUrl);
  await waitForApp(page);
  assert.match(await lead.innerText(), /^1 van de 24 blokken gescoord/);
  const registration = page.locator(`.objective-link[href$="/doel/fase-0-registratie-afwezigheden"]`);
  assert.match(await registration.innerText(), /niet van toepassing/);
  assert.match(await page.locator('.objective-link').filter({ hasText: CLIMATE }).innerText(), /6\/10/);

  await page.goto(`${scanUrl}/overzicht`);
  await waitForApp(page);
  const priorities = await page.locator('.priorities').innerText();
  assert.doesNotMatch(priorities, /strikt beleid m\.b\.t\. registratie/, 'a block that does not apply is no priority');
  const row = page.locator('.overview-table tr').filter({ hasText: 'strikt beleid m.b.t. registratie' });
  assert.match(await row.innerText(), /niet van toepassing/);
  assert.match(await page.locator('.chart desc').textContent(), /strikt beleid m\.b\.t\. registratie[^;]*: niet van toepassing/);

  await page.goto(`${scanUrl}/afdruk`);
  await waitForApp(page);
  assert.match(await page.locator('.print-frame').innerText(), /Niet van toepassing op deze school/);

  // Adding kleuteronderwijs to the scan's levels brings the block back.
  await page.goto(scanUrl);
  await waitForApp(page);
  await page.locator('.scan-details summary').click();
  await page.getByLabel('Kleuteronderwijs').check();
  await assert.doesNotReject(page.waitForFunction(() => /^1 van de 25 blokken/.test(document.querySelector('main .lead').textContent)));
  await waitUntilSaved(page);
  await page.reload();
  await waitForApp(page);
  assert.match(await lead.innerText(), /^1 van de 25 blokken gescoord/);
  assert.deepEqual(errors, []);
  await page.close();
});

test('the whole scan prints without its empty questions unless asked, and says how many pages', async () => {
  const page = await app.browser.context.newPage();
  const errors = watchForErrors(page);
  const scanUrl = await createScan(page);
  await page.goto(`${scanUrl}/doel/fase-0-verbindend-schoolklimaat`);
  await page.getByRole('heading', { level: 1, name: CLIMATE }).waitFor();
  await page.getByLabel(FIRST_QUESTION).fill(NOTE);
  await waitUntilSaved(page);
  await page.goto(`${scanUrl}/afdruk`);
  await waitForApp(page);
  const pages = page.getByTestId('print-pages');
  await assert.doesNotReject(page.waitForFunction(() => /Ongeveer \d+ A4/.test(document.querySelector('[data-testid=print-pages]').textContent)));
  const count = async () => Number((await pages.innerText()).match(/(\d+)/)[1]);
  const short = await count();
  const sheet = page.locator('.print-frame');
  assert.match(await sheet.innerText(), new RegExp(NOTE.replace(/[.;]/g, '.')));
  assert.equal(await sheet.locator('.print-question').count(), 1, 'only the question with a note');
  await page.getByLabel('Lege vragen weglaten').uncheck();
  await assert.doesNotReject(page.waitForFunction((n) => {
    const match = document.querySelector('[data-testid=print-pages]').textContent.match(/(\d+)/);
    return match && Number(match[1]) > n;
  }, short));
  assert.ok((await sheet.locator('.print-question').count()) > 100, 'every question');
  assert.ok(await count() > short * 1.5, `with every empty question (${await count()}) far more pages than without (${short})`);
  // The page fits the tablet it is previewed on.
  for (const width of [1024, 768]) {
    await page.setViewportSize({ width, height: 900 });
    assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), width, `no sideways scrolling at ${width}`);
  }
  assert.deepEqual(errors, []);
  await page.close();
});

test('a link into the sources list lands on it, and every source says title, publisher and year', async () => {
  const page = await app.browser.context.newPage();
  const errors = watchForErrors(page);
  const scanUrl = await createScan(page);
  await page.goto(`${scanUrl}/doel/fase-0-verbindend-schoolklimaat`);
  await page.getByRole('heading', { level: 1, name: CLIMATE }).waitFor();
  await block(page, 'Kleuterparticipatie').locator('.lost-link').getByRole('link', { name: 'bronnenoverzicht' }).click();
  await page.waitForURL(/\/over#bronnenoverzicht$/);
  const list = page.locator('#bronnenoverzicht');
  await assert.doesNotReject(page.waitForFunction(() => document.activeElement?.id === 'bronnenoverzicht'));
  const top = await list.evaluate((element) => element.getBoundingClientRect().top);
  assert.ok(Math.abs(top) < 5, `the list is at the top of the screen (${top})`);
  assert.ok(await page.evaluate(() => window.scrollY) > 0, 'the page scrolled to it');
  const entries = list.locator('.bibliography li');
  assert.equal(await entries.count(), 12);
  assert.match(await entries.nth(4).innerText(), /^Afwezig op school \(Samen tegen Schooluitval West-Vlaanderen, 2022\)/);
  assert.match(await entries.nth(4).innerText(), /enkel de bestandsnaam: actieplan_afwezig-op-school\.pdf/);
  // A web address only where the document gives one.
  assert.equal(await list.locator('a[href^="https://"]').count(), 5);
  assert.deepEqual(errors, []);
  await page.close();
});

test('on a phone the chart\'s text stays at least 12 px high', async () => {
  const page = await app.browser.context.newPage();
  const errors = watchForErrors(page);
  const scanUrl = await createScan(page);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`${scanUrl}/overzicht`);
  await waitForApp(page);
  const sizes = await page.evaluate(() => {
    const chart = document.querySelector('.chart');
    const scale = chart.getBoundingClientRect().width / chart.viewBox.baseVal.width;
    return [...chart.querySelectorAll('text')].map((text) => parseFloat(getComputedStyle(text).fontSize) * scale);
  });
  assert.ok(sizes.length > 26, `${sizes.length} texts`);
  assert.ok(Math.min(...sizes) >= 12, `smallest ${Math.min(...sizes).toFixed(1)} px`);
  assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), 390, 'no sideways scrolling');
  assert.deepEqual(errors, []);
  await page.close();
});
