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
  window.verzuimwijzerUpdate = function () {
    if (waiting) waiting.postMessage('update-now');
  };
  var reloading = false;
  navigator.serviceWorker.addEventListener('controllerchange', function () {
    // Only an update the user asked for replaces a controller; the first install does not.
    if (reloading || !waiting) return;
    reloading = true;
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
