// Sandbox sidebar: scratch drafts (open, new, delete) and the exercises with solved marks.
import { useState } from 'react';
import type { DraftSummary, ExerciseLoadProblem, ExerciseSummary } from '../../../core/api/sandbox';
import { hrefFor } from '../../router';
import { Button } from '../../ui';

export function Sidebar(props: {
  drafts: readonly DraftSummary[];
  exercises: readonly ExerciseSummary[];
  problems: readonly ExerciseLoadProblem[];
  currentDraft: string | null;
  currentExercise: string | null;
  onCreate(name: string): void;
  onDelete(id: string): void;
}) {
  const [name, setName] = useState('');
  return (
    <aside className="sbx-sidebar" aria-label="Drafts and exercises">
      <h2>Scratch files</h2>
      <ul className="sbx-nav">
        {props.drafts.map((d) => (
          <li key={d.id} className={d.id === props.currentDraft && !props.currentExercise ? 'sbx-current' : ''}>
            <a href={hrefFor('sandbox', 'draft', d.id)}>{d.name}</a>
            <button type="button" className="sbx-icon" aria-label={`Delete ${d.name}`} onClick={() => { if (window.confirm(`Delete "${d.name}"?`)) props.onDelete(d.id); }}>×</button>
          </li>
        ))}
      </ul>
      <form className="sbx-new" onSubmit={(e) => { e.preventDefault(); if (name.trim()) { props.onCreate(name.trim()); setName(''); } }}>
        <input value={name} onChange={(e) => setName(e.target.value)} placeholder="New scratch file" aria-label="New scratch file name" />
        <Button type="submit">Add</Button>
      </form>
      <h2>Exercises <span className="sbx-muted">{props.exercises.filter((e) => e.solved).length}/{props.exercises.length}</span></h2>
      <ul className="sbx-nav" data-testid="exercise-list">
        {props.exercises.map((e) => (
          <li key={e.id} className={e.id === props.currentExercise ? 'sbx-current' : ''}>
            <a href={hrefFor('sandbox', 'exercise', e.id)} data-solved={e.solved ? 'true' : 'false'}>
              <span className={e.solved ? 'sbx-tick' : 'sbx-dot'} aria-label={e.solved ? 'solved' : 'not solved'}>{e.solved ? '✓' : '○'}</span> {e.title}
            </a>
          </li>
        ))}
      </ul>
      {props.problems.length > 0 && (
        <div className="sbx-load-problems" role="alert">
          <strong>Exercise files with errors</strong>
          <ul>
            {props.problems.map((p) => (
              <li key={p.file}>
                <code>{p.file}</code>: {p.problems.join('; ')}
              </li>
            ))}
          </ul>
        </div>
      )}
    </aside>
  );
}
