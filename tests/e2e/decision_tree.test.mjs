// Journeys through the Beslisboom, as a CLB worker in a care meeting: three full paths, one of
// them changing an earlier answer; keyboard use; the sources; save, reload, copy and print.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, watchForErrors, waitForApp, waitUntilSaved } from './support.mjs';

const app = useApp();

const question = (page) => page.locator('#wizard-vraag');

async function expectQuestion(page, text) {
  await page.getByRole('heading', { level: 2, name: text }).waitFor();
  // Focus lands on the question, for keyboard and screen-reader users.
  await page.waitForFunction(() => document.activeElement?.id === 'wizard-vraag');
}

async function choose(page, label) {
  await page.locator('.question').getByRole('button', { name: label }).click();
}

async function tick(page, labels, button = 'Verder') {
  for (const label of labels) await page.getByLabel(label).check();
  await page.getByRole('button', { name: button, exact: true }).click();
}

const advice = (page, id) => page.locator(`[data-advice="${id}"]`);

test('B-codes in Brussels with unwilling parents: the police only after CLB help; change an answer, save, reload', async () => {
  const page = await app.browser.context.newPage();
  const errors = watchForErrors(page);
  await page.goto(app.server.url('beslisboom'));
  await waitForApp(page);
  await page.getByRole('heading', { level: 2, name: 'Welke soort afwezigheid staat bij deze leerling voorop?' }).waitFor();
  await choose(page, 'Ongeoorloofd: afwezig zonder geldige reden (B-codes)');
  await expectQuestion(page, 'Hoeveel halve dagen B-codes heeft de leerling dit schooljaar?');
  await page.getByRole('button', { name: 'Verder' }).click();
  assert.match(await page.getByRole('alert').filter({ hasText: 'Vul een aantal in' }).innerText(), /0 of meer/);
  await page.getByLabel('Aantal halve dagen').fill('11');
  await page.getByRole('button', { name: 'Eén meer' }).click();
  await page.getByRole('button', { name: 'Verder' }).click();
  await expectQuestion(page, 'Wat deed de school al?');
  await tick(page, ['Een eerste gesprek met de leerling over de afwezigheden', 'Een gesprek met de ouders', 'De begeleidende maatregelen genoteerd in het dossier']);
  await expectQuestion(page, 'Hoe verloopt het contact met de ouders?');
  await choose(page, 'Manifeste onwil: ze weigeren bewust mee te werken');
  await choose(page, 'Het rendeert niet: de afwezigheden blijven toenemen');
  await expectQuestion(page, 'Wat weet je nog over deze leerling?');
  await page.getByRole('button', { name: 'Geen van deze: verder' }).click();
  await choose(page, 'De leerling is aangemeld: het CLB begeleidt en er was al overleg en hulp');
  await expectQuestion(page, 'Waar ligt de school?');
  await choose(page, 'Brussel');

  await page.getByRole('heading', { level: 2, name: 'Waar staat de leerling?' }).waitFor();
  assert.match(await page.locator('.placement').innerText(), /Fase 2: Uitbreiding van zorg\s+Ongeoorloofd relatief verzuim \(B-codes\)/);
  // The trail shows all eight answers.
  assert.equal(await page.locator('.trail li').count(), 8);
  assert.match(await page.locator('.trail').innerText(), /12 halve dagen/);
  // Legal duty, next steps with who acts, and the police ground with its source one tap away.
  await advice(page, 'signaal-clb').waitFor();
  assert.match(await advice(page, 'politie-onwil').innerText(), /Wie: School, na overleg met het CLB/);
  await advice(page, 'politie-onwil').getByText('Bronnen (2)').click();
  assert.match(await advice(page, 'politie-onwil').locator('blockquote').first().innerText(), /op voorwaarde dat er reeds overleg en hulp was door het CLB/);
  assert.match(await advice(page, 'politie-onwil').locator('.source__where').first().innerText(), /Brusselse leidraad .*4\.3\.1 Melding politie, r\. \d+-\d+/);
  await advice(page, 'amb-onwil').waitFor();
  assert.equal(await advice(page, 'politie-onwil-nog-niet').count(), 0);

  // The address holds every answer (it is written right after each screen is painted), so a
  // reload keeps them.
  await page.waitForURL(/[?&]b-regio=brussel(&|$)/);
  await page.reload();
  await advice(page, 'politie-onwil').waitFor();

  // Change an earlier answer without starting over: the CLB is not involved yet after all.
  await page.getByRole('link', { name: 'Wijzig het antwoord op: Is het CLB al betrokken?' }).click();
  await expectQuestion(page, 'Is het CLB al betrokken?');
  assert.match(await page.locator('.answer--current').innerText(), /De leerling is aangemeld/);
  await choose(page, 'Nog niet');
  await advice(page, 'politie-onwil-nog-niet').waitFor();
  assert.equal(await advice(page, 'politie-onwil').count(), 0);
  assert.equal(await page.locator('.trail li').count(), 8, 'the later answers were kept');
  assert.match(await page.locator('.trail').innerText(), /Manifeste onwil/);

  // Save under a pseudonymous label, then find it again after a reload.
  await page.getByRole('button', { name: 'Bewaren als raadpleging' }).click();
  assert.match(await page.getByRole('alert').filter({ hasText: 'Geef een label' }).innerText(), /initialen/);
  await page.getByLabel('Label voor deze raadpleging').fill('JD-3B');
  await page.getByRole('button', { name: 'Bewaren als raadpleging' }).click();
  await page.getByText('Bewaard als raadpleging “JD-3B”.').waitFor();
  await waitUntilSaved(page);
  await page.goto(app.server.url('beslisboom'));
  await waitForApp(page);
  await page.getByRole('link', { name: 'JD-3B' }).click();
  await page.getByRole('heading', { level: 1, name: 'Raadpleging “JD-3B”' }).waitFor();
  await page.reload();
  await advice(page, 'politie-onwil-nog-niet').waitFor();
  assert.match(await page.locator('.placement').innerText(), /Fase 2/);
  assert.deepEqual(errors, []);
  await page.close();
});

