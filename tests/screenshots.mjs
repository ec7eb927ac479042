// Takes a full-page screenshot of every page at tablet and phone size into screenshots/, and
// of the Zelfscan's pages holding a fully filled scan (print view in print media).
// Run through `./dev shots`, then look at them.
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { startServer, startBrowser, waitForApp, seedWorkspace } from './e2e/support.mjs';
import { PAGES, SEEDED_PAGES, VIEWPORTS, seededWorkspace } from './pages.mjs';

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
  const workspace = await seededWorkspace();
  await seedWorkspace(page, workspace);
  for (const viewport of VIEWPORTS) {
    await page.setViewportSize(viewport);
    for (const { name, path, print } of SEEDED_PAGES) {
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
