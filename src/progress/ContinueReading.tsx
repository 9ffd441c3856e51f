import { useEffect, useState } from 'preact/hooks';
import type { ChapterOutline } from './outline.ts';
import { loadProgress, type Progress } from './store.ts';

interface Props {
  chapters: ChapterOutline[];
  base: string;
}

/** "Continue where you left off": the chapter read last, and the exercise worked on last in it. Nothing for a new reader. */
export function ContinueLink({ chapters, base, progress }: Props & { progress: Progress }) {
  const last = progress.last;
  const chapter = chapters.find((c) => c.slug === last?.chapter);
  if (!last || !chapter) return null;
  const index = chapter.exercises.findIndex((e) => e.id === last.exercise);
  const exercise = chapter.exercises[index];
  const href = `${base.replace(/\/?$/, '/')}${exercise ? `${exercise.page}/#${exercise.id}` : `${chapter.slug}/`}`;
  return (
    <div class="continue-reading">
      <p>
        Continue where you left off: <a href={href}>{chapter.title}</a>
        {index >= 0 && `, exercise ${index + 1}`}.
      </p>
    </div>
  );
}

export default function ContinueReading(props: Props) {
  const [progress, setProgress] = useState<Progress | null>(null);
  useEffect(() => setProgress(loadProgress()), []);
  return progress && <ContinueLink {...props} progress={progress} />;
}
