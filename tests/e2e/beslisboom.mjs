// Helpers for the Beslisboom's journeys: the content read from src/content/beslisboom/, a
// small evaluator of its conditions (the same rules as src/domain/decision_tree/condition.rs),
// so a test can say which advice items the facts on screen must show whatever the content
// helpers wrote, and a driver that answers the wizard's steps as a person does.
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

const DIR = fileURLToPath(new URL('../../src/content/beslisboom/', import.meta.url));

export const SITUATION = JSON.parse(readFileSync(join(DIR, 'situatie.json'), 'utf8'));
export const ADVICE = readdirSync(DIR)
  .filter((file) => file.startsWith('advies-') && file.endsWith('.json'))
  .sort()
  .flatMap((file) => JSON.parse(readFileSync(join(DIR, file), 'utf8')));

const fact = (id) => SITUATION.facts.find((f) => f.id === id);
export const question = (id) => SITUATION.questions.find((q) => q.id === id);

/** The facts in a wizard address, as the app reads them. */
export function factsOf(address) {
  const params = new URL(address).searchParams;
  const facts = {};
  for (const f of SITUATION.facts) {
    if (!params.has(f.id)) continue;
    const value = params.get(f.id);
    if (f.kind === 'multi') facts[f.id] = value.split(',').filter(Boolean);
    else if (f.kind === 'number' && /^\d+$/.test(value)) facts[f.id] = Number(value);
    else facts[f.id] = value;
  }
  return facts;
}

const includes = (answer, option) => (Array.isArray(answer) ? answer.includes(option) : answer === option);

/** Whether `condition` holds for `facts` (an unanswered fact makes every test on it false). */
export function holds(condition, facts) {
  if (condition === 'always') return true;
  const [kind, arg] = Object.entries(condition)[0];
  switch (kind) {
    case 'answered': return arg in facts;
    case 'is': return arg[0] in facts && includes(facts[arg[0]], arg[1]);
    case 'one_of': return arg[0] in facts && arg[1].some((o) => includes(facts[arg[0]], o));
    case 'some': {
      const answer = facts[arg];
      return Array.isArray(answer) && answer.some((o) => !fact(arg).options.find((x) => x.id === o)?.exclusive);
    }
    case 'at_least': return typeof facts[arg[0]] === 'number' && facts[arg[0]] >= arg[1];
    case 'below': return typeof facts[arg[0]] === 'number' && facts[arg[0]] < arg[1];
    case 'derived': return holds(SITUATION.derived.find((d) => d.id === arg).when, facts);
    case 'all': return arg.every((c) => holds(c, facts));
    case 'any': return arg.some((c) => holds(c, facts));
    case 'not': return !holds(arg, facts);
    default: throw new Error(`unknown condition ${kind}`);
  }
}

/** The advice the facts must show: { id: done } for every item whose condition holds. */
export function expectedItems(facts) {
  return Object.fromEntries(ADVICE.filter((item) => holds(item.when, facts))
    .map((item) => [item.id, Boolean(item.done_when && holds(item.done_when, facts))]));
}

/** The placements the facts must show, "phase title – track title", in the tracks' order. */
export function expectedPlacements(facts) {
  return SITUATION.tracks.flatMap((track) => {
    const placement = SITUATION.placements.find((p) => p.track === track.id && holds(p.when, facts));
    return placement ? [`${placement.phase_title} – ${track.title}`] : [];
  });
}

/** The advice items on the outcome: { id: done }. */
export async function shownItems(page) {
  return page.evaluate(() => Object.fromEntries([...document.querySelectorAll('.outcome li.advice__item[data-advice]')]
    .map((li) => [li.dataset.advice, li.dataset.done === 'true'])));
}

export const heading = (page) => page.locator('#wizard-vraag');

/** Waits for a new step (its heading focused) and returns its title. */
export async function stepTitle(page) {
  await page.waitForFunction(() => document.activeElement?.id === 'wizard-vraag' || document.activeElement?.id === 'uitkomst');
  return page.evaluate(() => document.activeElement.id === 'uitkomst' ? null : document.activeElement.textContent);
}

/** Answers the step on screen: each fact in `answers` (fact id → option label, number, or
 *  'Weet ik niet'; an array of labels for a multi-choice) and, where `fill` is set, every other
 *  open choice with its option "Nee" or else its first, and every open number with
 *  `fill.number`. Multi-choices not named stay open ("none of these"). An answer can make
 *  another fact appear: it is answered too. Then "Volgende". Returns the facts it answered. */
export async function answerStep(page, answers = {}, fill = { number: 3 }) {
  const answered = [];
  for (let pass = 0; pass < 5; pass += 1) {
    const groups = await page.locator('.question [data-fact]').evaluateAll((nodes) => nodes.map((n) => n.dataset.fact));
    const open = groups.filter((id) => !answered.includes(id));
    if (open.length === 0) break;
    for (const id of open) {
      answered.push(id);
      const group = page.locator(`.question [data-fact="${id}"]`);
      if (!(await group.count())) continue; // an earlier answer made it go
      const f = fact(id);
      const wanted = answers[id];
      if (f.kind === 'number') {
        const input = group.locator('input');
        const pressed = await group.locator('button[aria-pressed="true"]').count();
        if (wanted === 'Weet ik niet') {
          if (!pressed) await group.getByRole('button', { name: f.unknown }).click();
        } else if (wanted !== undefined) {
          await input.fill(String(wanted));
        } else if (fill && !pressed && (await input.inputValue()) === '') {
          await input.fill(String(fill.number));
        }
      } else if (f.kind === 'choice') {
        if (wanted !== undefined) {
          await group.getByRole('radio', { name: wanted, exact: true }).check();
        } else if (fill && (await group.locator('input:checked').count()) === 0) {
          const no = group.getByRole('radio', { name: 'Nee', exact: true });
          await ((await no.count()) ? no : group.locator('input').first()).check();
        }
      } else if (wanted !== undefined) {
        for (const label of wanted) await group.getByRole('checkbox', { name: label, exact: true }).check();
      }
    }
  }
  await page.getByRole('button', { name: 'Volgende', exact: true }).click();
  return answered;
}

/** Answers the step on screen (see answerStep) and waits for the next one: returns its title,
 *  or null for the outcome. Fails when the step shows a message instead. */
export async function nextStep(page, answers = {}, fill = { number: 3 }) {
  const title = await page.locator('#wizard-vraag').textContent();
  await answerStep(page, answers, fill);
  await page.waitForFunction((before) => {
    const active = document.activeElement;
    return active?.id === 'uitkomst' || (active?.id === 'wizard-vraag' && active.textContent !== before)
      || document.querySelector('.question .field-error:not(:empty)');
  }, title);
  const errors = page.locator('.question .field-error:not(:empty)');
  if (await errors.count()) throw new Error(`step "${title}" did not go on: ${await errors.first().textContent()}`);
  return stepTitle(page);
}

/** Answers steps until the outcome; returns the titles of the steps met. */
export async function walkToOutcome(page, answers = {}, fill = { number: 3 }) {
  const titles = [];
  let title = await stepTitle(page);
  for (let i = 0; i < 20 && title !== null; i += 1) {
    titles.push(title);
    title = await nextStep(page, answers, fill);
  }
  if (title !== null) throw new Error('no outcome after 20 steps');
  return titles;
}
