// The app shell's page (see index.html), set before the first paint: the section open in the
// navigation, its title where the address is a section's own page, and on a first visit (no
// service worker serves the app yet) the download's progress, which public/loading.js
// updates. Inlined at the end of the body by Trunk; the app replaces the shell when it starts.
(function () {
  // The same titles as the pages' headings (tests/e2e/first_load.test.mjs checks them).
  var titles = {
    '': 'Samen problematische afwezigheid aanpakken',
    zelfscan: 'Zelfscan',
    beslisboom: 'Beslisboom',
    leerlingen: 'Leerlingen',
    gegevens: 'Gegevens',
    over: 'Over Verzuimwijzer'
  };
  var base = document.baseURI.replace(/[^/]*$/, '');
  var here = location.href.split(/[?#]/)[0];
  var path = here.indexOf(base) === 0 ? here.slice(base.length) : '';
  var section = path.split('/')[0];
  var links = document.querySelectorAll('#app-shell .site-nav a');
  for (var i = 0; i < links.length; i++) {
    var target = links[i].getAttribute('href').replace(/^\.\/$/, '');
    if (target === section) links[i].setAttribute('aria-current', 'page');
  }
  if (path.replace(/\/$/, '') === section && Object.prototype.hasOwnProperty.call(titles, section)) {
    var header = document.getElementById('app-shell-title');
    header.firstElementChild.textContent = titles[section];
    header.hidden = false;
  }
  document.getElementById('app-loading-retry').href = location.href;
  var firstVisit = !(navigator.serviceWorker && navigator.serviceWorker.controller);
  if (firstVisit) document.getElementById('app-loading').hidden = false;
  // Said when the code cannot be loaded: by public/loading.js when the loader gives up, and
  // when the preload of the code fails (a connection lost halfway, where Trunk's loader waits
  // for ever). When the app starts after all, it removes the shell and this with it.
  window.verzuimwijzerLoadFailed = function () {
    document.getElementById('app-loading').hidden = true;
    document.getElementById('app-loading-failed').hidden = false;
  };
  var code = document.querySelector('link[rel="preload"][href$="_bg.wasm"]');
  if (code) code.addEventListener('error', window.verzuimwijzerLoadFailed);
})();
