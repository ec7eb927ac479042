// Journeys through the Beslisboom, as a CLB worker in a care meeting: a run from a pupil's
// dossier (filled in from it, saved into it with consent), changing an answer on the outcome
// and reading what it changed, "Weet ik niet", where the outcome lands on a phone and a
// tablet, reload and back, checking a step, copy and print, and saved consultations of both
// trees. The advice is content that is still being written: the tests compute the items the
// facts must show from src/content/beslisboom/ (tests/e2e/beslisboom.mjs) rather than name them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, watchForErrors, waitForApp, waitUntilSaved, seedWorkspace } from './support.mjs';
import {
  SITUATION, ADVICE, answerStep, nextStep, walkToOutcome, stepTitle, factsOf, expectedItems, expectedPlacements, shownItems, question,
} from './beslisboom.mjs';

const app = useApp();

const AT = '2026-11-25T09:00:00Z';
const today = () => {
  const d = new Date();
  return `${String(d.getDate()).padStart(2, '0')}-${String(d.getMonth() + 1).padStart(2, '0')}-${d.getFullYear()}`;
};

/** A pupil's dossier as the school keeps it: 7 half days of B-codes, a home visit to the pupil,
 *  the parents unreachable (a knipperlicht), the school's trajectory not working, and, unless
 *  `signalled` is false, the signal to the CLB on 8 October. */
function dossier({ id = 'dossier-jd', label = 'JD-4', signalled = true } = {}) {
  return {
    id, label, class_name: '3B', school_year: '2026-2027', created_at: AT, updated_at: AT,
    absences: { B: 7, Z: 0 }, warning_signs: ['ouders-niet-bereikbaar'],
    signalled_on: signalled ? '2026-10-08' : null,
    checklist: { 'traject-rendeert-niet': { checked: true, options: [], counts: {} } },
    measures: [{ id: 'm1', date: '2026-10-06', what: 'Huisbezoek', by: 'leerlingbegeleider', toward: 'leerling', result: 'Niemand thuis' }],
    consultation_ids: [],
  };
}

function workspace({ dossiers = [], consultations = [] } = {}) {
  return { schema_version: 4, created_at: AT, updated_at: AT, organisation_name: 'De Linde', self_scans: [], dossiers, consultations };
}

async function openSeeded(page, data, path) {
  await page.goto(app.server.url(''));
  await waitForApp(page);
  await seedWorkspace(page, data);
  await page.goto(app.server.url(path));
  await waitForApp(page);
}

async function startFromDossier(page, id = 'dossier-jd') {
  await page.goto(app.server.url(`leerlingen/${id}`));
  await waitForApp(page);
  await page.getByRole('link', { name: 'Beslisboom voor deze leerling' }).click();
  await page.getByTestId('wizard-dossier').waitFor();
}

const outcomeTitle = (page) => page.locator('#uitkomst');
const placementText = (page) => page.locator('.placement').innerText();
const trail = (page) => page.locator('.wizard__trail');

/** The outcome must show exactly the items and placements the facts in the address call for. */
async function assertOutcomeFitsFacts(page) {
  const facts = factsOf(page.url());
  assert.deepEqual(await shownItems(page), expectedItems(facts), 'the outcome shows the items whose conditions hold');
  const placements = await page.locator('.placement__item').evaluateAll((items) => items.map((item) => {
    const [phase, track] = [...item.querySelectorAll('.placement__where > *')].map((n) => n.textContent);
    return `${phase} – ${track}`;
  }));
  assert.deepEqual(placements, expectedPlacements(facts));
  return facts;
}

