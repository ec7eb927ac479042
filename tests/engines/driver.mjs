// The small driver layer under the cross-engine journeys: one browser session per engine,
// driven through W3C WebDriver with selenium-webdriver (which downloads nothing here: every
// driver is started by this file and reached with `usingServer`, so Selenium Manager never
// runs). The journeys in journeys.test.mjs are written once against `Tab` below.
//
//   firefox   Firefox ESR (/usr/bin/firefox-esr) through geckodriver (cargo install), -headless
//   webkit    WebKitGTK's MiniBrowser through WebKitWebDriver (Debian's webkit2gtk-driver), in an
//             Xvfb this file starts (WebKitGTK has no headless mode)
//   chromium  Debian's Chromium through chromedriver: the same journeys in the engine the
//             Playwright suite uses, to tell a journey's mistake from an engine's difference
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { Builder } from 'selenium-webdriver';
import { startServer } from '../e2e/support.mjs';

const HOME_CARGO = join(homedir(), '.cargo/bin');
const which = (...paths) => paths.find((path) => existsSync(path)) ?? paths[0];

export const ENGINES = {
  firefox: {
    name: 'Firefox ESR',
    driver: () => which(join(HOME_CARGO, 'geckodriver'), '/usr/local/bin/geckodriver', '/usr/bin/geckodriver'),
    args: (port) => ['--host', '127.0.0.1', '--port', String(port)],
    capabilities: {
      browserName: 'firefox',
      'moz:firefoxOptions': {
        binary: '/usr/bin/firefox-esr',
        args: ['-headless'],
        prefs: {
          // No traffic of Firefox's own: no updates, studies, telemetry or remote settings.
          'app.update.enabled': false,
          'app.normandy.enabled': false,
          'datareporting.policy.dataSubmissionEnabled': false,
          'toolkit.telemetry.enabled': false,
          'browser.safebrowsing.malware.enabled': false,
          'browser.safebrowsing.phishing.enabled': false,
          'network.captive-portal-service.enabled': false,
          'network.connectivity-service.enabled': false,
        },
      },
    },
  },
  webkit: {
    name: 'WebKitGTK',
    driver: () => '/usr/bin/WebKitWebDriver',
    args: (port) => [`--port=${port}`, '--host=127.0.0.1'],
    display: true,
    capabilities: {
      browserName: 'MiniBrowser',
      'webkitgtk:browserOptions': {
        binary: '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
        args: ['--automation'],
      },
    },
  },
  chromium: {
    name: 'Chromium',
    driver: () => '/usr/bin/chromedriver',
    args: (port) => [`--port=${port}`, '--allowed-ips=127.0.0.1'],
    capabilities: {
      browserName: 'chrome',
      'goog:chromeOptions': {
        binary: '/usr/bin/chromium',
        args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run',
          '--disable-background-networking', '--disable-component-update', '--disable-sync'],
      },
    },
  },
};

/** A free loopback port (asked of the system, then released for the driver to take). */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Starts `command` and resolves once `ready(output)` holds for what it printed. */
function startProcess(command, args, { env, ready, stdio, what }) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: stdio ?? ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const onData = (chunk) => {
      output += chunk;
      if (ready(output)) resolve(child);
    };
    for (const stream of [child.stdout, child.stderr, child.stdio[3]]) stream?.on('data', onData);
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`${what} exited (${code}) before it was ready:\n${output}`)));
  });
}

function stopProcess(child) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', resolve);
    child.kill('SIGTERM');
  });
}

/** An X server of our own for WebKitGTK: Xvfb picks a free display itself (-displayfd). */
async function startXvfb() {
  let display;
  const child = await startProcess('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
    what: 'Xvfb',
    ready: (output) => {
      const match = output.match(/^(\d+)\n/m);
      if (match) display = `:${match[1]}`;
      return Boolean(match);
    },
  });
  return { child, display };
}

/** The probe script (probe.js) with an optional break, ready to put into a page. */
async function probeScript(breakCode = '') {
  const source = await readFile(new URL('./probe.js', import.meta.url), 'utf8');
  return source.replace('/*BREAK*/', breakCode);
}

/** Puts `script` first into the page's <head>, and its hash into the page's CSP. */
function withProbe(html, script) {
  const hash = `'sha256-${createHash('sha256').update(script).digest('base64')}'`;
  return html
    .replace(/(<meta http-equiv="Content-Security-Policy" content="[^"]*script-src )/, `$1${hash} `)
    .replace(/(<meta http-equiv="Content-Security-Policy"[^>]*>)/, `$1<script>${script}</script>`);
}

