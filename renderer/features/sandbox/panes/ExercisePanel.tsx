// The open exercise: prompt, a live preview of its checks, hints on demand, and "Check" (graded and
// recorded by main).
import { useEffect, useMemo } from 'react';
import { marked } from 'marked';
import type { CheckOutcome } from '../../../../core/api/sandbox';
import type { GradeReport } from '../../../../core/exercises/grade';
import type { Exercise } from '../../../../core/exercises/schema';
import { Button } from '../../../ui';
import { useDrydockStore } from '../../../store';
import { hrefFor } from '../../../router';

export function ExercisePanel(props: {
  exercise: Exercise;
  preview: GradeReport | null;
  lastCheck: CheckOutcome | null;
  checking: boolean;
  hintsShown: number;
  onCheck(): void;
  onHint(): void;
}) {
  const { exercise, preview, lastCheck, checking, hintsShown } = props;
  const html = useMemo(() => marked.parse(exercise.prompt, { async: false }), [exercise.prompt]);
  const report = lastCheck?.report ?? null;
  // Solved in an earlier session counts too (the exercise list knows), not only after a Check just now.
  const solvedBefore = useDrydockStore((s) => s.sandbox.exercises.find((e) => e.id === exercise.id)?.solved ?? false);
  const solved = lastCheck?.progress.solved ?? solvedBefore;
  // Name the lesson by its title (from the course outline), not its id; the id stays the fallback.
  const lessonTitle = useDrydockStore((s) => s.lessonSummaries?.find((l) => l.id === exercise.lesson)?.title);
  useEffect(() => {
    if (!useDrydockStore.getState().lessonSummaries) void useDrydockStore.getState().loadLessonOutline();
  }, []);
  return (
    <section className="sbx-exercise" aria-label="Exercise" data-testid="exercise-panel">
      <header>
        <h2>{exercise.title}</h2>
        <a href={hrefFor('lessons', exercise.lesson)} className="sbx-muted" data-testid="exercise-lesson">
          Lesson: {lessonTitle ?? exercise.lesson}
        </a>
        {solved && <span className="sbx-badge sbx-solved" data-testid="solved-badge">✓ solved</span>}
      </header>
      <div className="sbx-prose" dangerouslySetInnerHTML={{ __html: html }} />
      <h3>Checks {preview && <span className="sbx-muted">(live: {preview.results.filter((r) => r.passed).length}/{preview.results.length})</span>}</h3>
      <ul className="sbx-checks">
        {exercise.checks.map((c, i) => {
          const live = preview?.results[i];
          return (
            <li key={i} className={live ? (live.passed ? 'sbx-pass' : 'sbx-fail') : ''}>
              <span aria-hidden="true">{live ? (live.passed ? '✓' : '✗') : '•'}</span> {live ? live.message : c.pass}
              {live && !live.passed && live.detail && <div className="sbx-muted sbx-detail">{live.detail}</div>}
            </li>
          );
        })}
      </ul>
      <div className="sbx-toolbar">
        <Button variant="primary" onClick={props.onCheck} disabled={checking} data-testid="check-button">
          {checking ? 'Checking…' : 'Check'}
        </Button>
        <Button variant="ghost" onClick={props.onHint} disabled={hintsShown >= exercise.hints.length}>Hint ({hintsShown}/{exercise.hints.length})</Button>
      </div>
      {report && (
        <p role="status" className={report.passed ? 'sbx-good' : 'sbx-bad'} data-testid="check-result">
          {report.passed ? 'All checks pass. Exercise solved!' : `${report.results.filter((r) => r.passed).length} of ${report.results.length} checks pass.`}
          {lastCheck && <span className="sbx-muted"> Attempts: {lastCheck.progress.attempts}, best {Math.round((lastCheck.progress.best ?? 0) * 100)}%.</span>}
        </p>
      )}
      {hintsShown > 0 && (
        <ol className="sbx-hints">{exercise.hints.slice(0, hintsShown).map((h, i) => <li key={i}>{h}</li>)}</ol>
      )}
    </section>
  );
}