test('from a dossier: filled in from it, only the unknown asked, saved into it with the updates the user ticks', async () => {
  const page = await app.browser.context.newPage();
  const errors = watchForErrors(page);
  await openSeeded(page, workspace({ dossiers: [dossier()] }), 'leerlingen');
  await startFromDossier(page);
  await page.getByTestId('wizard-dossier').getByText('Voor leerling JD-4.').waitFor();

  // What the dossier says is filled in, shown with a way to change it.
  const known = page.getByTestId('from-dossier');
  await known.getByRole('heading', { name: 'Uit het dossier' }).waitFor();
  const box = await known.innerText();
  assert.match(box, /Hoeveel halve dagen B-codes heeft de leerling dit schooljaar\?\s+7 halve dagen/);
  assert.match(box, /Zijn de ouders bereikbaar\?\s+Nee, ook niet na het nakijken van de contactgegevens/);
  assert.match(box, /Hoe loopt het begeleidend traject van de school\?\s+Het rendeert niet/);
  assert.match(box, /Hoe is het CLB al betrokken\?\s+Gesignaleerd/);
  assert.match(box, /Wat deed de school al\?\s+Een eerste gesprek met de leerling/);
  assert.ok(await known.getByRole('link', { name: /^Wijzig: Hoe is het CLB al betrokken/ }).count() === 1);
  // The run's address holds the facts (so reload and back work), never the dossier.
  await page.waitForURL(/[?&]b-dit-jaar=7(&|$)/);
  assert.doesNotMatch(page.url(), /dossier-jd/);

  const titles = await walkToOutcome(page, { regio: 'Brussel', soort: ['Afwezig zonder geldige reden (B-codes)'], aanwezig: 'Nee, de leerling komt niet meer naar school' });
  // Every fact of "Wat er al gebeurde" came from the dossier: that step is never asked.
  assert.ok(!titles.includes(question('aanpak').title), `asked: ${titles.join(', ')}`);
  assert.ok(titles.length >= 2);
  const facts = await assertOutcomeFitsFacts(page);
  assert.equal(facts['b-dit-jaar'], 7);
  assert.equal(facts.clb, 'gesignaleerd');
  const [placement] = expectedPlacements(facts);

  // Save: the label is the dossier's; what the answers add to the dossier is listed, ticked.
  await page.getByRole('button', { name: 'Bewaren als raadpleging' }).click();
  assert.equal(await page.getByLabel('Label voor deze raadpleging').inputValue(), 'JD-4');
  const updates = page.getByTestId('dossier-updates');
  await updates.getByText('Ook in het dossier zetten').waitFor();
  const talk = updates.getByRole('checkbox', { name: 'Checklist PA, Acties ondernomen naar de leerling toe: Reden afwezigheid bevraagd/besproken (gesprek)' });
  assert.equal(await talk.isChecked(), true);
  assert.equal(await updates.locator('input:not(:checked)').count(), 0, 'every update is ticked at first');
  // When the wizard asked whether the pupil still comes to school, that is a reason to register too.
  const gone = 'Checklist PA, reden van aanmelding: De leerling komt niet meer naar school';
  assert.equal(await updates.getByRole('checkbox', { name: gone }).count(), facts.aanwezig === 'nee' ? 1 : 0);
  await page.getByRole('button', { name: 'Bewaren', exact: true }).click();
  const saved = page.getByTestId('saved-notice');
  await saved.getByText('Bewaard als raadpleging “JD-4”.').waitFor();
  assert.match(await saved.innerText(), /In het dossier gezet:\s+Checklist PA, Acties ondernomen naar de leerling toe/);
  await waitUntilSaved(page);

  // The dossier lists the consultation with its date and placement, and has what was ticked.
  await saved.getByRole('link', { name: 'Naar het dossier' }).click();
  await page.getByRole('heading', { level: 1, name: 'Leerling JD-4' }).waitFor();
  const listed = page.getByTestId('dossier-consultation');
  assert.equal(await listed.count(), 1);
  const line = (await listed.innerText()).replace(/\s+/g, ' ');
  assert.match(line, new RegExp(`JD-4 ?${today()} om \\d\\d:\\d\\d · `));
  assert.ok(line.includes(placement), `${line} has ${placement}`);
  await page.getByRole('link', { name: 'Checklist PA bij aanmelding CLB' }).click();
  await page.getByRole('heading', { level: 1, name: /Checklist PA bij aanmelding CLB/ }).waitFor();
  const toPupil = page.locator('.checklist__item').filter({ hasText: 'Acties ondernomen naar de leerling toe' });
  assert.equal(await toPupil.getByLabel('Reden afwezigheid bevraagd/besproken (gesprek)').isChecked(), true);
  assert.equal(await page.getByLabel('De leerling komt niet meer naar school').isChecked(), facts.aanwezig === 'nee');
  assert.deepEqual(errors, []);
  await page.close();
});

