import { useEffect, useState } from 'preact/hooks';
import { ContinueLink } from './ContinueReading.tsx';
import type { ChapterOutline } from './outline.ts';
import { emptyProgress, loadProgress, parseProgress, resetProgress, saveProgress, storageAvailable, type Progress } from './store.ts';

interface Props {
  chapters: ChapterOutline[];
  base: string;
}

type Message = { text: string; error?: boolean };

function download(progress: Progress) {
  const blob = new Blob([`${JSON.stringify(progress, null, 2)}\n`], { type: 'application/json' });
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = `descent-progress-${new Date().toISOString().slice(0, 10)}.json`;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}

/** The progress page: solved exercises per chapter, "continue where you left off", and export, import and reset. */
export default function ProgressPanel({ chapters, base }: Props) {
  const [progress, setProgress] = useState<Progress>(emptyProgress);
  const [available, setAvailable] = useState(true);
  const [ready, setReady] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<Message>({ text: '' });

  useEffect(() => {
    setProgress(loadProgress());
    setAvailable(storageAvailable());
    setReady(true);
  }, []);

  async function importFile(file: File | undefined) {
    if (!file) return;
    const parsed = parseProgress(await file.text());
    if (!parsed.ok) {
      setMessage({ text: `Nothing was imported. ${parsed.message}`, error: true });
      return;
    }
    setProgress(parsed.progress);
    const solved = Object.values(parsed.progress.exercises).filter((e) => e.result === 'correct').length;
    setMessage(
      saveProgress(parsed.progress)
        ? { text: `Imported ${file.name}: ${solved} solved ${solved === 1 ? 'exercise' : 'exercises'}.` }
        : { text: 'The file was read, but this browser cannot save it: it is shown here until you leave the page.', error: true },
    );
  }

  function reset() {
    setConfirming(false);
    resetProgress();
    setProgress(emptyProgress());
    setMessage({ text: 'Your progress has been erased.' });
  }

  const solved = (c: ChapterOutline) => c.exercises.filter((e) => progress.exercises[e.id]?.result === 'correct').length;
  const root = base.replace(/\/?$/, '/');

  return (
    <div class="progress-panel" data-state={ready ? 'ready' : 'static'}>
      {!available && (
        <p class="progress-notice" role="status">
          This browser is not letting the book save anything (private browsing, or storage switched off), so progress is not kept
          between visits. Exporting and importing still work for this page.
        </p>
      )}
      <ContinueLink chapters={chapters} base={base} progress={progress} />
      <table>
        <caption>Exercises solved, chapter by chapter</caption>
        <thead>
          <tr>
            <th scope="col">Chapter</th>
            <th scope="col">Solved</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {chapters.map((c) => (
            <tr key={c.slug} data-progress-chapter={c.slug}>
              <th scope="row">
                <a href={`${root}${c.slug}/`}>{c.title}</a>
              </th>
              <td>
                {solved(c)} of {c.exercises.length}
              </td>
              <td>{progress.chapters[c.slug]?.completed ? 'Complete' : progress.chapters[c.slug]?.visited ? 'Started' : 'Not started'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div class="progress-actions">
        <button type="button" disabled={!ready} onClick={() => download(progress)}>
          Export progress
        </button>
        <label>
          Import progress from a file:{' '}
          <input
            type="file"
            accept="application/json,.json"
            disabled={!ready}
            onChange={(e) => {
              void importFile(e.currentTarget.files?.[0]);
              e.currentTarget.value = '';
            }}
          />
        </label>
      </div>
      <div class="progress-actions">
        {confirming ? (
          <>
            <span>Erase every answer and visit saved in this browser? This cannot be undone.</span>
            <button type="button" onClick={reset}>
              Yes, erase my progress
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              Keep it
            </button>
          </>
        ) : (
          <button type="button" disabled={!ready} onClick={() => setConfirming(true)}>
            Reset progress…
          </button>
        )}
      </div>
      <p class={`progress-message${message.error ? ' is-error' : ''}`} role="status">
        {message.text}
      </p>
    </div>
  );
}
