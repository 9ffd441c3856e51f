/**
 * Starlight builds its Pagefind search box when the browser is first idle, which blocks the main
 * thread of every page for tens of milliseconds while it loads. With `src/starlight/patches.ts`,
 * it builds it when a reader shows they want it instead: pointing at or focusing the Search button,
 * clicking it, or pressing Ctrl+K / ⌘K. If the dialog is already open by then, the new box gets focus.
 */
export function whenSearchWanted(search: HTMLElement, build: () => unknown): void {
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    void Promise.resolve(build()).then(() => {
      if (search.querySelector('dialog')?.open) search.querySelector('input')?.focus();
    });
  };
  const button = search.querySelector('button[data-open-modal]');
  for (const type of ['pointerenter', 'focus', 'click']) button?.addEventListener(type, start);
  window.addEventListener('keydown', (e) => {
    if ((e.metaKey || e.ctrlKey) && e.key === 'k') start();
  });
}
