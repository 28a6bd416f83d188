// One lesson: title, what it teaches, the rendered body, the read mark and previous/next. DOM only.
import { useEffect, useMemo, useRef } from 'react';
import type { Lesson, LessonSummary } from '../../../core/model/lesson';
import { domainInfo } from '../../../core/model/domains';
import { hrefFor } from '../../router';
import { Button } from '../../ui';
import { renderInlineMarkdown, renderLessonMarkdown } from './markdown';
import { LessonExercises } from '../sandbox/LessonExercises';

export interface LessonViewProps {
  readonly lesson: Lesson;
  readonly section: string | undefined;
  readonly read: boolean;
  readonly previous: LessonSummary | undefined;
  readonly next: LessonSummary | undefined;
  /** Lessons this one builds on (its prerequisites), for links under the title. */
  readonly prerequisites: readonly LessonSummary[];
  readonly onToggleRead: (read: boolean) => void;
}

export function LessonView({ lesson, section, read, previous, next, prerequisites, onToggleRead }: LessonViewProps) {
  const html = useMemo(() => renderLessonMarkdown(lesson.id, lesson.body, lesson.sections), [lesson]);
  const articleRef = useRef<HTMLElement>(null);
  const titleRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    // Scroll to the section named in the route, or to the top when the lesson changes.
    const target = section ? document.getElementById(section) : null;
    if (target) target.scrollIntoView?.({ block: 'start' });
    else articleRef.current?.closest('.lessons-main')?.scrollTo?.({ top: 0 });
  }, [lesson.id, section]);

  useEffect(() => {
    // Following Previous/Next unmounts the link that had focus (the page shows "Loading lesson…" in
    // between), which drops focus to <body>: the next Tab would start over at the top of the outline.
    // Put focus on the new lesson's title instead; focus that is elsewhere (search box, outline) stays.
    if (document.activeElement === document.body) titleRef.current?.focus({ preventScroll: true });
  }, [lesson.id]);

  const domain = domainInfo(lesson.domain);
  return (
    <article className="lesson" ref={articleRef} aria-labelledby="lesson-title">
      <header className="lesson-header">
        <p className="lesson-kicker">
          Domain {domain.number} · {domain.title}
        </p>
        <h1 id="lesson-title" className="lesson-title" ref={titleRef} tabIndex={-1}>
          {lesson.title}
        </h1>
        <p className="lesson-meta">
          <span>About {lesson.estimatedMinutes} min</span>
          {lesson.studyGuide.length > 0 && <span>Study guide {lesson.studyGuide.join(', ')}</span>}
          {read && <span className="lesson-read-chip">Read</span>}
        </p>
        {prerequisites.length > 0 && (
          <p className="lesson-prereqs">
            Builds on{' '}
            {prerequisites.map((p, i) => (
              <span key={p.id}>
                {i > 0 && ', '}
                <a href={hrefFor('lessons', p.id)}>{p.title}</a>
              </span>
            ))}
          </p>
        )}
        {lesson.conceptOnly && (
          <p className="lesson-note">Concept only: this needs Docker Enterprise or Kubernetes, so it is taught without hands-on exercises.</p>
        )}
        <div className="lesson-objectives">
          <h2 className="lesson-objectives-title">You will be able to</h2>
          <ul>
            {lesson.objectives.map((o) => (
              // Objectives are written like the body (`syntax`, links), so they get the same inline rendering.
              <li key={o} dangerouslySetInnerHTML={{ __html: renderInlineMarkdown(o) }} />
            ))}
          </ul>
        </div>
      </header>
      <div className="lesson-body" dangerouslySetInnerHTML={{ __html: html }} />
      <LessonExercises lessonId={lesson.id} />
      <footer className="lesson-footer">
        <Button variant={read ? 'secondary' : 'primary'} pressed={read} onClick={() => onToggleRead(!read)}>
          {read ? '✓ Read' : 'Mark as read'}
        </Button>
        <div className="lesson-pager">
          {previous ? (
            <a className="pager-link" href={hrefFor('lessons', previous.id)} rel="prev">
              <span className="pager-dir">← Previous</span>
              <span className="pager-title">{previous.title}</span>
            </a>
          ) : (
            <span />
          )}
          {next && (
            <a className="pager-link pager-next" href={hrefFor('lessons', next.id)} rel="next">
              <span className="pager-dir">Next →</span>
              <span className="pager-title">{next.title}</span>
            </a>
          )}
        </div>
      </footer>
    </article>
  );
}
