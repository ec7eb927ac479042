// Trunk post-build step (see Trunk.toml), run on the staging folder before it becomes dist/:
// 0. minifies wasm-bindgen's JS glue with terser (Trunk's own minifier gives up on its
//    `export default`, leaving 60 KB of readable JS on every first load) and updates the
//    `integrity` hash that Trunk wrote for it;
// 0b. writes the wasm's real size into Trunk's loader, for the shell's progress bar (Trunk
//    writes the size from before wasm-opt, which made the bar stop at two thirds);
// 0c. writes the sha384 of each content file the pages fetch (the JSON files that index.html
//    copies: the Beslisboom's) into `<meta name="verzuimwijzer-content">`, which the app passes to fetch as
//    its integrity, so a damaged or swapped file is refused;
// 1. writes the Content-Security-Policy into index.html, with the hashes of the inline scripts
//    that this build produced (Trunk's loader and public/storage-preload.js), so the browser
//    runs nothing else and connects nowhere but the app's own origin;
// 2. copies index.html to 404.html, so static hosts serve the app for deep links;
// 3. fills in the service worker's precache list (every built file, by its hashed name) and
//    a version derived from their contents, so a new deployment is noticed and no list is
//    kept by hand.
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { minify } from 'terser';

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) throw new Error('TRUNK_STAGING_DIR is not set: run this from a Trunk build');
const indexPath = join(staging, 'index.html');
let html = await readFile(indexPath, 'utf8');

for (const name of await readdir(staging)) {
  if (!name.endsWith('.js') || !html.includes(name) || name === 'service-worker.js') continue;
  const path = join(staging, name);
  const original = await readFile(path, 'utf8');
  const { code } = await minify(original, { module: true, compress: true, mangle: true });
  if (!code) throw new Error(`terser returned nothing for ${name}`);
  const integrity = (text) => `sha384-${createHash('sha384').update(text, 'utf8').digest('base64')}`;
  const before = integrity(original);
  if (html.includes(before)) html = html.replaceAll(before, integrity(code));
  await writeFile(path, code);
}

const wasmName = (await readdir(staging)).find((name) => name.endsWith('_bg.wasm'));
if (!wasmName) throw new Error('no _bg.wasm in the build');
const wasmBytes = (await readFile(join(staging, wasmName))).length;
const sized = new RegExp(`(__trunkInitializer\\(init,\\s*'[^']*${wasmName}',\\s*)\\d+`);
if (!sized.test(html)) throw new Error('index.html has no Trunk initializer call to give the wasm size');
html = html.replace(sized, `$1${wasmBytes}`);

// The content files are the JSON files that index.html copies into the build.
const CONTENT_FILES = (await readdir(staging)).filter((name) => name.endsWith('.json')).sort();
if (CONTENT_FILES.length === 0) throw new Error('no content files in the build');
const contentHashes = [];
for (const name of CONTENT_FILES) {
  const bytes = await readFile(join(staging, name));
  contentHashes.push(`${name} sha384-${createHash('sha384').update(bytes).digest('base64')}`);
}
const contentMeta = /<meta[^>]*name=["']?verzuimwijzer-content["']?[^>]*>/i;
if (!contentMeta.test(html)) throw new Error('index.html has no verzuimwijzer-content meta tag to fill');
html = html.replace(contentMeta, `<meta name="verzuimwijzer-content" content="${contentHashes.join(', ')}">`);

const hashes = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)]
  .map((match) => match[1])
  .filter((body) => body.trim() !== '')
  .map((body) => `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`);

const policy = [
  "default-src 'none'",
  `script-src 'self' 'wasm-unsafe-eval' ${hashes.join(' ')}`,
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "base-uri 'self'",
  "form-action 'none'",
  "object-src 'none'",
].join('; ');

const marker = /<meta[^>]*http-equiv=["']?Content-Security-Policy["']?[^>]*>/i;
if (!marker.test(html)) throw new Error('index.html has no Content-Security-Policy meta tag to fill');
html = html.replace(marker, `<meta http-equiv="Content-Security-Policy" content="${policy}">`);
await writeFile(indexPath, html);
await writeFile(join(staging, '404.html'), html);

const WORKER = 'service-worker.js';
const files = (await readdir(staging, { withFileTypes: true }))
  .filter((entry) => entry.isFile() && entry.name !== WORKER && entry.name !== '404.html')
  .map((entry) => entry.name)
  .sort();
const version = createHash('sha256');
for (const name of files) version.update(name).update(await readFile(join(staging, name)));
const workerPath = join(staging, WORKER);
let worker = await readFile(workerPath, 'utf8');
const filled = worker
  .replace(/^const VERSION = .*;$/m, `const VERSION = '${version.digest('hex').slice(0, 16)}';`)
  .replace(/^const PRECACHE = .*;$/m, `const PRECACHE = ${JSON.stringify(files)};`);
if (filled === worker) throw new Error(`${WORKER} has no VERSION and PRECACHE lines to fill`);
await writeFile(workerPath, filled);