test('from a dossier without a signal date: the signal given in the wizard dates it in the dossier; Opnieuw beginnen refills', async () => {
  const page = await app.browser.context.newPage();
  const errors = watchForErrors(page);
  await openSeeded(page, workspace({ dossiers: [dossier({ id: 'dossier-kl', label: 'KL-2', signalled: false })] }), 'leerlingen');
  await startFromDossier(page, 'dossier-kl');
  await page.waitForURL(/[?&]b-dit-jaar=7(&|$)/);
  const titles = await walkToOutcome(page, { clb: 'Gesignaleerd (bv. op de lijst), niet aangemeld voor begeleiding' });
  assert.ok(titles.includes(question('aanpak').title), 'the CLB is asked: the dossier has no signal');
  await page.getByRole('button', { name: 'Bewaren als raadpleging' }).click();
  const updates = page.getByTestId('dossier-updates');
  const signal = updates.getByRole('checkbox', { name: new RegExp(`^Signaal aan het CLB: ${today()}`) });
  assert.equal(await signal.isChecked(), true);
  // The user leaves one out: it stays out of the dossier.
  await updates.getByRole('checkbox', { name: /^Checklist PA, Acties ondernomen naar de leerling toe/ }).uncheck();
  await page.getByRole('button', { name: 'Bewaren', exact: true }).click();
  const saved = page.getByTestId('saved-notice');
  await saved.waitFor();
  assert.match(await saved.innerText(), /In het dossier gezet:\s+[^]*Signaal aan het CLB/);
  assert.doesNotMatch(await saved.innerText(), /Acties ondernomen/);
  await waitUntilSaved(page);

  // "Opnieuw beginnen" stays with the pupil and starts again from what the dossier says now.
  await trail(page).getByRole('link', { name: 'Opnieuw beginnen' }).click();
  await page.getByTestId('from-dossier').waitFor();
  assert.match(await page.getByTestId('from-dossier').innerText(), /Hoe is het CLB al betrokken\?\s+Gesignaleerd/);
  await page.getByTestId('wizard-dossier').getByText('Voor leerling KL-2.').waitFor();

  await page.getByTestId('wizard-dossier').getByRole('link', { name: 'Terug naar het dossier' }).click();
  await page.getByRole('heading', { level: 1, name: 'Leerling KL-2' }).waitFor();
  await page.getByTestId('absence-facts').getByText(`Signaal aan het CLB gegeven op ${today()}.`).waitFor();
  await page.getByRole('link', { name: 'Checklist PA bij aanmelding CLB' }).click();
  const toPupil = page.locator('.checklist__item').filter({ hasText: 'Acties ondernomen naar de leerling toe' });
  assert.equal(await toPupil.getByLabel('Reden afwezigheid bevraagd/besproken (gesprek)').isChecked(), false, 'left out by the user');
  assert.deepEqual(errors, []);
  await page.close();
});

