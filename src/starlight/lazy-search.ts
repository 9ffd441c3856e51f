/**
 * Starlight builds its Pagefind search box when the browser is first idle, which blocks the main
 * thread of every page for tens of milliseconds while it loads. With `src/starlight/patches.ts`,
 * it builds it when a reader shows they want it instead: pointing at or focusing the Search button,
 * clicking it, or pressing Ctrl+K / ⌘K. If the dialog is already open by then, the new box gets focus
 * and whatever the reader typed into the dialog while waiting.
 */
export function whenSearchWanted(search: HTMLElement, build: () => unknown): void {
  let started = false;
  let typed = '';
  const dialog = search.querySelector('dialog');
  const keep = (e: KeyboardEvent) => {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    if (e.key === 'Backspace') typed = typed.slice(0, -1);
    else if ([...e.key].length === 1) typed += e.key;
    else return;
    e.preventDefault();
  };
  dialog?.addEventListener('keydown', keep);
  const start = () => {
    if (started) return;
    started = true;
    void Promise.resolve(build()).then(() => {
      dialog?.removeEventListener('keydown', keep);
      const input = search.querySelector('input');
      if (!dialog?.open || !input) return;
      input.focus();
      if (typed === '') return;
      input.value = typed;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
  };
  const button = search.querySelector('button[data-open-modal]');
  for (const type of ['pointerenter', 'focus', 'click']) button?.addEventListener(type, start);
  window.addEventListener('keydown', (e) => {
    if ((e.metaKey || e.ctrlKey) && e.key === 'k') start();
  });
}
