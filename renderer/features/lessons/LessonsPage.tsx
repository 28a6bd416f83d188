// The lesson reader page: #/lessons (course overview), #/lessons/<id> and #/lessons/<id>/<section>.
// DOM only.
import { useEffect } from 'react';
import { useDrydockStore } from '../../store';
import { hrefFor } from '../../router';
import { DOMAINS } from '../../../core/model/domains';
import { Outline } from './Outline';
import { LessonView } from './LessonView';
import { SearchBox, SearchResults } from './SearchBox';
import './lessons.css';

export default function LessonsPage({ path }: { path: string[] }) {
  const [lessonId, section] = path;
  const summaries = useDrydockStore((s) => s.lessonSummaries);
  const read = useDrydockStore((s) => s.readLessonIds);
  const lesson = useDrydockStore((s) => s.openLesson);
  const query = useDrydockStore((s) => s.lessonQuery);
  const notices = useDrydockStore((s) => s.status?.notices);
  const problems = notices?.filter((n) => n.kind === 'content-error');
  const { loadLessonOutline, loadLesson, setLessonRead } = useDrydockStore.getState();

  useEffect(() => {
    if (!summaries) void loadLessonOutline();
  }, [summaries, loadLessonOutline]);
  useEffect(() => {
    if (lessonId) void loadLesson(lessonId);
  }, [lessonId, loadLesson]);

  const index = summaries?.findIndex((l) => l.id === lessonId) ?? -1;
  const shown = lesson && lesson.id === lessonId ? lesson : undefined;

  return (
    <div className="lessons-layout">
      <aside className="lessons-sidebar">
        <SearchBox />
        {query.trim() ? (
          <SearchResults />
        ) : summaries ? (
          summaries.length > 0 ? (
            <Outline lessons={summaries} read={read} currentId={lessonId} />
          ) : (
            <p className="muted">No lessons found in the content folder.</p>
          )
        ) : (
          <p className="muted">Loading the course…</p>
        )}
        {problems && problems.length > 0 && (
          <div className="content-problems" role="alert">
            <h3>
              {problems.length} content problem{problems.length === 1 ? '' : 's'}
            </h3>
            <ul>
              {problems.map((p) => (
                <li key={p.message}>{p.message}</li>
              ))}
            </ul>
          </div>
        )}
      </aside>
      <div className="lessons-main">
        {lessonId ? (
          shown ? (
            <LessonView
              lesson={shown}
              section={section}
              read={read.includes(shown.id)}
              previous={index > 0 ? summaries?.[index - 1] : undefined}
              next={index >= 0 ? summaries?.[index + 1] : undefined}
              prerequisites={(summaries ?? []).filter((l) => shown.prerequisites.includes(l.id))}
              onToggleRead={(value) => void setLessonRead(shown.id, value)}
            />
          ) : (
            <p className="muted lesson-loading">Loading lesson…</p>
          )
        ) : (
          <CourseOverview />
        )}
      </div>
    </div>
  );
}

function CourseOverview() {
  const summaries = useDrydockStore((s) => s.lessonSummaries) ?? [];
  const read = new Set(useDrydockStore((s) => s.readLessonIds));
  const first = summaries.find((l) => !read.has(l.id)) ?? summaries[0];
  return (
    <div className="overview">
      <h1 className="overview-title">Docker Certified Associate</h1>
      <p className="overview-lead">
        Work through the lessons domain by domain. Each exam domain below shows its share of the exam and how many of its lessons you have read.
      </p>
      {first && (
        <a className="btn btn-primary overview-start" href={hrefFor('lessons', first.id)}>
          {read.size > 0 ? 'Continue' : 'Start'}: {first.title}
        </a>
      )}
      <div className="overview-grid">
        {DOMAINS.map((d) => {
          const inDomain = summaries.filter((l) => l.domain === d.id);
          const done = inDomain.filter((l) => read.has(l.id)).length;
          const pct = inDomain.length ? Math.round((done / inDomain.length) * 100) : 0;
          // The card's title opens where this domain's reading continues: its first unread lesson.
          const resume = inDomain.find((l) => !read.has(l.id)) ?? inDomain[0];
          return (
            <div key={d.id} className="overview-card">
              <div className="overview-card-head">
                <span className="overview-card-number">{d.number}</span>
                <span className="overview-card-weight">{Math.round(d.weight * 100)}% of exam</span>
              </div>
              <h2 className="overview-card-title">
                {resume ? (
                  <a href={hrefFor('lessons', resume.id)} title={`Open ${resume.title}`}>
                    {d.title}
                  </a>
                ) : (
                  d.title
                )}
              </h2>
              <div className="progress-track">
                <div className="progress-fill" style={{ width: `${pct}%` }} />
              </div>
              <p className="overview-card-count">
                {done} of {inDomain.length} lesson{inDomain.length === 1 ? '' : 's'} read
              </p>
            </div>
          );
        })}
      </div>
    </div>
  );
}