/** Serves dist/ (or `root` under `base`) with the probe in every page. */
export async function startProbedServer({ breakCode, ...options } = {}) {
  const script = await probeScript(breakCode);
  return startServer({ ...options, html: (html) => withProbe(html, script) });
}

// Page-side: finds elements the way a person names them. `spec` is one of
//   { css }                      elements matching a selector
//   { label }                    the control a <label>, aria-label or aria-labelledby names
//   { role, name, level }        button, link, heading, radio, checkbox, option by accessible name
//   { text }                     the innermost elements whose text is `text`
// with `exact: true` to refuse a part of the name, `pattern` for a regular expression instead of `name` /
// `label` / `text`, `within` (another spec) to search inside, `hasText` / `has` to keep
// only elements containing a text or an element, and `hidden: true` to keep invisible ones.
function pageFind(spec) {
  const norm = (text) => (text ?? '').replace(/\s+/g, ' ').trim();
  const wanted = spec.pattern ?? spec.name ?? spec.label ?? spec.text;
  // As Playwright's getByLabel / getByRole: a part of the name is enough, but when some
  // elements have exactly that name, only those count (so "Wat" is not "Wat wil je …").
  const isExact = (text) => (spec.pattern ? new RegExp(spec.pattern).test(norm(text)) : norm(text) === wanted);
  const matches = (text) => isExact(text) || (!spec.pattern && spec.exact !== true && norm(text).includes(wanted));
  const visible = (el) => Boolean(el.offsetWidth || el.offsetHeight || el.getClientRects().length)
    && getComputedStyle(el).visibility !== 'hidden';
  const ownText = (el) => {
    const clone = el.cloneNode(true);
    clone.querySelectorAll('select, textarea, option, [aria-hidden="true"]').forEach((node) => node.remove());
    return clone.textContent;
  };
  const accessibleName = (el) => {
    if (el.hasAttribute('aria-label')) return el.getAttribute('aria-label');
    if (el.hasAttribute('aria-labelledby')) {
      return el.getAttribute('aria-labelledby').split(/\s+/).map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
    }
    if (el.matches('input[type=submit], input[type=button]')) return el.value;
    if (el.labels?.length) return [...el.labels].map(ownText).join(' ');
    return ownText(el);
  };
  const ROLES = {
    button: 'button, [role=button], input[type=submit], input[type=button]',
    link: 'a[href], [role=link]',
    heading: spec.level ? `h${spec.level}` : 'h1, h2, h3, h4, h5, h6',
    radio: 'input[type=radio], [role=radio]',
    checkbox: 'input[type=checkbox], [role=checkbox]',
    option: 'option',
  };
  const scopes = spec.within ? pageFind(spec.within) : [document];
  let found = [];
  for (const scope of scopes) {
    if (spec.css) found.push(...scope.querySelectorAll(spec.css));
    else if (spec.label !== undefined || (spec.pattern && spec.by === 'label')) {
      for (const label of scope.querySelectorAll('label')) if (label.control && matches(ownText(label))) found.push(label.control);
      for (const el of scope.querySelectorAll('[aria-label], [aria-labelledby]')) if (matches(accessibleName(el))) found.push(el);
    } else if (spec.role) {
      for (const el of scope.querySelectorAll(ROLES[spec.role])) if (matches(accessibleName(el))) found.push(el);
    } else {
      for (const el of [...(scope === document ? [] : [scope]), ...scope.querySelectorAll('*')]) {
        if (matches(el.textContent) && ![...el.children].some((child) => matches(child.textContent))) found.push(el);
      }
    }
  }
  if (spec.hasText) found = found.filter((el) => norm(el.textContent).includes(spec.hasText));
  if (spec.has) {
    const inner = pageFind({ ...spec.has, hidden: true });
    found = found.filter((el) => inner.some((child) => el.contains(child)));
  }
  found = [...new Set(found)];
  if (spec.css === undefined) {
    const exactly = found.filter((el) => (spec.text !== undefined ? isExact(el.textContent)
      : isExact(accessibleName(el)) || [...(el.labels ?? [])].some((label) => isExact(ownText(label)))));
    if (exactly.length) found = exactly;
  }
  // A radio or checkbox drawn by its label may be invisible itself: its label is what a person sees.
  return spec.hidden ? found : found.filter((el) => visible(el) || [...(el.labels ?? [])].some(visible));
}

