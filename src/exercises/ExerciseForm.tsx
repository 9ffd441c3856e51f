import { useEffect, useState } from 'preact/hooks';
import { loadProgress, saveProgress, withAnswer, type Result } from '../progress/store.ts';

export interface ExerciseFormProps {
  id: string;
  chapter: string;
  /** Every exercise of the chapter, to know when the chapter is complete. */
  chapterExercises: string[];
  kind: 'number' | 'vector' | 'expression' | 'choice';
  label: string;
  /** How to type the answer; not for choices. */
  format?: string;
  /** For choices: the value, the pre-rendered HTML of each label, and its plain text (the radio's accessible name). */
  choices?: { value: string; html: string; text: string }[];
}

let judging: Promise<typeof import('./judge.ts')> | undefined;
/** The checker and its parser, loaded on the first focus or check and shared by every exercise on the page. */
const loadJudge = () => (judging ??= import('./judge.ts').catch((error) => {
  judging = undefined;
  throw error;
}));

/** One exercise's answer field and Check button: checks the answer in the browser and saves the result. */
export default function ExerciseForm({ id, chapter, chapterExercises, kind, label, format, choices = [] }: ExerciseFormProps) {
  const [draft, setDraft] = useState('');
  const [result, setResult] = useState<Result | undefined>(undefined);
  const [feedback, setFeedback] = useState('');
  const [ready, setReady] = useState(false);
  const field = `${id}-answer`;

  useEffect(() => {
    const saved = loadProgress().exercises[id];
    if (saved) {
      setDraft(saved.answer);
      setResult(saved.result);
      setFeedback(saved.result === 'correct' ? 'Correct: you solved this one before.' : 'Your last answer was not right yet. Try again.');
    }
    setReady(true);
  }, []);

  async function check(event: Event) {
    event.preventDefault();
    const text = draft.trim();
    if (text === '') {
      setFeedback(kind === 'choice' ? 'Pick one of the options first.' : 'Type an answer first.');
      return;
    }
    let verdict;
    try {
      verdict = (await loadJudge()).judge(id, text);
    } catch {
      setFeedback('The answer checker could not be loaded. Check your connection and try again.');
      return;
    }
    const outcome: Result = verdict.correct ? 'correct' : 'incorrect';
    setResult(outcome);
    setFeedback(verdict.feedback);
    saveProgress(withAnswer(loadProgress(), { id, chapter, text, result: outcome }, chapterExercises, new Date()));
  }

  function edit(value: string) {
    setDraft(value);
    if (result) setResult(undefined);
  }

  const preload = () => void loadJudge().catch(() => {});
  const checkButton = (
    <button type="submit" disabled={!ready}>
      Check
    </button>
  );
  const described = [format ? `${field}-format` : '', `${field}-feedback`].filter(Boolean).join(' ');
  return (
    <form
      class="exercise-form not-content"
      data-exercise={id}
      data-result={result}
      data-state={ready ? 'ready' : 'static'}
      onSubmit={check}
      noValidate
    >
      {kind === 'choice' ? (
        <>
          <fieldset class="exercise-choices" aria-describedby={`${field}-feedback`}>
            <legend>{label}</legend>
            {choices.map((c) => (
              <label key={c.value}>
                <input
                  type="radio"
                  name={field}
                  value={c.value}
                  aria-label={c.text}
                  checked={draft === c.value}
                  onChange={() => edit(c.value)}
                  onFocus={preload}
                />
                <span dangerouslySetInnerHTML={{ __html: c.html }} />
              </label>
            ))}
          </fieldset>
          {checkButton}
        </>
      ) : (
        <>
          <label for={field}>{label}</label>
          <div class="exercise-row">
            <input
              id={field}
              type="text"
              autoComplete="off"
              autoCapitalize="off"
              spellcheck={false}
              value={draft}
              aria-describedby={described}
              aria-invalid={result === 'incorrect' ? 'true' : undefined}
              onInput={(e) => edit(e.currentTarget.value)}
              onFocus={preload}
            />
            {checkButton}
          </div>
          {format && (
            <p class="exercise-format" id={`${field}-format`}>
              {format}
            </p>
          )}
        </>
      )}
      <p class={`exercise-feedback${result ? ` is-${result}` : ''}`} id={`${field}-feedback`} role="status">
        {feedback}
      </p>
    </form>
  );
}