test('changing an answer on the outcome says what it changed: new and dropped items, the placement', async () => {
  const page = await app.browser.context.newPage();
  const errors = watchForErrors(page);
  await page.goto(app.server.url('beslisboom'));
  await waitForApp(page);
  const answers = {
    regio: 'Brussel', ingeschreven: 'Ja, ingeschreven in een school', soort: ['Afwezig zonder geldige reden (B-codes)'],
    'b-dit-jaar': 6, aanwezig: 'Ja, met afwezigheden', 'weigert-begeleiding': 'Nee', traject: 'Gestart: te vroeg om te zeggen', clb: 'Nog niet',
    opname: 'Nee',
  };
  await walkToOutcome(page, answers);
  const before = await assertOutcomeFitsFacts(page);
  assert.match(await placementText(page), /Fase 1: Verhoogde zorg\s+Ongeoorloofd relatief verzuim \(B-codes\)/);
  assert.equal(await page.getByTestId('changes').count(), 0, 'no notice before a change');

  // The trajectory does not work after all.
  await trail(page).getByRole('link', { name: `Wijzig: ${question('aanpak').title}` }).click();
  assert.equal(await stepTitle(page), question('aanpak').title);
  const traject = page.locator('[data-fact="traject"]');
  assert.equal(await traject.getByRole('radio', { name: 'Gestart: te vroeg om te zeggen' }).isChecked(), true, 'the earlier answer is there');
  await traject.getByRole('radio', { name: 'Het rendeert niet: de afwezigheden blijven toenemen' }).check();
  await page.getByRole('button', { name: 'Volgende', exact: true }).click();
  await walkToOutcome(page, answers);
  const after = await assertOutcomeFitsFacts(page);

  const notice = page.getByTestId('changes');
  await notice.getByRole('heading', { name: 'Wat deze wijziging veranderde' }).waitFor();
  assert.match(await notice.innerText(), /Plaats: .*Fase 1: Verhoogde zorg – Ongeoorloofd relatief verzuim \(B-codes\).* → .*Fase 2: Uitbreiding van zorg – Ongeoorloofd relatief verzuim \(B-codes\)/s);
  const [was, now] = [expectedItems(before), expectedItems(after)];
  const listed = (kind) => notice.locator(`[data-changes="${kind}"] [data-advice]`).evaluateAll((items) => items.map((i) => i.dataset.advice).sort());
  const advised = (set) => Object.keys(set).filter((id) => !set[id]);
  assert.deepEqual(await listed('added'), advised(now).filter((id) => !(id in was)).sort());
  assert.deepEqual(await listed('removed'), Object.keys(was).filter((id) => !(id in now)).sort());
  assert.deepEqual(await listed('done'), Object.keys(now).filter((id) => now[id] && !was[id]).sort());
  if (ADVICE.length) assert.ok((await listed('added')).length + (await listed('removed')).length > 0, 'the change changed the advice');
  assert.deepEqual(errors, []);
  await page.close();
});

test('"Weet ik niet" for a number and a choice still reaches an outcome, with the items for not knowing', async () => {
  const page = await app.browser.context.newPage();
  const errors = watchForErrors(page);
  await page.goto(app.server.url('beslisboom'));
  await waitForApp(page);
  await walkToOutcome(page, {
    ingeschreven: 'Weet ik niet', soort: ['Ziekte: langdurig, chronisch of vaak (Z- en D-codes)'], 'b-dit-jaar': 'Weet ik niet',
    leeftijd: 'Weet ik niet', aanwezig: 'Weet ik niet',
  });
  const facts = await assertOutcomeFitsFacts(page);
  assert.equal(facts.ingeschreven, 'weet-niet');
  assert.equal(facts['b-dit-jaar'], 'weet-niet', 'the B-codes are asked while the reason is illness');
  assert.match(await trail(page).innerText(), /Hoeveel halve dagen B-codes heeft de leerling dit schooljaar\?\s+Weet ik niet/);
  assert.match(await trail(page).innerText(), /Is de leerling in een school ingeschreven\?\s+Weet ik niet/);
  assert.deepEqual(errors, []);
  await page.close();
});

