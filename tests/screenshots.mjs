// Takes a full-page screenshot of every page at tablet and phone size into screenshots/.
// Run through `./dev shots`, then look at them.
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { startServer, startBrowser, waitForApp } from './e2e/support.mjs';
import { PAGES, VIEWPORTS } from './pages.mjs';

const out = fileURLToPath(new URL('../screenshots/', import.meta.url));
await mkdir(out, { recursive: true });
const server = await startServer();
const browser = await startBrowser();
try {
  const page = await browser.context.newPage();
  for (const viewport of VIEWPORTS) {
    await page.setViewportSize(viewport);
    for (const { name, path } of PAGES) {
      await page.goto(server.url(path));
      await waitForApp(page);
      const file = `${out}${name}-${viewport.name}.png`;
      await page.screenshot({ path: file, fullPage: true });
      console.log(file);
    }
  }
} finally {
  await browser.close();
  await server.close();
}
