import type { Plugin } from 'vite';

/**
 * The index of `]` or `}` closing the bracket at `open` in JavaScript `code`, skipping strings,
 * template literals (with their `${…}`) and comments; -1 if there is none or the brackets do not pair.
 */
export function closingBracket(code: string, open: number): number {
  const stack: string[] = [];
  for (let i = open; i < code.length; i++) {
    const c = code[i]!;
    if (c === '"' || c === "'") {
      for (i++; i < code.length && code[i] !== c; i++) if (code[i] === '\\') i++;
    } else if (c === '`') {
      for (i++; i < code.length && code[i] !== '`'; i++) {
        if (code[i] === '\\') i++;
        else if (code[i] === '$' && code[i + 1] === '{') {
          const end = closingBracket(code, i + 1);
          if (end === -1) return -1;
          i = end;
        }
      }
    } else if (c === '/' && code[i + 1] === '/') i = code.indexOf('\n', i) === -1 ? code.length : code.indexOf('\n', i);
    else if (c === '/' && code[i + 1] === '*') i = code.indexOf('*/', i + 2) + 1;
    else if (c === '[' || c === '{' || c === '(') stack.push(c);
    else if (c === ']' || c === '}' || c === ')') {
      if (stack.pop() !== { ']': '[', '}': '{', ')': '(' }[c]) return -1;
      if (stack.length === 0) return i;
    }
  }
  return -1;
}

/** `code` with every `documented: [ … ]` array literal emptied. */
export function withoutDocumented(code: string): string {
  let out = '';
  let from = 0;
  for (const match of code.matchAll(/\bdocumented:\s*\[/g)) {
    const open = match.index + match[0].length - 1;
    if (open < from) continue;
    const close = closingBracket(code, open);
    if (close === -1) return code;
    out += `${code.slice(from, open)}[]`;
    from = close + 1;
  }
  return out + code.slice(from);
}

/**
 * Every island reads its example from the registry (src/examples), and so every page's first
 * script carries the whole registry. The documented numbers (with their notes, printed values and
 * errata) are read only by the build, the pages' prose and the tests, so the browser's copy of the
 * registry leaves them out.
 */
export function clientRegistry(): Plugin {
  return {
    name: 'descent:client-registry',
    enforce: 'post',
    transform(code, id) {
      if (this.environment?.config.consumer !== 'client' || !/\/src\/examples\/[^/]+\.ts$/.test(id)) return undefined;
      return { code: withoutDocumented(code), map: null };
    },
  };
}