test('illness with doubtful certificates, by keyboard: copy the outcome as text and print it', async () => {
  const page = await app.browser.context.newPage();
  const errors = watchForErrors(page);
  await app.browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(app.server.url('')).origin });
  await page.goto(app.server.url('beslisboom'));
  await waitForApp(page);
  await page.getByRole('heading', { level: 2, name: 'Welke soort afwezigheid staat bij deze leerling voorop?' }).waitFor();
  await question(page).focus();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expectQuestion(page, 'Hoe ziet de afwezigheid wegens ziekte eruit?');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expectQuestion(page, 'Heeft de school vragen bij de medische attesten?');
  assert.match(await page.locator('.trail').innerText(), /Chronisch: steeds terugkerend/);
  await choose(page, 'Ja: twijfel aan de rechtsgeldigheid');
  await choose(page, 'Nee');
  await choose(page, 'Nog niet');
  await choose(page, 'Terugkeer naar school is in zicht');
  await expectQuestion(page, 'Is het CLB al betrokken?');
  await choose(page, 'Nog niet');

  await page.getByRole('heading', { level: 2, name: 'Waar staat de leerling?' }).waitFor();
  assert.match(await page.locator('.placement').innerText(), /Fase 1: Verhoogde zorg\s+Geoorloofd relatief verzuim \(Z- en D-codes\)/);
  assert.match(await advice(page, 'attest-twijfel').innerText(), /eerst aan de ouders/);
  await advice(page, 'onderwijs-zieke-leerlingen').waitFor();
  await advice(page, 'amb-attest').waitFor();
  assert.equal(await advice(page, 'signaal-clb').count(), 0, 'no B-code duty on the illness track');

  await page.getByRole('button', { name: 'Tekst kopiëren' }).click();
  await page.getByText('Gekopieerd').waitFor();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(copied, /^Beslisboom Verzuimwijzer – /);
  assert.match(copied, /Heeft de school vragen bij de medische attesten\? Ja: twijfel aan de rechtsgeldigheid/);
  assert.match(copied, /Bron: Brusselse leidraad in de opvolging van problematische afwezigheden, 2 Doorverwijzing naar het CLB, r\. \d+/);

  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('.wizard__trail').isVisible(), false, 'the trail is not printed');
  assert.equal(await page.locator('.site-nav').isVisible(), false);
  assert.equal(await advice(page, 'attest-twijfel').locator('.source-print').isVisible(), true, 'sources are written out on paper');
  assert.equal(await page.locator('.print-header').isVisible(), true);
  await page.emulateMedia({ media: 'screen' });
  assert.deepEqual(errors, []);
  await page.close();
});

test('mixed signals that point to school refusal: go back a step, end in phase 3 and say it is a judgement', async () => {
  const page = await app.browser.context.newPage();
  const errors = watchForErrors(page);
  await page.goto(app.server.url('beslisboom'));
  await waitForApp(page);
  await choose(page, 'Onduidelijk of gemengd');
  await expectQuestion(page, 'Welk signaal weegt nu het zwaarst?');
  await choose(page, 'Afwezigheden zonder geldige reden');
  await expectQuestion(page, 'Hoeveel halve dagen B-codes heeft de leerling dit schooljaar?');
  // Second thoughts: back one question, and choose the anxiety.
  await page.getByRole('link', { name: '← Vorige vraag' }).click();
  await expectQuestion(page, 'Welk signaal weegt nu het zwaarst?');
  await choose(page, 'Angst of grote emotionele onrust bij het vooruitzicht naar school te gaan');
  await expectQuestion(page, 'Welke vroege signalen van schoolweigering zie je?');
  await tick(page, ['Een groeiend aantal afwezigheden', 'Afhaken op sociaal vlak']);
  await choose(page, 'Nee, al langere tijd niet meer');
  await expectQuestion(page, 'Met wie zijn de signalen al besproken?');
  await tick(page, ['Met de jongere', 'Met de ouders']);
  await choose(page, 'Het CLB en externe hulpverlening');
  await choose(page, 'Nee: iedereen voelt aan dat school nu geen haalbaar doel is');

  await page.getByRole('heading', { level: 2, name: 'Waar staat de leerling?' }).waitFor();
  assert.match(await page.locator('.placement').innerText(), /Fase 3: Individueel aangepast curriculum\s+Schoolweigering/);
  await advice(page, 'sw-loslaten').waitFor();
  const unclear = page.locator('section.advice--unclear');
  assert.match(await unclear.getByRole('heading').innerText(), /Onduidelijk of niet geregeld in de bronnen/);
  await unclear.locator('[data-advice="amb-gemengd"]').waitFor();
  assert.equal(await page.locator('.trail li').count(), 7);
  assert.doesNotMatch(await page.locator('.trail').innerText(), /zonder geldige reden/, 'the dropped answer is gone');

  // Browser back returns to the previous step.
  await page.goBack();
  await expectQuestion(page, 'Is terugkeer naar school nu een realistisch doel?');
  await page.getByRole('link', { name: 'Opnieuw beginnen' }).click();
  await page.getByRole('heading', { level: 2, name: 'Welke soort afwezigheid staat bij deze leerling voorop?' }).waitFor();
  assert.equal(await page.locator('.trail li').count(), 0);
  assert.deepEqual(errors, []);
  await page.close();
});
