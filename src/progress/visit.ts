import { loadProgress, saveProgress, tellStorageProblem, withVisit } from './store.ts';

// On a chapter page: remember the visit for "continue where you left off", and say once if nothing can be saved.
const chapter = document.querySelector<HTMLElement>('[data-chapter]')?.dataset.chapter;
if (chapter) saveProgress(withVisit(loadProgress(), chapter, new Date()));
tellStorageProblem(document);
