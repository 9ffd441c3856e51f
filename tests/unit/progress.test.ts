import { describe, expect, it } from 'vitest';
import { emptyProgress, parseProgress, withAnswer, withVisit } from '../../src/progress/store.ts';

const monday = new Date('2026-03-02T10:00:00Z');
const tuesday = new Date('2026-03-03T10:00:00Z');
const ids = ['a', 'b'];

describe('progress records', () => {
  it('completes a chapter when every exercise in it is correct, and not before', () => {
    let p = withAnswer(emptyProgress(), { id: 'a', chapter: 'c', text: '1', result: 'correct' }, ids, monday);
    expect(p.chapters.c).toEqual({ visited: monday.toISOString() });
    p = withAnswer(p, { id: 'b', chapter: 'c', text: '2', result: 'incorrect' }, ids, monday);
    expect(p.chapters.c?.completed).toBeUndefined();
    p = withAnswer(p, { id: 'b', chapter: 'c', text: '3', result: 'correct' }, ids, tuesday);
    expect(p.chapters.c?.completed).toBe(tuesday.toISOString());
    expect(p.exercises.b).toEqual({ answer: '3', result: 'correct', checked: tuesday.toISOString() });
    expect(p.last).toEqual({ chapter: 'c', exercise: 'b', at: tuesday.toISOString() });
    p = withAnswer(p, { id: 'a', chapter: 'c', text: '0', result: 'incorrect' }, ids, tuesday);
    expect(p.chapters.c?.completed).toBeUndefined();
  });

  it('remembers the last exercise of a chapter across visits to it, and forgets it on moving on', () => {
    let p = withAnswer(emptyProgress(), { id: 'a', chapter: 'c', text: '1', result: 'correct' }, ids, monday);
    p = withVisit(p, 'c', tuesday);
    expect(p.last).toEqual({ chapter: 'c', exercise: 'a', at: tuesday.toISOString() });
    p = withVisit(p, 'd', tuesday);
    expect(p.last).toEqual({ chapter: 'd', at: tuesday.toISOString() });
    expect(p.chapters.d?.visited).toBe(tuesday.toISOString());
  });

  it('reads back what it writes', () => {
    const p = withAnswer(withVisit(emptyProgress(), 'c', monday), { id: 'a', chapter: 'c', text: '4.12', result: 'correct' }, ids, monday);
    expect(parseProgress(JSON.stringify(p))).toEqual({ ok: true, progress: p });
  });

  it.each([
    ['not JSON', '{', /not JSON/],
    ['another file', '{"name": "x"}', /not a progress file from this book/],
    ['an array', '[]', /not a progress file/],
    ['a newer version', '{"book": "descent", "version": 2, "exercises": {}, "chapters": {}}', /version 2/],
    ['no exercises', '{"book": "descent", "version": 1, "chapters": {}}', /no "exercises"/],
    ['a bad result', '{"book": "descent", "version": 1, "exercises": {"a": {"answer": "1", "result": "maybe", "checked": "2026-01-01"}}, "chapters": {}}', /exercise “a” is damaged/],
    ['a bad date', '{"book": "descent", "version": 1, "exercises": {}, "chapters": {"c": {"visited": "yesterday"}}}', /chapter “c” is damaged/],
    ['a bad last entry', '{"book": "descent", "version": 1, "exercises": {}, "chapters": {}, "last": {"chapter": 3}}', /“last” entry/],
  ])('refuses %s with a clear message', (_, text, message) => {
    const parsed = parseProgress(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toMatch(message);
  });
});
