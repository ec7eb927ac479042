// Shared helpers for the end-to-end journeys: a static server for dist/ on a free loopback
// port (behaving like a plain static host, 404.html included) and Debian's headless Chromium.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { createHash } from 'node:crypto';
import { chromium } from 'playwright-core';
import { before, after } from 'node:test';
import assert from 'node:assert/strict';

export const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.wasm': 'application/wasm',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.png': 'image/png',
};

/** Serves `root` under `base` (e.g. "/" or "/verzuimwijzer/") on 127.0.0.1 and a free port.
 *  An unknown path gets 404.html with status 404, as on GitHub Pages; with `fallback: 200` it
 *  gets index.html with status 200, as with nginx's `try_files $uri /index.html`. `html`, if
 *  given, rewrites every HTML page served (the cross-engine journeys add their probe script).
 *  `stream`, if given, sends the files it claims itself: `stream(file, response)` returns true
 *  when it has taken the response (the first-load journey holds the code's download halfway). */
export async function startServer({ root = DIST, base = '/', fallback = 404, html, stream } = {}) {
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://x').pathname);
    const send = async (file, status) => {
      if (stream && status === 200 && (await stream(file, response))) return;
      let body = await readFile(file);
      if (html && extname(file) === '.html') body = html(body.toString('utf8'));
      response.writeHead(status, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      response.end(body);
    };
    try {
      if (path.startsWith(base)) {
        const relative = normalize(path.slice(base.length)).replace(/^(\.\.[/\\])+/, '');
        const file = join(root, relative === '.' || relative === '' ? 'index.html' : relative);
        if ((await stat(file).catch(() => null))?.isFile()) return await send(file, 200);
      }
      // What a static host does with an unknown path: its 404 page.
      await send(join(root, fallback === 404 ? '404.html' : 'index.html'), fallback);
    } catch (error) {
      response.writeHead(500);
      response.end(String(error));
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    url: (path = '') => `http://127.0.0.1:${port}${base}${path.replace(/^\//, '')}`,
    // Also ends connections still open (a browser's keep-alive, a response a test held), so
    // the server never keeps a test file from finishing.
    close: () => new Promise((resolve) => {
      server.close(resolve);
      server.closeAllConnections();
    }),
  };
}

/** Debian's Chromium, headless, with a fresh profile that is removed on close. */
export async function startBrowser({ bypassCSP = false } = {}) {
  const profile = await mkdtemp(join(tmpdir(), 'verzuimwijzer-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    // Only for injecting test tools (axe-core) into the page.
    bypassCSP,
    executablePath: '/usr/bin/chromium',
    headless: true,
    acceptDownloads: true,
    viewport: { width: 1024, height: 768 },
    args: [
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return {
    context,
    close: async () => {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** Fails the test on any error the page logs, so broken pages cannot pass quietly. */
export function watchForErrors(page) {
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' && !/404 \(Not Found\)/.test(message.text())) {
      errors.push(message.text());
    }
  });
  return errors;
}

/** Waits until the app has rendered its page heading. */
export async function waitForApp(page) {
  // The app's main, not the shell's that index.html shows while the code downloads.
  await page.locator('main:not([data-shell]) h1').first().waitFor({ state: 'visible' });
}

/** A workspace with one self-scan in which every block is scored and every question answered,
 *  built from the content file, so benchmarks and screenshots show a realistic, full scan. */
export async function fullScanWorkspace() {
  const content = JSON.parse(await readFile(fileURLToPath(new URL('../../src/content/zelfscan.json', import.meta.url)), 'utf8'));
  const at = '2026-11-25T09:00:00Z';
  const blocks = {};
  const actions = [];
  let n = 0;
  for (const phase of content.phases) {
    for (const track of phase.tracks) {
      for (const objective of track.objectives) {
        for (const block of objective.blocks) {
          n += 1;
          blocks[block.id] = {
            score: (n * 7) % 11,
            improvement: `We willen hier verder op inzetten met het hele team (${block.id}).`,
            notes: Object.fromEntries(block.questions.map((_, i) => [String(i), `Toelichting bij vraag ${i + 1}: wat de school vandaag doet en waar ze wil groeien.`])),
          };
        }
        actions.push({
          id: `actie-${objective.id}`, objective_id: objective.id, what: 'Afspraken herbekijken op het zorgoverleg',
          who: 'Zorgcoördinator en CLB', when: 'tegen januari', check: 'Evaluatie in juni', status: 'gepland',
        });
      }
    }
  }
  return {
    schema_version: 1, created_at: at, updated_at: at, organisation_name: 'Basisschool De Linde',
    self_scans: [{
      id: 'scan-volledig', school_name: 'Basisschool De Linde', school_year: '2026-2027',
      participants: 'Directie, zorgcoördinator, CLB-medewerker', created_at: at, blocks, actions,
    }],
    dossiers: [], consultations: [],
  };
}

/** Stores `workspace` as the app's IndexedDB record, as if the user had entered it, on a
 *  device whose own settings (last export, reminder, closed notices, kept in localStorage) are
 *  new. Call on a page of the app's origin, then reload. */
export async function seedWorkspace(page, workspace) {
  await page.evaluate(() => localStorage.removeItem('verzuimwijzer-toestel'));
  await page.evaluate((text) => new Promise((resolve, reject) => {
    const open = indexedDB.open('verzuimwijzer', 1);
    open.onupgradeneeded = () => open.result.createObjectStore('workspace');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const tx = open.result.transaction('workspace', 'readwrite');
      tx.objectStore('workspace').put(text, 'current');
      tx.oncomplete = () => { open.result.close(); resolve(); };
      tx.onerror = () => reject(tx.error);
    };
  }), JSON.stringify(workspace));
}

/** For one test file: the static server and Chromium (and, with `scratch`, a folder for files
 *  the tests write), started before its tests and stopped after them. */
export function useApp({ scratch } = {}) {
  const app = {};
  before(async () => {
    app.server = await startServer();
    app.browser = await startBrowser();
    app.requestsElsewhere = watchForRequestsElsewhere(app.browser.context, app.server.url(''));
    if (scratch) app.scratch = await mkdtemp(join(tmpdir(), `verzuimwijzer-${scratch}-`));
  });
  after(async () => {
    const elsewhere = app.requestsElsewhere ?? [];
    await app.browser?.close();
    await app.server?.close();
    if (app.scratch) await rm(app.scratch, { recursive: true, force: true });
    // The privacy promise: nothing the app does reaches beyond its own origin.
    assert.deepEqual(elsewhere, [], 'no request may leave the app\'s origin');
  });
  return app;
}

/** Every request of `context` that goes anywhere but `origin` (blob: and data: URLs stay on
 *  the device). */
export function watchForRequestsElsewhere(context, origin) {
  const own = new URL(origin).origin;
  const elsewhere = [];
  context.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith('blob:') && !url.startsWith('data:') && new URL(url).origin !== own) {
      elsewhere.push(url);
    }
  });
  return elsewhere;
}