test('the outcome lands at its heading: on a phone its top is on screen; on a tablet the first next step too', async () => {
  const page = await app.browser.context.newPage();
  const errors = watchForErrors(page);
  for (const viewport of [{ width: 390, height: 844 }, { width: 1024, height: 768 }]) {
    await page.setViewportSize(viewport);
    await page.goto(app.server.url('beslisboom'));
    await waitForApp(page);
    await walkToOutcome(page, { soort: ['Afwezig zonder geldige reden (B-codes)'], 'b-dit-jaar': 12, aanwezig: 'Ja, met afwezigheden' });
    await page.waitForFunction(() => document.activeElement?.id === 'uitkomst');
    const top = await outcomeTitle(page).evaluate((h) => h.getBoundingClientRect().top);
    assert.ok(top >= 0 && top < 80, `${viewport.width}: the outcome's heading is at the top (${top})`);
    if (viewport.width === 1024) {
      // The placement and the first next step fit on the first screen.
      const placement = await page.locator('.placement').evaluate((p) => p.getBoundingClientRect().bottom);
      assert.ok(placement < viewport.height, `the placement ends at ${placement}`);
      const first = page.locator('#uitkomst-nu').locator('xpath=ancestor::details').locator('.advice__item').first();
      if (await first.count()) {
        const bottom = await first.evaluate((item) => item.querySelector('.advice__text').getBoundingClientRect().bottom);
        assert.ok(bottom <= viewport.height, `the first next step ends at ${bottom}`);
      } else {
        const toolbar = await page.locator('.outcome__toolbar').evaluate((t) => t.getBoundingClientRect().bottom);
        assert.ok(toolbar <= viewport.height, `no next steps in the content yet; the toolbar ends at ${toolbar}`);
      }
    }
  }
  await page.setViewportSize({ width: 1024, height: 768 });
  assert.deepEqual(errors, []);
  await page.close();
});

test('reload keeps the facts; back returns to the previous step with its answers', async () => {
  const page = await app.browser.context.newPage();
  const errors = watchForErrors(page);
  await page.goto(app.server.url('beslisboom'));
  await waitForApp(page);
  const first = await stepTitle(page);
  assert.equal(first, question('school').title);
  await page.locator('.question p.question__step').getByText('Vraag 1').waitFor();
  await answerStep(page, { ingeschreven: 'Ja, ingeschreven in een school' });
  const second = await stepTitle(page);
  assert.notEqual(second, first);
  await page.locator('.question__step').getByText('Vraag 2').waitFor();
  await page.waitForURL(/[?&]ingeschreven=ja(&|$)/);

  await page.reload();
  await waitForApp(page);
  assert.equal(await stepTitle(page), second, 'a reload shows the same step');
  assert.match(await trail(page).innerText(), /Is de leerling in een school ingeschreven\?\s+Ja, ingeschreven in een school/);

  await page.goBack();
  assert.equal(await stepTitle(page), first, 'back returns to the previous step');
  assert.equal(await page.locator('[data-fact="ingeschreven"]').getByRole('radio', { name: 'Ja, ingeschreven in een school' }).isChecked(), true,
    'with the answer given there');
  await page.goForward();
  assert.equal(await stepTitle(page), second);
  assert.deepEqual(errors, []);
  await page.close();
});

