// Takes a full-page screenshot of every page at tablet and phone size into screenshots/, and
// of the pages holding data (print views in print media), and of the Beslisboom's screens that
// only a journey reaches: a run from a dossier, the save form with the dossier's updates, and
// what a change did. Run through `./dev shots`, then look at them.
//
//   SHOTS_DIR=/tmp/shots        where to write (default screenshots/)
//   SHOTS_ONLY=beslisboom       only the pages whose name starts with this
//   SHOTS_VIEWPORTS=all         also at 768×1024 upright, 1366×1024 and 200% zoom
//   SHOTS_FIRST_SCREEN=1        also the first screen only (what shows without scrolling)
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { startServer, startBrowser, waitForApp, seedWorkspace } from './e2e/support.mjs';
import { PAGES, SEEDED_PAGES, VIEWPORTS, LAYOUT_VIEWPORTS, seededWorkspace } from './pages.mjs';
import { walkToOutcome, nextStep } from './e2e/beslisboom.mjs';

const out = process.env.SHOTS_DIR ? `${process.env.SHOTS_DIR.replace(/\/$/, '')}/` : fileURLToPath(new URL('../screenshots/', import.meta.url));
const only = process.env.SHOTS_ONLY ?? '';
const viewports = process.env.SHOTS_VIEWPORTS === 'all' ? LAYOUT_VIEWPORTS : VIEWPORTS;
const firstScreen = Boolean(process.env.SHOTS_FIRST_SCREEN);
await mkdir(out, { recursive: true });
const server = await startServer();
const browser = await startBrowser();
try {
  const page = await browser.context.newPage();
  const shoot = async (name, viewport) => {
    const file = `${out}${name}-${viewport.name}.png`;
    await page.screenshot({ path: file, fullPage: true });
    console.log(file);
    if (firstScreen) {
      const first = `${out}${name}-${viewport.name}-scherm.png`;
      await page.screenshot({ path: first });
      console.log(first);
    }
  };
  for (const viewport of viewports) {
    await page.setViewportSize(viewport);
    for (const { name, path } of PAGES.filter((p) => p.name.startsWith(only))) {
      await page.goto(server.url(path));
      await waitForApp(page);
      await shoot(name, viewport);
    }
  }
  const workspace = await seededWorkspace();
  await seedWorkspace(page, workspace);
  for (const viewport of viewports) {
    await page.setViewportSize(viewport);
    for (const { name, path, print } of SEEDED_PAGES.filter((p) => p.name.startsWith(only))) {
      await page.goto(server.url(path));
      await waitForApp(page);
      await page.emulateMedia({ media: print ? 'print' : 'screen' });
      await shoot(name, viewport);
      await page.emulateMedia({ media: 'screen' });
    }
    if (!'beslisboom'.startsWith(only) && !only.startsWith('beslisboom')) continue;
    // A run from the dossier: what the dossier says, then the outcome with the save form open.
    await page.goto(server.url('leerlingen/dossier-jd'));
    await waitForApp(page);
    await page.getByRole('link', { name: 'Beslisboom voor deze leerling' }).click();
    await page.getByTestId('wizard-dossier').waitFor();
    await page.locator('#wizard-vraag').waitFor();
    await shoot('beslisboom-dossier', viewport);
    await walkToOutcome(page, { soort: ['Afwezig zonder geldige reden (B-codes)'], regio: 'Brussel' });
    await shoot('beslisboom-dossier-uitkomst', viewport);
    await page.getByRole('button', { name: 'Bewaren als raadpleging' }).click();
    await page.locator('#bewaren').waitFor();
    await shoot('beslisboom-bewaren', viewport);
    // A change on the outcome, and what it changed.
    await page.locator('.wizard__trail').getByRole('link', { name: /^Wijzig: Wat er al gebeurde/ }).click();
    await page.locator('#wizard-vraag').waitFor();
    await page.locator('[data-fact="traject"]').getByRole('radio', { name: 'Het werkt: de afwezigheden nemen af' }).check();
    await nextStep(page);
    await page.locator('[data-testid="changes"]').waitFor();
    await shoot('beslisboom-wijziging', viewport);
  }
} finally {
  await browser.close();
  await server.close();
}