/** Downloads the export of `what` (the "Wat wil je exporteren?" option label; everything by
 *  default) from the Gegevens page into `folder`, optionally encrypted with `passphrase`. */
export async function exportFrom(page, folder, { what, passphrase } = {}) {
  if (what) await page.getByLabel('Wat wil je exporteren?').selectOption({ label: what });
  if (passphrase) {
    await page.getByLabel(/Versleutelen met een wachtwoord/).check();
    await page.getByLabel('Wachtwoord (minstens 10 tekens)').fill(passphrase);
    await page.getByLabel('Herhaal het wachtwoord').fill(passphrase);
  }
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Exporteren', exact: true }).click(),
  ]);
  const path = join(folder, download.suggestedFilename());
  await download.saveAs(path);
  const text = await readFile(path, 'utf8');
  return { path, suggested: download.suggestedFilename(), text, json: JSON.parse(text) };
}

/** Waits until the header says the last change is stored on this device. */
export async function waitUntilSaved(page) {
  await page.getByTestId('save-status').filter({ hasText: 'Opgeslagen' }).waitFor();
}

/** JSON as the app's checksum sees it: compact, object keys sorted. */
function canonicalJson(value) {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value).sort().map((key) => `${JSON.stringify(key)}:${canonicalJson(value[key])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** The text of export file `file` with the checksum the app writes (`sha256-file:` over
 *  everything but the checksum itself): a hand-made or altered file passes the checksum and
 *  reaches the checks after it. */
export function sealExport(file) {
  const { checksum: _, ...covered } = file;
  const digest = createHash('sha256').update(canonicalJson(covered)).digest('hex');
  return JSON.stringify({ ...covered, checksum: `sha256-file:${digest}` }, null, 2);
}

/** The workspace document as IndexedDB holds it right now. */
export async function storedDocument(page) {
  return page.evaluate(() => new Promise((resolve, reject) => {
    const open = indexedDB.open('verzuimwijzer', 1);
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const get = open.result.transaction('workspace').objectStore('workspace').get('current');
      get.onsuccess = () => { open.result.close(); resolve(get.result ?? null); };
      get.onerror = () => reject(get.error);
    };
  }));
}