test('a step: an open choice or number is named beside it, a fact appears when an answer makes it matter, "Weet ik niet" clears the others', async () => {
  const page = await app.browser.context.newPage();
  const errors = watchForErrors(page);
  await page.goto(app.server.url('beslisboom'));
  await waitForApp(page);
  await stepTitle(page);
  await page.getByRole('button', { name: 'Volgende', exact: true }).click();
  const school = page.locator('[data-fact="ingeschreven"]');
  assert.equal(await school.locator('.field-error').innerText(), 'Kies een antwoord.');
  // The focus goes to the first open fact; arrow keys move through its options.
  const first = await page.locator('.question [data-fact]').evaluateAll((groups) => groups
    .find((g) => g.querySelector('.field-error')?.textContent)?.dataset.fact);
  assert.equal(await page.evaluate(() => document.activeElement.name), `feit-${first}`, 'the focus goes to the open fact');
  await page.keyboard.press('ArrowDown');
  await page.waitForFunction((id) => document.querySelector(`[data-fact="${id}"] input:checked`), first);
  await school.getByRole('radio', { name: 'Ja, ingeschreven in een school' }).check();
  assert.equal(await school.locator('.field-error').innerText(), '', 'the message goes once answered');

  // Walk to the illness step, then check its facts there.
  const illness = question('ziekte').title;
  let title = await page.locator('#wizard-vraag').textContent();
  for (let i = 0; i < 10 && title !== illness; i += 1) {
    title = await nextStep(page, { soort: ['Ziekte: langdurig, chronisch of vaak (Z- en D-codes)'] });
  }
  assert.equal(title, illness);
  const discharge = page.locator('[data-fact="ontslagdatum"]');
  assert.equal(await discharge.count(), 0, 'the date of discharge matters only while the pupil is in hospital');
  if (JSON.stringify(ADVICE).includes('"ontslagdatum"')) {
    await page.locator('[data-fact="opname"]').getByRole('radio', { name: 'Ja, nu' }).check();
    await discharge.waitFor();
    await page.locator('[data-fact="opname"]').getByRole('radio', { name: 'Nee', exact: true }).check();
    await discharge.waitFor({ state: 'detached' });
  }

  const kind = page.locator('[data-fact="ziekte-aard"]');
  await kind.getByRole('checkbox', { name: 'Een langdurige afwezigheid' }).check();
  await kind.getByRole('checkbox', { name: 'Korte, losse ziektedagen' }).check();
  await kind.getByRole('checkbox', { name: 'Weet ik niet' }).check();
  assert.equal(await kind.locator('input:checked').count(), 1, '"Weet ik niet" clears the others');
  await kind.getByRole('checkbox', { name: 'Korte, losse ziektedagen' }).check();
  assert.equal(await kind.getByRole('checkbox', { name: 'Weet ik niet' }).isChecked(), false, 'and another option clears it');
  assert.deepEqual(errors, []);
  await page.close();
});

test('copy and print carry the label and the date; each item\'s sources are one tap away', async () => {
  const page = await app.browser.context.newPage();
  const errors = watchForErrors(page);
  await app.browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(app.server.url('')).origin });
  await page.goto(app.server.url('beslisboom'));
  await waitForApp(page);
  await walkToOutcome(page, { soort: ['Afwezig zonder geldige reden (B-codes)'], 'b-dit-jaar': 9 });
  await page.getByRole('button', { name: 'Bewaren als raadpleging' }).click();
  await page.getByRole('button', { name: 'Bewaren', exact: true }).click();
  assert.match(await page.getByRole('alert').filter({ hasText: 'Geef een label' }).innerText(), /initialen/);
  await page.getByLabel('Label voor deze raadpleging').fill('AB-7');

  await page.getByRole('button', { name: 'Tekst kopiëren' }).click();
  await page.getByText('Gekopieerd').waitFor();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.ok(copied.startsWith(`Beslisboom – AB-7 – ${today()}\n`), copied.slice(0, 80));
  assert.ok(copied.includes(`Waar staat de leerling?\n${expectedPlacements(factsOf(page.url()))[0]}\n`));
  // Every answer, by its question.
  for (const id of Object.keys(factsOf(page.url()))) {
    const text = SITUATION.facts.find((f) => f.id === id).text;
    assert.ok(copied.includes(`\n- ${text} `), `the copied text answers "${text}"`);
  }

  // The placement's sources: document, section, lines and the passage.
  const placement = page.locator('.placement__item').first();
  await placement.locator('summary').click();
  assert.match(await placement.locator('.source__where').first().innerText(), /, r\. \d+/);
  assert.ok((await placement.locator('blockquote').first().innerText()).length > 20);
  const item = page.locator('.advice__item').first();
  if (await item.count()) {
    await item.locator('summary').click();
    await item.locator('blockquote').first().waitFor();
  }

  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('.wizard__trail').isVisible(), false, 'the trail is not printed');
  assert.equal(await page.locator('.outcome__toolbar').isVisible(), false);
  assert.equal(await page.locator('.site-nav').isVisible(), false);
  assert.equal(await page.locator('.print-title').innerText(), `Beslisboom – AB-7 – ${today()}`);
  assert.equal(await page.locator('.situation').isVisible(), true, 'the answers are printed');
  assert.equal(await placement.locator('.source-print').isVisible(), true, 'sources are written out on paper');
  const wide = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.equal(wide, 0, 'nothing wider than the page');
  await page.emulateMedia({ media: 'screen' });

  await page.getByRole('button', { name: 'Bewaren', exact: true }).click();
  await page.getByTestId('saved-notice').getByText('Bewaard als raadpleging “AB-7”.').waitFor();
  await waitUntilSaved(page);
  assert.deepEqual(errors, []);
  await page.close();
});

