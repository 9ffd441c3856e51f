// Registers the service worker that keeps the book readable offline (production builds only:
// the worker and its file list are written after the build). When a new version of the book takes
// over a page that an older one was serving, the reader is offered a reload rather than surprised.

const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');

function offerReload() {
  if (document.querySelector('.update-notice')) return;
  const notice = document.createElement('div');
  notice.className = 'update-notice';
  notice.setAttribute('role', 'status');
  const text = document.createElement('span');
  text.textContent = 'A new version of this book is available.';
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = 'Reload';
  button.addEventListener('click', () => window.location.reload());
  notice.append(text, button);
  document.body.append(notice);
}

if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  const updating = navigator.serviceWorker.controller !== null;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (updating) offerReload();
  });
  navigator.serviceWorker.register(`${base}sw.js`, { scope: base }).catch(() => {
    // Without a worker the book still works online; offline reading is simply not available.
  });
}
