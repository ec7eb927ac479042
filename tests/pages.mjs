// The app's pages, shared by the end-to-end tests, the screenshots and the benchmark.
import { fullScanWorkspace } from './e2e/support.mjs';

export const PAGES = [
  { name: 'start', nav: 'Start', path: '', heading: 'Samen problematische afwezigheid aanpakken' },
  { name: 'zelfscan', nav: 'Zelfscan', path: 'zelfscan', heading: 'Zelfscan' },
  { name: 'beslisboom', nav: 'Beslisboom', path: 'beslisboom', heading: 'Beslisboom' },
  { name: 'leerlingen', nav: 'Leerlingen', path: 'leerlingen', heading: 'Leerlingen' },
  { name: 'gegevens', nav: 'Gegevens', path: 'gegevens', heading: 'Gegevens' },
  { name: 'over', nav: 'Over', path: 'over', heading: 'Over Verzuimwijzer' },
];

export const VIEWPORTS = [
  { name: 'tablet', width: 1024, height: 768 },
  { name: 'phone', width: 390, height: 844 },
];

// Where the layout must hold, beyond the two screenshot sizes: tablets upright and large, and a
// 1024×768 tablet at 200% zoom (half the CSS pixels).
export const LAYOUT_VIEWPORTS = [
  ...VIEWPORTS,
  { name: 'tablet-upright', width: 768, height: 1024 },
  { name: 'tablet-large', width: 1366, height: 1024 },
  { name: 'zoom-200', width: 512, height: 384 },
];

// Pages that show stored data: seed `seededWorkspace()` first. `print` pages are shot in print
// media. The Beslisboom's outcome answers every fact, so it stays the outcome whatever the
// advice content comes to need.
export const B_FACTS = {
  regio: 'brussel', niveau: 'secundair', leeftijd: '15', ingeschreven: 'ja', doelgroep: 'nee', soort: 'ongewettigd',
  'b-dit-jaar': '12', 'b-vorig-jaar': 'weet-niet', patroon: 'snel,sept-okt', aanwezig: 'ja', 'weigert-begeleiding': 'nee',
  problemen: 'andere-moeilijkheden', schoolwissel: 'nee', 'ouders-bereikbaar': 'ja', 'ouders-houding': 'weinig-bereid',
  'gezin-vindbaar': 'ja', gedaan: 'gesprek-leerling,dossier', traject: 'rendeert-niet', clb: 'geen', 'sw-signalen': '',
  'sw-besproken': '', 'ziekte-aard': '', attesten: 'geen-attesten', opname: 'nee', ontslagdatum: 'nee', 'onderwijs-info': 'weet-niet',
  vooruitzicht: '', verontrusting: 'nee', 'kans-aanvraag': 'nee',
};
const query = (facts) => Object.entries(facts).map(([id, value]) => `${id}=${value}`).join('&');
const B_OUTCOME = query(B_FACTS);
export const SEEDED_PAGES = [
  { name: 'zelfscan-lijst', path: 'zelfscan' },
  { name: 'zelfscan-scan', path: 'zelfscan/scan-volledig' },
  { name: 'zelfscan-doel', path: 'zelfscan/scan-volledig/doel/fase-0-verbindend-schoolklimaat' },
  { name: 'zelfscan-overzicht', path: 'zelfscan/scan-volledig/overzicht' },
  { name: 'zelfscan-afdruk', path: 'zelfscan/scan-volledig/afdruk/overzicht', print: true },
  { name: 'zelfscan-afdruk-voorbeeld', path: 'zelfscan/scan-volledig/afdruk' },
  { name: 'beslisboom-afwezigheden', path: 'beslisboom?regio=brussel&niveau=secundair&leeftijd=15&ingeschreven=ja&doelgroep=nee' },
  { name: 'beslisboom-leerling', path: `beslisboom?${query({ regio: 'brussel', niveau: 'secundair', leeftijd: '15', ingeschreven: 'ja', doelgroep: 'nee', soort: 'ongewettigd,angst', 'b-dit-jaar': '12', 'b-vorig-jaar': 'weet-niet', patroon: 'snel' })}` },
  { name: 'beslisboom-ziekte', path: `beslisboom?${query({ ...B_FACTS, soort: 'ziekte', opname: 'nu' })}&wijzig=ziekte` },
  { name: 'beslisboom-uitkomst', path: `beslisboom?${B_OUTCOME}` },
  { name: 'beslisboom-afdruk', path: `beslisboom?${B_OUTCOME}`, print: true },
  { name: 'beslisboom-raadpleging', path: 'beslisboom/raadpleging/raadpleging-2' },
  { name: 'beslisboom-raadpleging-v1', path: 'beslisboom/raadpleging/raadpleging-1' },
  { name: 'leerlingen-lijst', path: 'leerlingen' },
  { name: 'leerling-dossier', path: 'leerlingen/dossier-jd' },
  { name: 'leerling-checklist', path: 'leerlingen/dossier-jd/checklist' },
  { name: 'leerling-checklist-afdruk', path: 'leerlingen/dossier-jd/checklist?versie=beknopt', print: true },
  { name: 'gegevens-gevuld', path: 'gegevens' },
];

/** A realistic workspace: a fully filled self-scan, one pupil's dossier, and two Beslisboom
 *  consultations attached to it: one of the facts, and one saved with the first tree. */
export async function seededWorkspace() {
  const workspace = await fullScanWorkspace();
  workspace.schema_version = 4;
  workspace.dossiers.push({
    id: 'dossier-jd', label: 'JD-4', class_name: '3B', school_year: '2026-2027', created_at: '2026-11-25T09:00:00Z',
    absences: { B: 7, P: 1, R: 0, Z: 3, D: 0, L: 2 }, last_six_weeks: 9, september_october: 4, warning_signs: ['verleden'],
    measures: [
      { id: 'm1', date: '2026-09-22', what: 'Melding van afwezigheden', by: 'secretariaat', toward: 'ouders', result: 'Sms verstuurd, geen antwoord' },
      { id: 'm2', date: '2026-10-06', what: 'Reden afwezigheid bevraagd/besproken (gesprek)', by: 'klastitularis', toward: 'beiden', result: 'Afspraak: elke maandag een kort gesprek' },
    ],
    consultation_ids: ['raadpleging-2', 'raadpleging-1'],
  });
  const facts = Object.fromEntries(Object.entries(B_FACTS).map(([id, value]) => {
    if (['soort', 'patroon', 'problemen', 'ouders-houding', 'gedaan', 'sw-signalen', 'sw-besproken', 'ziekte-aard', 'attesten', 'vooruitzicht'].includes(id)) {
      return [id, value.split(',').filter(Boolean)];
    }
    return [id, /^\d+$/.test(value) ? Number(value) : value];
  }));
  workspace.consultations.push(
    { id: 'raadpleging-2', label: 'JD-4', created_at: '2026-11-30T10:00:00Z', updated_at: '2026-11-30T10:00:00Z', tree: 2, facts },
    {
      id: 'raadpleging-1', label: 'JD-4 (oktober)', created_at: '2026-10-09T10:00:00Z', updated_at: '2026-10-09T10:00:00Z', tree: 1,
      answers: { soort: 'ongeoorloofd', 'b-aantal': 7, 'b-gedaan': ['gesprek-leerling', 'dossier'], 'b-ouders': 'onwil', 'b-traject': 'werkt-niet', 'b-signalen': ['snel', 'vorige-jaren'], 'b-clb': 'begeleiding', 'b-regio': 'brussel' },
    },
  );
  return workspace;
}