const FIND = `return (${pageFind.toString()})(arguments[0]);`;
const describe = (spec) => JSON.stringify(spec);

/** One engine's browser: its driver process (and X server), one WebDriver session. */
export class Browser {
  static async start(engineName, { timeout = 30_000 } = {}) {
    const engine = ENGINES[engineName];
    if (!engine) throw new Error(`unknown engine ${engineName}; known: ${Object.keys(ENGINES).join(', ')}`);
    const browser = new Browser(engineName, engine, timeout);
    try {
      const env = {};
      if (engine.display) {
        browser.xvfb = await startXvfb();
        env.DISPLAY = browser.xvfb.display;
      }
      // A port taken between freePort and the driver's start makes that driver exit: try again.
      for (let attempt = 1; ; attempt += 1) {
        const port = await freePort();
        browser.process = spawn(engine.driver(), engine.args(port), { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
        browser.output = '';
        for (const stream of [browser.process.stdout, browser.process.stderr]) stream.on('data', (chunk) => { browser.output += chunk; });
        browser.url = `http://127.0.0.1:${port}`;
        if (await browser.answers()) break;
        await stopProcess(browser.process);
        if (attempt === 3) throw new Error(`${engine.name}'s driver did not start:\n${browser.output}`);
      }
      browser.driver = await new Builder().usingServer(browser.url).withCapabilities(engine.capabilities).build();
      await browser.driver.manage().setTimeouts({ script: timeout, pageLoad: 60_000 });
      await browser.driver.manage().window().setRect({ width: 1024, height: 768 });
      const capabilities = await browser.driver.getCapabilities();
      browser.version = `${capabilities.get('browserName')} ${capabilities.get('browserVersion')}`;
      return browser;
    } catch (error) {
      await browser.close();
      throw error;
    }
  }

  constructor(engineName, engine, timeout) {
    this.engine = engineName;
    this.engineTitle = engine.name;
    this.capabilities = engine.capabilities;
    this.timeout = timeout;
  }

  /** Whether the driver answers /status (asked until it does or its process has ended). */
  async answers() {
    const exited = new Promise((resolve) => this.process.once('exit', () => resolve(false)));
    this.process.once('error', () => {});
    const ask = async () => {
      for (let tries = 0; tries < 600; tries += 1) {
        if (this.process.exitCode !== null) return false;
        const ok = await fetch(`${this.url}/status`).then((response) => response.ok).catch(() => false);
        if (ok) return true;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      return false;
    };
    return Promise.race([ask(), exited]);
  }

  /** The tab the session is in now. */
  async tab(server) {
    return new Tab(this, server, await this.driver.getWindowHandle());
  }

  /** A new tab, switched to. */
  async newTab(server) {
    await this.driver.switchTo().newWindow('tab');
    return this.tab(server);
  }

  async close() {
    await this.driver?.quit().catch(() => {});
    await stopProcess(this.process);
    await stopProcess(this.xvfb?.child);
  }
}

/** One tab of a Browser, with the few things a journey does: go, find, click, type, read,
 *  wait. Every wait is for a condition, with the browser's timeout as a limit. */
export class Tab {
  constructor(browser, server, handle) {
    this.browser = browser;
    this.driver = browser.driver;
    this.server = server;
    this.handle = handle;
  }

  async focus() {
    if ((await this.driver.getWindowHandle()) !== this.handle) await this.driver.switchTo().window(this.handle);
  }

  async goto(path) {
    await this.focus();
    await this.driver.get(this.server.url(path));
    await this.waitForApp();
  }

  /** Reloads the page as a person does (F5), through the service worker. Not WebDriver's
   *  Refresh: geckodriver's Refresh reloads Firefox's page bypassing the service worker (as
   *  Shift+F5 does), so an offline reload fails there; location.reload() behaves the same in
   *  every engine. */
  async reload() {
    await this.focus();
    await this.driver.executeScript('window.__beforeReload = true; setTimeout(() => location.reload(), 0);');
    await this.waitUntil(() => !window.__beforeReload && document.readyState !== 'loading', undefined, 'the reloaded page');
    await this.waitForApp();
  }

  async url() {
    await this.focus();
    return this.driver.getCurrentUrl();
  }

  /** Runs `fn(arg)` in the page and returns its (awaited) result, like Playwright's
   *  page.evaluate, so that support.mjs's helpers (seedWorkspace, storedDocument) work here. */
  async evaluate(fn, arg) {
    await this.focus();
    const result = await this.driver.executeAsyncScript(
      `const done = arguments[arguments.length - 1];
       Promise.resolve().then(() => (${fn.toString()})(arguments[0]))
         .then((value) => done({ value: value === undefined ? null : value }), (error) => done({ error: String(error && error.stack || error) }));`,
      arg,
    );
    if (result.error) throw new Error(`in the page: ${result.error}`);
    return result.value;
  }

  /** Waits until `fn(arg)` in the page returns something truthy, and returns it. */
  async waitUntil(fn, arg, what = fn.toString()) {
    const deadline = Date.now() + this.browser.timeout;
    for (;;) {
      const value = await this.evaluate(fn, arg).catch((error) => (Date.now() > deadline ? Promise.reject(error) : null));
      if (value) return value;
      if (Date.now() > deadline) throw new Error(`${this.browser.engine}: timed out waiting for ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  async all(spec) {
    await this.focus();
    return this.driver.executeScript(FIND, spec);
  }

  async count(spec) {
    return (await this.all(spec)).length;
  }

  /** The first element `spec` finds, once there is one. */
  async find(spec) {
    const deadline = Date.now() + this.browser.timeout;
    for (;;) {
      const found = await this.all(spec);
      if (found.length) return found[spec.nth ?? 0] ?? found[0];
      if (Date.now() > deadline) throw new Error(`${this.browser.engine}: found nothing for ${describe(spec)} on ${await this.driver.getCurrentUrl()}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  async waitFor(spec) {
    await this.find(spec);
  }

  async waitForApp() {
    // The app's main, not the shell's that index.html shows while the code downloads.
    await this.find({ css: 'main:not([data-shell]) h1' });
  }

  async click(spec) {
    const element = await this.find(spec);
    // A radio or checkbox drawn by its label is clicked where a person taps: the label.
    if (!(await element.isDisplayed())) {
      const label = await this.driver.executeScript('return arguments[0].labels && arguments[0].labels[0] || arguments[0].closest("label")', element);
      if (label) return label.click();
    }
    await this.driver.executeScript('arguments[0].scrollIntoView({ block: "center" })', element);
    await element.click();
  }

  async check(spec) {
    const element = await this.find(spec);
    if (!(await element.isSelected())) await this.click(spec);
  }

  /** Replaces the field's text by typing `text`, as a person would after selecting it all. */
  async fill(spec, text) {
    const element = await this.find(spec);
    if ((await element.getAttribute('type')) === 'date') {
      // Typing into a date field goes through each engine's own date widget (Chromium's and
      // Firefox's segments in the locale's order, WebKitGTK's plain text), so WebDriver's keys
      // mean different things per engine; set the value as the widget would, as Playwright's
      // fill does, with the events the widget sends.
      await this.driver.executeScript(`const el = arguments[0];
        Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set.call(el, arguments[1]);
        el.dispatchEvent(new Event('input', { bubbles: true }));
        el.dispatchEvent(new Event('change', { bubbles: true }));`, element, text);
      return;
    }
    await element.clear();
    if (text !== '') await element.sendKeys(text);
  }

  /** Types `text` at the end of the field's text. */
  async type(spec, text) {
    const element = await this.find(spec);
    await this.driver.executeScript('const el = arguments[0]; el.focus(); el.setSelectionRange(el.value.length, el.value.length);', element);
    await element.sendKeys(text);
  }

  /** Picks the option whose label (or value) is `option` in a <select>. */
  async select(spec, option) {
    const element = await this.find(spec);
    const choice = await this.driver.executeScript(
      'return [...arguments[0].options].find((o) => o.label.trim() === arguments[1] || o.value === arguments[1]) || null', element, option);
    if (!choice) throw new Error(`no option ${option} in ${describe(spec)}`);
    await choice.click();
  }

  async value(spec) {
    return (await this.find(spec)).getAttribute('value').then(async (attribute) => {
      const element = await this.find(spec);
      return this.driver.executeScript('return arguments[0].value', element) ?? attribute;
    });
  }

  async checked(spec) {
    return (await this.find(spec)).isSelected();
  }

  async text(spec) {
    const element = await this.find(spec);
    // innerText is layout text; an element that is not rendered (an SVG <desc>) has textContent only.
    return this.driver.executeScript('return arguments[0].innerText ?? arguments[0].textContent', element);
  }

  /** Picks `path` in a file input, as the file chooser would. */
  async upload(spec, path) {
    const element = await this.find({ ...spec, hidden: true });
    await element.sendKeys(path);
  }

  async waitUntilSaved() {
    await this.find({ css: '[data-testid=save-status]', hasText: 'Opgeslagen' });
  }

  /** What the probe recorded in this tab: errors since its first page, files offered. */
  errors() {
    return this.evaluate(() => window.__engineProbe?.errors ?? ['the probe did not run']);
  }

  /** Waits for the `count`-th file this page offered as a download; returns { name, text }. */
  async download(count = 1) {
    return this.waitUntil((n) => window.__engineProbe.downloads[n - 1] ?? null, count, `download ${count}`);
  }

  /** Lays the page out as it prints: every `@media print` rule applies and the screen-only
   *  rules do not (through the CSSOM, which works in every engine; WebDriver has no "emulate
   *  media"), in a viewport as wide as A4's printable width (210 mm less 2 × 15 mm margins of
   *  the stylesheet's @page = 680 CSS px). Reports what is visible, and every element wider
   *  than the page or cut off by its box. Then puts the screen back. */
  async printLayout() {
    await this.focus();
    const win = this.driver.manage().window();
    const rect = await win.getRect();
    const chrome = await this.evaluate(() => window.outerWidth - window.innerWidth);
    await this.evaluate(() => {
      const changed = [];
      const walk = (rules) => {
        for (const rule of rules) {
          if (rule.media && rule.type === CSSRule.MEDIA_RULE) {
            const text = rule.media.mediaText;
            if (/\bprint\b/.test(text)) { changed.push([rule, text]); rule.media.mediaText = 'all'; } else if (/\bscreen\b/.test(text)) { changed.push([rule, text]); rule.media.mediaText = 'not all'; }
          }
          if (rule.cssRules) walk(rule.cssRules);
        }
      };
      for (const sheet of document.styleSheets) walk(sheet.cssRules);
      window.__printMedia = changed;
    });
    await win.setRect({ width: 680 + chrome, height: rect.height });
    await this.waitUntil(() => window.innerWidth === 680, undefined, 'a viewport of 680 px');
    const report = await this.evaluate(() => {
      const shown = (selector) => [...document.querySelectorAll(selector)].some((el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden');
      const width = document.documentElement.clientWidth;
      const clipped = [];
      const name = (el) => `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''} «${(el.textContent || '').trim().slice(0, 40)}»`;
      if (document.documentElement.scrollWidth > width + 1) clipped.push(`the page scrolls sideways: ${document.documentElement.scrollWidth} > ${width}`);
      for (const el of document.querySelectorAll('main *')) {
        const box = el.getBoundingClientRect();
        if (!box.width) continue;
        if (box.right > width + 1 || box.left < -1) clipped.push(`${name(el)} reaches ${Math.round(box.left)}–${Math.round(box.right)}`);
        const style = getComputedStyle(el);
        if (/hidden|clip/.test(style.overflowX + style.overflowY) && (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1)) clipped.push(`${name(el)} cuts off its content`);
      }
      return {
        width,
        height: document.querySelector('main').getBoundingClientRect().height,
        visible: { nav: shown('.site-nav'), toolbar: shown('.print-toolbar'), header: shown('.print-header') },
        clipped: clipped.slice(0, 10),
      };
    });
    await this.evaluate(() => { for (const [rule, text] of window.__printMedia) rule.media.mediaText = text; });
    await win.setRect(rect);
    return report;
  }

  /** WebDriver's Print Page (A4), where the driver has it: the number of pages, or null. */
  async printPdf() {
    await this.focus();
    try {
      const base64 = await this.driver.printPage({ width: 21, height: 29.7, background: true });
      const text = Buffer.from(base64, 'base64').toString('latin1');
      if (!text.startsWith('%PDF-')) throw new Error('Print Page did not give a PDF');
      // Firefox compresses its page objects: there only the size is known.
      const pages = (text.match(/\/Type\s*\/Page\b/g) ?? []).length;
      return { pages: pages || null, bytes: text.length };
    } catch (error) {
      if (/unsupported|unknown command|not implemented|UnsupportedOperation|UnknownCommand/i.test(`${error.name} ${error.message}`)) return null;
      throw error;
    }
  }

  /** Closes this tab and goes to another one of the session. */
  async close() {
    await this.focus();
    await this.driver.close();
    const [other] = await this.driver.getAllWindowHandles();
    if (other) await this.driver.switchTo().window(other);
  }
}
