// A small block the lesson page (or the course outline) can mount: the exercises that practise a lesson,
// each marked solved or not, linking into the sandbox. Reads `exercises.list` through the store, so the
// marks update as soon as the learner solves one. DOM only.
//
//   import { LessonExercises } from '../sandbox/LessonExercises';
//   <LessonExercises lessonId={lesson.id} />          // renders nothing when the lesson has no exercise
import { useEffect } from 'react';
import { useDrydockStore } from '../../store';
import { hrefFor } from '../../router';

export function LessonExercises({ lessonId }: { lessonId: string }) {
  const exercises = useDrydockStore((s) => s.sandbox.exercises);
  useEffect(() => {
    void useDrydockStore.getState().sandboxLoadLists();
  }, [lessonId]);
  const mine = exercises.filter((e) => e.lesson === lessonId);
  if (mine.length === 0) return null;
  return (
    <aside className="lesson-exercises" aria-label="Practise in the sandbox" data-testid="lesson-exercises">
      <h2 style={{ fontSize: 15, margin: '0 0 6px' }}>Practise in the sandbox</h2>
      <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
        {mine.map((e) => (
          <li key={e.id} style={{ padding: '2px 0' }}>
            <span aria-label={e.solved ? 'solved' : 'not solved'} style={{ color: e.solved ? 'var(--ok)' : 'var(--text-muted)', marginRight: 6 }}>
              {e.solved ? '✓' : '○'}
            </span>
            <a href={hrefFor('sandbox', 'exercise', e.id)} data-solved={e.solved ? 'true' : 'false'}>{e.title}</a>
          </li>
        ))}
      </ul>
    </aside>
  );
}

/** Ids of solved exercises per lesson, for a course outline that wants a count next to each lesson. */
export function useSolvedByLesson(): ReadonlyMap<string, { solved: number; total: number }> {
  const exercises = useDrydockStore((s) => s.sandbox.exercises);
  useEffect(() => {
    void useDrydockStore.getState().sandboxLoadLists();
  }, []);
  const map = new Map<string, { solved: number; total: number }>();
  for (const e of exercises) {
    const m = map.get(e.lesson) ?? { solved: 0, total: 0 };
    map.set(e.lesson, { solved: m.solved + (e.solved ? 1 : 0), total: m.total + 1 });
  }
  return map;
}
