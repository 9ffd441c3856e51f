/**
 * The reader's progress, kept in localStorage under one key: each exercise's last checked answer,
 * each chapter's visit and completion, and where the reader was last. Storage may be missing or
 * throw (private browsing, blocked storage, a full quota): then nothing is saved, nothing fails,
 * and `storageAvailable()` says so, so that the page can tell the reader once.
 */

export type Result = 'correct' | 'incorrect';

export interface ExerciseRecord {
  answer: string;
  result: Result;
  /** When it was checked, as an ISO date. */
  checked: string;
}

export interface ChapterRecord {
  visited?: string;
  /** Set when every exercise of the chapter has been answered correctly. */
  completed?: string;
}

export interface Progress {
  book: 'descent';
  version: 1;
  exercises: Record<string, ExerciseRecord>;
  chapters: Record<string, ChapterRecord>;
  /** The chapter read last, and the exercise worked on last in it. */
  last?: { chapter: string; exercise?: string; at: string };
}

export const storageKey = 'descent-progress';
const toldKey = 'descent-storage-notice';

export function emptyProgress(): Progress {
  return { book: 'descent', version: 1, exercises: {}, chapters: {} };
}

function storage(): Storage | null {
  try {
    const store = window.localStorage;
    // The page's storage guard puts a forgetful stand-in in place of storage that throws.
    if ((store as Storage & { memory?: boolean }).memory) return null;
    const probe = `${storageKey}-probe`;
    store.setItem(probe, '1');
    store.removeItem(probe);
    return store;
  } catch {
    return null;
  }
}

export function storageAvailable(): boolean {
  return storage() !== null;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isDate = (v: unknown) => typeof v === 'string' && !Number.isNaN(Date.parse(v));
const optionalDate = (v: unknown) => v === undefined || isDate(v);

export type Parsed = { ok: true; progress: Progress } | { ok: false; message: string };

/** Reads and validates a progress file, saying what is wrong with a bad one. */
export function parseProgress(text: string): Parsed {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, message: 'This file is not JSON, so it cannot be a progress file exported from this book.' };
  }
  if (!isObject(data) || data.book !== 'descent')
    return { ok: false, message: 'This is not a progress file from this book: it does not say "book": "descent".' };
  if (data.version !== 1) return { ok: false, message: `This progress file has version ${JSON.stringify(data.version)}; this book reads version 1.` };
  if (!isObject(data.exercises) || !isObject(data.chapters))
    return { ok: false, message: 'This progress file has no "exercises" or no "chapters" section.' };
  for (const [id, record] of Object.entries(data.exercises)) {
    if (!isObject(record) || typeof record.answer !== 'string' || (record.result !== 'correct' && record.result !== 'incorrect') || !isDate(record.checked))
      return { ok: false, message: `The entry for exercise “${id}” is damaged: it needs an answer, a result (correct or incorrect) and a date.` };
  }
  for (const [slug, record] of Object.entries(data.chapters)) {
    if (!isObject(record) || !optionalDate(record.visited) || !optionalDate(record.completed))
      return { ok: false, message: `The entry for chapter “${slug}” is damaged: its dates cannot be read.` };
  }
  const last = data.last;
  if (last !== undefined && (!isObject(last) || typeof last.chapter !== 'string' || !isDate(last.at) || (last.exercise !== undefined && typeof last.exercise !== 'string')))
    return { ok: false, message: 'The “last” entry of this progress file is damaged.' };
  return { ok: true, progress: data as unknown as Progress };
}

/** The saved progress; empty when there is none, when storage is unavailable, or when what is stored is damaged. */
export function loadProgress(): Progress {
  try {
    const text = storage()?.getItem(storageKey);
    if (!text) return emptyProgress();
    const parsed = parseProgress(text);
    return parsed.ok ? parsed.progress : emptyProgress();
  } catch {
    return emptyProgress();
  }
}

/** Saves `progress`; false when it could not be saved. */
export function saveProgress(progress: Progress): boolean {
  try {
    const store = storage();
    if (!store) return false;
    store.setItem(storageKey, JSON.stringify(progress));
    return true;
  } catch {
    return false;
  }
}

export function resetProgress(): boolean {
  try {
    const store = storage();
    if (!store) return false;
    store.removeItem(storageKey);
    return true;
  } catch {
    return false;
  }
}

/** Notes that the reader opened `chapter`, keeping the exercise they last worked on if it is in the same chapter. */
export function withVisit(progress: Progress, chapter: string, now: Date): Progress {
  const at = now.toISOString();
  const exercise = progress.last?.chapter === chapter ? progress.last.exercise : undefined;
  return {
    ...progress,
    chapters: { ...progress.chapters, [chapter]: { ...progress.chapters[chapter], visited: at } },
    last: { chapter, at, ...(exercise ? { exercise } : {}) },
  };
}

/** Records a checked answer; the chapter is complete once every one of `chapterExercises` is correct. */
export function withAnswer(
  progress: Progress,
  answer: { id: string; chapter: string; text: string; result: Result },
  chapterExercises: readonly string[],
  now: Date,
): Progress {
  const at = now.toISOString();
  const exercises = { ...progress.exercises, [answer.id]: { answer: answer.text, result: answer.result, checked: at } };
  const done = chapterExercises.length > 0 && chapterExercises.every((id) => exercises[id]?.result === 'correct');
  const before = progress.chapters[answer.chapter] ?? {};
  const chapter: ChapterRecord = { ...before, visited: before.visited ?? at };
  if (done) chapter.completed = before.completed ?? at;
  else delete chapter.completed;
  return {
    ...progress,
    exercises,
    chapters: { ...progress.chapters, [answer.chapter]: chapter },
    last: { chapter: answer.chapter, exercise: answer.id, at },
  };
}

let toldHere = false;

/**
 * Whether to tell the reader now that progress cannot be saved: true once per browsing session
 * (once per page where even sessionStorage is blocked), and never when storage works.
 */
export function shouldTellStorageProblem(): boolean {
  if (storageAvailable() || toldHere) return false;
  toldHere = true;
  try {
    const session = window.sessionStorage as Storage & { memory?: boolean };
    // With no real sessionStorage either, telling once per page is the best that can be done.
    if (session.memory) return true;
    if (session.getItem(toldKey)) return false;
    session.setItem(toldKey, '1');
  } catch {
    // As above.
  }
  return true;
}

/** Shows the page's storage notices (`[data-progress-notice]`), if the reader has not been told yet. */
export function tellStorageProblem(document: Document): void {
  const notices = document.querySelectorAll<HTMLElement>('[data-progress-notice]');
  if (notices.length === 0 || !shouldTellStorageProblem()) return;
  for (const notice of notices) notice.hidden = false;
}
