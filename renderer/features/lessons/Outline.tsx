// The course outline: lessons grouped by exam domain in course order, with read marks; the open lesson
// shows its sections. DOM only.
import { useEffect, useRef } from 'react';
import { DOMAINS } from '../../../core/model/domains';
import type { LessonSummary } from '../../../core/model/lesson';
import { hrefFor } from '../../router';
import { useSolvedByLesson } from '../sandbox/LessonExercises';

export function Outline({ lessons, read, currentId }: { lessons: readonly LessonSummary[]; read: readonly string[]; currentId: string | undefined }) {
  const readSet = new Set(read);
  const practice = useSolvedByLesson();
  const navRef = useRef<HTMLElement>(null);
  useEffect(() => {
    // Keep the open lesson visible in a long outline (e.g. after following a link or a search hit).
    navRef.current?.querySelector<HTMLElement>('[aria-current="page"]')?.scrollIntoView?.({ block: 'nearest' });
  }, [currentId]);
  return (
    <nav className="outline" aria-label="Course outline" ref={navRef}>
      {DOMAINS.map((domain) => {
        const inDomain = lessons.filter((l) => l.domain === domain.id);
        if (inDomain.length === 0) return null;
        const done = inDomain.filter((l) => readSet.has(l.id)).length;
        return (
          <section key={domain.id} className="outline-domain">
            <h3 className="outline-domain-title">
              <span>
                {domain.number}. {domain.title}
              </span>
              <span className="outline-domain-count" title={`${done} of ${inDomain.length} read · ${Math.round(domain.weight * 100)}% of the exam`}>
                {done}/{inDomain.length}
              </span>
            </h3>
            <ol className="outline-lessons">
              {inDomain.map((lesson) => {
                const isRead = readSet.has(lesson.id);
                const current = lesson.id === currentId;
                return (
                  <li key={lesson.id}>
                    <a href={hrefFor('lessons', lesson.id)} className="outline-lesson" aria-current={current ? 'page' : undefined} data-read={isRead || undefined}>
                      <span className="read-dot" aria-label={isRead ? 'read' : 'not read yet'} role="img">
                        {isRead ? '✓' : ''}
                      </span>
                      <span className="outline-lesson-title">{lesson.title}</span>
                      {practice.has(lesson.id) && (
                        <span
                          className="outline-practice"
                          data-testid="outline-practice"
                          title={`${practice.get(lesson.id)!.solved} of ${practice.get(lesson.id)!.total} sandbox exercises solved`}
                        >
                          {practice.get(lesson.id)!.solved}/{practice.get(lesson.id)!.total}
                        </span>
                      )}
                    </a>
                    {current && lesson.sections.length > 0 && (
                      <ol className="outline-sections">
                        {lesson.sections.map((s) => (
                          <li key={s.id}>
                            <a href={hrefFor('lessons', lesson.id, s.id)}>{s.title}</a>
                          </li>
                        ))}
                      </ol>
                    )}
                  </li>
                );
              })}
            </ol>
          </section>
        );
      })}
    </nav>
  );
}
