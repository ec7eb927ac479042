// The app's pages, shared by the end-to-end tests, the screenshots and the benchmark.
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
