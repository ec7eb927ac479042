// Takes a full-page screenshot of every page at tablet and phone size into screenshots/, and
// of the Zelfscan's pages holding a fully filled scan (print view in print media).
// Run through `./dev shots`, then look at them.
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { startServer, startBrowser, waitForApp, fullScanWorkspace, seedWorkspace } from './e2e/support.mjs';
import { PAGES, VIEWPORTS } from './pages.mjs';

const SCAN_PAGES = [
  { name: 'zelfscan-lijst', path: 'zelfscan' },
  { name: 'zelfscan-scan', path: 'zelfscan/scan-volledig' },
  { name: 'zelfscan-doel', path: 'zelfscan/scan-volledig/doel/fase-0-verbindend-schoolklimaat' },
  { name: 'zelfscan-overzicht', path: 'zelfscan/scan-volledig/overzicht' },
  { name: 'zelfscan-afdruk', path: 'zelfscan/scan-volledig/afdruk/overzicht', print: true },
];

const B_PATH = 'soort=ongeoorloofd&b-aantal=12&b-gedaan=gesprek-leerling,dossier&b-ouders=onwil&b-traject=werkt-niet&b-signalen=snel,vorige-jaren&b-clb=begeleiding&b-regio=brussel';
const WIZARD_PAGES = [
  { name: 'beslisboom-getal', path: 'beslisboom?soort=ongeoorloofd' },
  { name: 'beslisboom-meerkeuze', path: 'beslisboom?soort=ongeoorloofd&b-aantal=12&b-gedaan=gesprek-leerling&b-ouders=onwil&b-traject=werkt-niet' },
  { name: 'beslisboom-keuze', path: 'beslisboom?soort=ongeoorloofd&b-aantal=12&b-gedaan=gesprek-leerling&b-ouders=onwil&b-traject=werkt-niet&b-signalen=snel&wijzig=b-ouders' },
  { name: 'beslisboom-uitkomst', path: `beslisboom?${B_PATH}` },
  { name: 'beslisboom-afdruk', path: `beslisboom?${B_PATH}`, print: true },
  { name: 'leerlingen-lijst', path: 'leerlingen' },
  { name: 'leerling-dossier', path: 'leerlingen/dossier-jd' },
  { name: 'leerling-checklist', path: 'leerlingen/dossier-jd/checklist' },
  { name: 'leerling-checklist-afdruk', path: 'leerlingen/dossier-jd/checklist?versie=beknopt', print: true },
];

const out = fileURLToPath(new URL('../screenshots/', import.meta.url));
await mkdir(out, { recursive: true });
const server = await startServer();
const browser = await startBrowser();
try {
  const page = await browser.context.newPage();
  const shoot = async (name, viewport) => {
    const file = `${out}${name}-${viewport.name}.png`;
    await page.screenshot({ path: file, fullPage: true });
    console.log(file);
  };
  for (const viewport of VIEWPORTS) {
    await page.setViewportSize(viewport);
    for (const { name, path } of PAGES) {
      await page.goto(server.url(path));
      await waitForApp(page);
      await shoot(name, viewport);
    }
  }
  const workspace = await fullScanWorkspace();
  workspace.dossiers.push({
    id: 'dossier-jd', label: 'JD-4', class_name: '3B', school_year: '2026-2027', created_at: '2026-11-25T09:00:00Z',
    absences: { B: 7, P: 1, R: 0, Z: 3, D: 0, L: 2 }, last_six_weeks: 9, september_october: 4, warning_signs: ['verleden'],
    measures: [
      { id: 'm1', date: '2026-09-22', what: 'Melding van afwezigheden', by: 'secretariaat', toward: 'ouders', result: 'Sms verstuurd, geen antwoord' },
      { id: 'm2', date: '2026-10-06', what: 'Reden afwezigheid bevraagd/besproken (gesprek)', by: 'klastitularis', toward: 'beiden', result: 'Afspraak: elke maandag een kort gesprek' },
    ],
  });
  await seedWorkspace(page, workspace);
  for (const viewport of VIEWPORTS) {
    await page.setViewportSize(viewport);
    for (const { name, path, print } of [...SCAN_PAGES, ...WIZARD_PAGES]) {
      await page.goto(server.url(path));
      await waitForApp(page);
      await page.emulateMedia({ media: print ? 'print' : 'screen' });
      await shoot(name, viewport);
      await page.emulateMedia({ media: 'screen' });
    }
  }
} finally {
  await browser.close();
  await server.close();
}
