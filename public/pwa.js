// Registers the service worker (public/service-worker.js) and tells the app when a new version
// is ready: the app shows "Nieuwe versie beschikbaar" and calls window.verzuimwijzerUpdate() when
// the user agrees. Inlined into index.html by Trunk; its hash is in the CSP.
(function () {
  if (!('serviceWorker' in navigator)) return;
  var waiting = null;
  function announce(worker) {
    waiting = worker;
    window.verzuimwijzerUpdateReady = true;
    window.dispatchEvent(new Event('verzuimwijzer-update'));
  }
  var requested = false;
  window.verzuimwijzerUpdate = function () {
    requested = true;
    // Another tab may have started the update already: then only this tab still runs old code.
    if (waiting && waiting.state === 'installed') waiting.postMessage('update-now');
    else location.reload();
  };
  navigator.serviceWorker.addEventListener('controllerchange', function () {
    // Only the tab where the user asked for the update reloads; other tabs keep what is on
    // screen (their prompt stays) and the first install replaces nothing.
    if (!requested) return;
    requested = false;
    location.reload();
  });
  window.addEventListener('load', function () {
    var base = document.baseURI.replace(/[^/]*$/, '');
    navigator.serviceWorker.register(base + 'service-worker.js', { scope: base }).then(function (registration) {
      function watch(worker) {
        worker.addEventListener('statechange', function () {
          if (worker.state === 'installed' && navigator.serviceWorker.controller) announce(worker);
        });
      }
      if (registration.waiting && navigator.serviceWorker.controller) announce(registration.waiting);
      if (registration.installing) watch(registration.installing);
      registration.addEventListener('updatefound', function () { watch(registration.installing); });
    });
  });
})();
