// The cross-engine journeys' probe: the test server puts this script first into every HTML
// page it serves (with its hash added to the page's Content-Security-Policy), so it runs before
// the app's own scripts in every engine. Classic WebDriver has no "add init script" and no
// console log in geckodriver or WebKitWebDriver, so this is how errors and downloads are seen
// the same way in all of them. It never changes what the app does, except where a run asks
// for a deliberate break (see BREAK below).
(() => {
  const KEY = 'verzuimwijzer-engine-probe-errors';
  // Errors are kept in sessionStorage, so they outlive a reload or a navigation of this tab
  // and the test reads them whenever it likes.
  const errors = JSON.parse(sessionStorage.getItem(KEY) || '[]');
  const record = (kind, text) => {
    errors.push(`${kind}: ${text}`);
    try { sessionStorage.setItem(KEY, JSON.stringify(errors)); } catch { /* full: the list in memory still has it */ }
  };
  const describe = (value) => (value instanceof Error || (value && value.message)) ? `${value.name || 'Error'}: ${value.message}` : String(value);
  // Runtime errors only: a failed resource load does not bubble to window.
  window.addEventListener('error', (event) => record('error', event.message || describe(event.error)));
  window.addEventListener('unhandledrejection', (event) => record('unhandledrejection', describe(event.reason)));
  // A blocked script, style or connection (the CSP) is an error too.
  document.addEventListener('securitypolicyviolation', (event) => record('csp', `${event.violatedDirective} ${event.blockedURI}`));
  const consoleError = console.error.bind(console);
  console.error = (...args) => { record('console.error', args.map(describe).join(' ')); consoleError(...args); };

  // Downloads: the app offers a file as a Blob behind an <a download> that it clicks (see
  // download_json in src/ui/browser.rs). Each engine handles downloads its own way under
  // WebDriver (WebKitGTK's MiniBrowser shows a dialog, Firefox needs profile settings), so the
  // probe keeps the file's name and text instead of letting the browser save it.
  const blobs = new Map();
  const createObjectURL = URL.createObjectURL.bind(URL);
  URL.createObjectURL = (object) => {
    const url = createObjectURL(object);
    if (object instanceof Blob) blobs.set(url, object);
    return url;
  };
  const downloads = [];
  const click = HTMLAnchorElement.prototype.click;
  HTMLAnchorElement.prototype.click = function () {
    const blob = this.hasAttribute('download') ? blobs.get(this.href) : undefined;
    if (!blob) return click.call(this);
    const name = this.getAttribute('download');
    blob.text().then((text) => downloads.push({ name, text }));
  };
  window.__engineProbe = { errors, downloads };

  // The second tab of a two-tab journey may be told (through window.name, which belongs to one
  // tab and outlives its reloads) not to hear the other tab, so that only the revision check
  // and the per-field merge stand between their edits.
  if (window.name === 'no-broadcast-channel') delete window.BroadcastChannel;

  /*BREAK*/
})();
