// Runs first in every page's head, before Starlight's theme script reads localStorage. Where storage
// throws (blocked site data, some private modes), it puts a forgetful in-memory stand-in in its place,
// marked `memory`, so that every script keeps working and the book knows that nothing will be kept.
for (const name of ['localStorage', 'sessionStorage']) {
  try {
    const storage = window[name];
    storage.setItem('descent-probe', '1');
    storage.removeItem('descent-probe');
  } catch {
    const items = new Map();
    const memory = {
      memory: true,
      get length() {
        return items.size;
      },
      key: (i) => [...items.keys()][i] ?? null,
      getItem: (key) => (items.has(String(key)) ? items.get(String(key)) : null),
      setItem: (key, value) => void items.set(String(key), String(value)),
      removeItem: (key) => void items.delete(String(key)),
      clear: () => items.clear(),
    };
    try {
      Object.defineProperty(window, name, { value: memory, configurable: true });
    } catch {
      // Not replaceable here: scripts that touch storage guard themselves.
    }
  }
}
