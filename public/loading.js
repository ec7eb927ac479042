// Trunk's initializer (index.html, data-initializer): reports the download of the app's code in
// the app shell (a progress bar with "Verzuimwijzer wordt geladen… 40%"), and says in Dutch when
// the app cannot start (see public/shell.js). The shell is removed by the app itself when it mounts.
export default function loading() {
  const bar = document.getElementById('app-loading-bar');
  const percent = document.getElementById('app-loading-percent');
  let shown = -1;
  return {
    onProgress: ({ current, total }) => {
      if (!bar || !total) return;
      const now = Math.min(100, Math.floor((current / total) * 100));
      if (now === shown) return;
      shown = now;
      bar.value = now;
      percent.textContent = `${now}%`;
    },
    onFailure: (error) => {
      console.error('Verzuimwijzer could not start:', error);
      // The shell's (public/shell.js); gone with the shell once the app runs.
      window.verzuimwijzerLoadFailed?.();
    },
  };
}
