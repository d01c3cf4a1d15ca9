/**
 * Registers the service worker (dist/sw.js, written by scripts/offline.ts) after the page has loaded, so the
 * whole guide works offline after the first visit. Where service workers are unavailable (file://, plain http)
 * it does nothing. A new version waits until the reader chooses to reload, so a page is never a mix of two builds.
 */
// Undefined over plain http; Firefox throws when the site may not store data.
const sw: ServiceWorkerContainer | undefined = (() => {
  try {
    return navigator.serviceWorker;
  } catch {
    return undefined;
  }
})();
// Only in a build: the dev server has no sw.js.
if (sw && import.meta.env.PROD) {
  const start = () => {
    const base = import.meta.env.BASE_URL;
    const hadController = !!sw.controller;
    let reloading = false;
    sw.addEventListener('controllerchange', () => {
      if (reloading) location.reload();
      // Another tab installed the new version: this page is now older than the cache, so offer a reload.
      else if (hadController) offer();
    });
    const offer = (waiting?: ServiceWorker | null) => {
      const box = document.querySelector('[data-update-notice]');
      if (!box || box.firstChild) return;
      const text = document.createElement('p');
      text.textContent = 'This guide has been updated.';
      const reload = button('Reload', () => {
        if (waiting && waiting.state === 'installed') {
          reloading = true;
          waiting.postMessage({ type: 'SKIP_WAITING' });
        } else location.reload();
      });
      box.append(text, reload, button('Not now', () => box.replaceChildren()));
    };
    // A new worker may be found by the browser's own check on navigation, before this runs: look at all three.
    const watch = (next: ServiceWorker | null) => {
      if (!next || !sw.controller) return; // no controller: the first install, nothing to replace
      if (next.state === 'installed') offer(next);
      else next.addEventListener('statechange', () => next.state === 'installed' && offer(next));
    };
    sw.register(`${base}sw.js`, { scope: base })
      .then((reg) => {
        watch(reg.waiting);
        watch(reg.installing);
        reg.addEventListener('updatefound', () => watch(reg.installing));
      })
      .catch(() => {});
  };
  const button = (label: string, onClick: () => void) => {
    const b = document.createElement('button');
    b.type = 'button';
    b.className = 'button';
    b.textContent = label;
    b.addEventListener('click', onClick);
    return b;
  };
  // After load: installing fetches the whole guide, which must not compete with the page itself.
  if (document.readyState === 'complete') start();
  else addEventListener('load', start);
}
