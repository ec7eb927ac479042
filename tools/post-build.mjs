// Trunk post-build step (see Trunk.toml), run on the staging folder before it becomes dist/:
// 1. writes the Content-Security-Policy into index.html, with the hashes of the inline scripts
//    that this build produced (Trunk's loader and public/storage-preload.js), so the browser
//    runs nothing else and connects nowhere but the app's own origin;
// 2. copies index.html to 404.html, so static hosts serve the app for deep links.
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) throw new Error('TRUNK_STAGING_DIR is not set: run this from a Trunk build');
const indexPath = join(staging, 'index.html');
let html = await readFile(indexPath, 'utf8');

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