test('saved consultations: one of the facts reads as the outcome, read-only; one of the first tree as it was advised', async () => {
  const page = await app.browser.context.newPage();
  const errors = watchForErrors(page);
  const facts = { soort: ['ongewettigd'], 'b-dit-jaar': 12, traject: 'rendeert-niet', clb: 'geen' };
  await openSeeded(page, workspace({
    consultations: [
      { id: 'raadpleging-2', label: 'JD-4', created_at: '2026-11-30T10:00:00Z', updated_at: '2026-11-30T10:00:00Z', tree: 2, facts },
      { id: 'raadpleging-1', label: 'OUD-1', created_at: '2026-10-09T10:00:00Z', updated_at: '2026-10-09T10:00:00Z', tree: 1,
        answers: { soort: 'ongeoorloofd', 'b-aantal': 7, 'b-gedaan': ['gesprek-leerling', 'dossier'], 'b-ouders': 'onwil', 'b-traject': 'werkt-niet', 'b-signalen': ['snel', 'vorige-jaren'], 'b-clb': 'begeleiding', 'b-regio': 'brussel' } },
    ],
  }), 'beslisboom');
  const list = page.locator('.saved-consultations');
  await list.getByRole('link', { name: 'JD-4' }).waitFor();
  assert.match(await list.innerText(), /JD-4\s+30-11-2026 om \d\d:\d\d · Fase 2: Uitbreiding van zorg – Ongeoorloofd relatief verzuim \(B-codes\)/);
  assert.match(await list.innerText(), /OUD-1\s+09-10-2026 om \d\d:\d\d · Fase \d/);

  await list.getByRole('link', { name: 'JD-4' }).click();
  await page.getByRole('heading', { level: 1, name: 'Raadpleging “JD-4”' }).waitFor();
  assert.match(await placementText(page), /Fase 2: Uitbreiding van zorg/);
  assert.deepEqual(await shownItems(page), expectedItems(facts));
  assert.equal(await page.getByRole('button', { name: 'Bewaren als raadpleging' }).count(), 0, 'read-only');
  assert.match(await page.locator('.situation').innerText(), /Hoe loopt het begeleidend traject van de school\?\s+Het rendeert niet/);
  await page.getByRole('link', { name: 'Antwoorden aanpassen' }).click();
  await stepTitle(page);
  assert.deepEqual(factsOf(page.url()), facts);

  await page.goto(app.server.url('beslisboom/raadpleging/raadpleging-1'));
  await page.getByRole('heading', { level: 1, name: 'Raadpleging “OUD-1”' }).waitFor();
  await page.getByText('gemaakt met de eerste versie van de beslisboom').waitFor();
  assert.match(await placementText(page), /Fase \d: .*\s+Ongeoorloofd relatief verzuim \(B-codes\)/);
  assert.ok(await page.locator('.advice__item').count() > 3, 'the first tree\'s advice, as it was');
  assert.match(await page.locator('.situation').innerText(), /Hoeveel halve dagen B-codes .*\s+7 halve dagen/);
  assert.equal(await page.getByRole('link', { name: 'Antwoorden aanpassen' }).count(), 0);
  assert.deepEqual(errors, []);
  await page.close();
});

// The situation file the tests above rely on.
test('the situation file has the facts these journeys answer', () => {
  for (const id of ['regio', 'ingeschreven', 'soort', 'b-dit-jaar', 'aanwezig', 'traject', 'clb', 'opname', 'ontslagdatum', 'ziekte-aard']) {
    assert.ok(SITUATION.facts.some((f) => f.id === id), id);
  }
});
