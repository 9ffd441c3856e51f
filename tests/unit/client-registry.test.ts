import { describe, expect, it } from 'vitest';
import { withoutDocumented } from '../../src/integrations/client-registry.ts';

describe('the browser’s copy of the registry', () => {
  it('empties every documented list, whatever brackets its strings and templates hold', () => {
    const code = [
      'const a = { id: "a", documented: [{ name: "order", value: "[11, 8]", note: `x@${[1, 2].join("]")}` }, ...steps([1, 2])], defaults: { x0: [1] } };',
      "const b = { documented: [{ erratum: 'a } in quotes \\' ]' /* ] */ }], title: 'b' };",
      '// documented: [ not code ]',
      'const c = { documented: quartic.documented };',
    ].join('\n');
    const out = withoutDocumented(code);
    expect(out).toContain('const a = { id: "a", documented: [], defaults: { x0: [1] } };');
    expect(out).toContain("const b = { documented: [], title: 'b' };");
    expect(out).toContain('const c = { documented: quartic.documented };');
    // The result is still JavaScript that runs.
    expect(() => new Function('steps', 'quartic', out)(() => [], { documented: [] })).not.toThrow();
  });

  it('leaves code it cannot match whole as it was', () => {
    const code = 'const a = { documented: [1, 2 };';
    expect(withoutDocumented(code)).toBe(code);
  });
});
