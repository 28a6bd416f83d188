// A lesson's title for links elsewhere in the app (review cards, exam reports), from the cached outline;
// the id stands in until the outline has loaded. DOM only.
import { useEffect } from 'react';
import { useDrydockStore } from '../../store';

export function useLessonTitle(id: string): string {
  const summaries = useDrydockStore((s) => s.lessonSummaries);
  useEffect(() => {
    if (!useDrydockStore.getState().lessonSummaries) void useDrydockStore.getState().loadLessonOutline();
  }, []);
  return summaries?.find((l) => l.id === id)?.title ?? id;
}

/** The same as a component, for lists that render many links. */
export function LessonTitle({ id }: { id: string }) {
  return <>{useLessonTitle(id)}</>;
}
