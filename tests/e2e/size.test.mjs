// The first load's size, from the built dist/: deterministic, so it is a test (timings are not;
// they live in `./dev bench`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DIST } from './support.mjs';

// The product target is 150 KB; Leptos 0.8 with leptos_router alone takes 86 KB of it, and
// each form page 20-30 KB more (see the README's figures). Until the product owner decides,
// this ceiling stops the bundle from growing unnoticed: raise it only with a reason.
// 560 → 630 KiB: import preview and merge, backups, encryption, per-item export (issue 7);
// → 640 KiB: manifest, icons, service worker registration, update prompt, base-path links (issue 6).
// Issues 13 and 17 (two-tab merge per field, text and date limits, label-free names, imports
// checked in linear time and in steps, the dossier model, device settings in localStorage) added
// about 90 KiB; `--cfg erase_components` took 15% off the wasm: 623.0 KiB measured, so a
// ratchet of 630 KiB. Issue 15 brings it down to 400 KiB.
// → 740 KiB: the Beslisboom as a situation model: its facts and 158 advice items with their
// quotes (the advice alone 33 KiB of the gzipped wasm), the engine that asks only what can
// still change the outcome, the first Beslisboom kept to show older consultations, and the
// wizard of steps with its outcome page: 730.2 KiB measured. The app shell in index.html (header,
// navigation, progress bar) and Trunk's initializer for the progress took it to 738.5 KiB
// (2026-12-04), within the ceiling.
// → 690 KiB: the Beslisboom's content (both trees) fetched by its pages, not compiled into the
// wasm: 685.3 KiB measured. Issue 15's budget is 400 KiB.
// → 710 KiB: what users tripped over (issue 16): a scan's levels of education and blocks that
// do not apply (schema 5) through counts, chart, print and comparison, next year's copy with
// last year's scores, the print's page estimate and empty questions left out, the sources
// list's titles and lost links, plain-Dutch import errors with their detail folded, the
// wipe's export first: 708.1 KiB measured (+22.8 KiB; storing the levels as strings and not
// sorting them took 3 KiB back).
const FIRST_LOAD_BUDGET_BYTES = 710 * 1024;

/** index.html plus every file it references: what a first visit downloads. */
async function firstLoadFiles() {
  const html = await readFile(join(DIST, 'index.html'), 'utf8');
  // Attributes may be unquoted: the release build minifies index.html.
  const referenced = [...html.matchAll(/(?:href|from|module_or_path:)\s*=?\s*['"]?\/?([^'"\s>]+\.(?:js|wasm|css|svg|png|webmanifest))/g)]
    .map((match) => match[1].replace(/^.*\//, ''));
  return ['index.html', ...new Set(referenced)];
}

test(`the first load is at most ${FIRST_LOAD_BUDGET_BYTES / 1024} KiB gzipped`, async () => {
  const files = await firstLoadFiles();
  assert.ok(files.some((file) => file.endsWith('.wasm')), 'the wasm is part of the first load');
  assert.ok(files.some((file) => file.endsWith('.js')), 'the js glue is part of the first load');
  assert.ok(files.some((file) => file.endsWith('.css')), 'the stylesheet is part of the first load');
  let total = 0;
  for (const file of files) total += gzipSync(await readFile(join(DIST, file)), { level: 9 }).length;
  assert.ok(total <= FIRST_LOAD_BUDGET_BYTES, `first load is ${total} bytes gzipped (${files.join(', ')})`);
});
