// The review page: today's cards one at a time. Answer (optional), Space reveals, 1–4 grades (a grade is
// suggested from correctness and time for objective questions), U undo, B bury, S suspend, F flag.
// #/review, or #/review/lesson/<id> to review one lesson's cards. DOM only.
import { useCallback, useEffect, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { DOMAINS, type DomainId } from '../../../core/model/domains';
import { GRADE_NAMES, type Grade } from '../../../core/srs/card';
import { countWords, suggestGrade } from '../../../core/srs/autograde';
import { isCorrect, type Response } from '../../../core/exam/checks';
import type { QueueCard } from '../../../core/api/quiz';
import { useDrydockStore } from '../../store';
import { hrefFor, navigate } from '../../router';
import { Button, Panel } from '../../ui';
import { AnswerInput, seedFor } from './AnswerInput';
import { formatDue, ignoreKey, REVIEW_KEYS } from './keys';
import { markdownBlock } from './markdown';
import './review.css';
import { LessonTitle } from '../lessons/useLessonTitle';

export default function ReviewPage({ path }: { path: string[] }) {
  const lessonFilter = path[0] === 'lesson' ? path[1] : undefined;
  const { queue, filter, setFilter, lastAnswer, newLeech, releaseLeech, lessons, loadLessons } = useDrydockStore(
    useShallow((s) => ({
      queue: s.reviewQueue,
      filter: s.reviewFilter,
      setFilter: s.setReviewFilter,
      lastAnswer: s.lastAnswer,
      newLeech: s.newLeech,
      releaseLeech: s.releaseLeech,
      lessons: s.lessonSummaries,
      loadLessons: s.loadLessonOutline,
    })),
  );
  useEffect(() => {
    if (!lessons) void loadLessons();
  }, [lessons, loadLessons]);

  useEffect(() => {
    const current = useDrydockStore.getState().reviewFilter;
    void setFilter({ ...current, lesson: lessonFilter });
  }, [lessonFilter, setFilter]);

  const card = queue?.cards[0];
  const total = queue ? queue.counts.learning + queue.counts.review + queue.counts.new + queue.counts.examFinalDays : 0;

  return (
    <div className="review-page">
      <header className="review-header">
        <h1>Review</h1>
        {queue && (
          <div className="review-counts" aria-label="Cards left today">
            <span className="count-learning" title="learning">{queue.counts.learning} learning</span>
            <span className="count-review" title="due reviews">{queue.counts.review} due</span>
            <span className="count-new" title="new cards">{queue.counts.new} new</span>
            {queue.counts.examFinalDays > 0 && <span className="count-exam">{queue.counts.examFinalDays} exam boost</span>}
            <span className="muted">· {queue.doneToday.answers} done today</span>
          </div>
        )}
        <div className="review-filters">
          <label>
            Domain{' '}
            <select value={filter.domain ?? ''} onChange={(e) => void setFilter({ ...filter, domain: (e.target.value || undefined) as DomainId | undefined })}>
              <option value="">All domains</option>
              {DOMAINS.map((d) => (
                <option key={d.id} value={d.id}>
                  {d.number}. {d.title}
                </option>
              ))}
            </select>
          </label>
          <label>
            <input type="checkbox" checked={filter.flag === 1} onChange={(e) => void setFilter({ ...filter, flag: e.target.checked ? 1 : undefined })} /> Flagged only
          </label>
          <label>
            Lesson{' '}
            <select
              value={filter.lesson ?? ''}
              onChange={(e) => (e.target.value ? navigate('review', 'lesson', e.target.value) : navigate('review'))}
              aria-label="Lesson"
            >
              <option value="">All lessons</option>
              {filter.lesson && !lessons?.some((l) => l.id === filter.lesson) && <option value={filter.lesson}>{filter.lesson}</option>}
              {(lessons ?? [])
                .filter((l) => !filter.domain || l.domain === filter.domain)
                .map((l) => (
                  <option key={l.id} value={l.id}>
                    {l.title}
                  </option>
                ))}
            </select>
          </label>
        </div>
      </header>

      {queue?.exam && (
        <p className="exam-plan">
          Exam on <b>{queue.exam.date}</b> ({queue.exam.daysLeft} day{queue.exam.daysLeft === 1 ? '' : 's'} left): scheduling keeps every card's predicted
          recall at {Math.round(queue.exam.target * 100)}% or better on that day.
          {queue.exam.newLeft > 0 && (
            <>
              {' '}
              {queue.exam.newLeft} cards are still new: about {queue.exam.suggestedNewPerDay} new a day meets them all a week before the exam.
            </>
          )}
        </p>
      )}

      {newLeech && (
        <div className="leech-notice" role="alert">
          <b>This card keeps slipping ({newLeech.lapses} lapses).</b> It has been set aside so it stops costing you time. Re-read{' '}
          <a href={hrefFor('lessons', newLeech.lesson, ...(newLeech.section ? [newLeech.section] : []))}>its lesson</a>, then{' '}
          <Button onClick={() => void releaseLeech(newLeech.id)}>return it to reviews</Button>
        </div>
      )}

      {!queue && <p className="muted">Loading today's cards…</p>}
      {queue && card && <CardSession key={`${card.id}:${card.reps}:${card.state}`} card={card} position={total} />}
      {queue && !card && (
        <Panel title="All done for now">
          <p>
            {queue.laterToday > 0 && queue.nextLearningAt
              ? `${queue.laterToday} learning card${queue.laterToday === 1 ? '' : 's'} come${queue.laterToday === 1 ? 's' : ''} back in ${formatDue(queue.nextLearningAt, Date.now())}.`
              : 'Nothing else is due today. Come back tomorrow, or take a practice exam.'}
          </p>
          {lastAnswer && <p className="muted">Last card: next due in {formatDue(lastAnswer.due, Date.now())}.</p>}
          <p>
            <a href={hrefFor('exam')}>Practice exam</a> · <a href={hrefFor('progress')}>Progress</a>
          </p>
        </Panel>
      )}

      {queue && queue.leeches.length > 0 && (
        <Panel title={`Set aside (leeches): ${queue.leeches.length}`} className="leech-list">
          <ul>
            {queue.leeches.map((l) => (
              <li key={l.id}>
                <a href={hrefFor('lessons', l.lesson, ...(l.section ? [l.section] : []))}>{l.lesson}</a> — {l.prompt.slice(0, 90)}{' '}
                <Button variant="ghost" onClick={() => void releaseLeech(l.id)}>
                  Return to reviews
                </Button>
              </li>
            ))}
          </ul>
        </Panel>
      )}

      <footer className="key-legend" aria-label="Keyboard shortcuts">
        {REVIEW_KEYS.map((k) => (
          <span key={k.key}>
            <kbd>{k.key}</kbd> {k.does}
          </span>
        ))}
      </footer>
    </div>
  );
}

function CardSession({ card, position }: { card: QueueCard; position: number }) {
  const { gradeCard, undo, bury, suspend, toggleFlag } = useDrydockStore(
    useShallow((s) => ({ gradeCard: s.gradeCard, undo: s.undoReview, bury: s.buryCard, suspend: s.suspendCard, toggleFlag: s.toggleFlag })),
  );
  const q = card.question;
  const shownAt = useRef(performance.now());
  const [response, setResponse] = useState<Response | null>(null);
  const [revealed, setRevealed] = useState(false);
  const [elapsed, setElapsed] = useState(0);
  const [busy, setBusy] = useState(false);

  const correct = revealed && response ? isCorrect(q, response) : null;
  const words = countWords(q.prompt, ...(q.type === 'single' || q.type === 'multiple' || q.type === 'domc' ? q.options.map((o) => o.text) : []));
  const suggested: Grade | null = correct === null ? null : suggestGrade({ type: q.type, correct, durationMs: elapsed, wordCount: words });

  const reveal = useCallback(() => {
    if (revealed) return;
    setElapsed(Math.round(performance.now() - shownAt.current));
    setRevealed(true);
  }, [revealed]);

  const grade = useCallback(
    (g: Grade) => {
      if (!revealed || busy) return;
      setBusy(true);
      void gradeCard(card.id, g, Math.min(elapsed, 600_000));
    },
    [revealed, busy, gradeCard, card.id, elapsed],
  );

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (ignoreKey(e)) return;
      const k = e.key.toLowerCase();
      if (e.key === ' ') {
        e.preventDefault();
        reveal();
      } else if (k >= '1' && k <= '4') grade(Number(k) as Grade);
      else if (k === 'u') void undo();
      else if (k === 'b') void bury(card.id);
      else if (k === 's') void suspend(card.id);
      else if (k === 'f') void toggleFlag(card.id, card.flag);
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [reveal, grade, undo, bury, suspend, toggleFlag, card.id, card.flag]);

  const now = Date.now();
  return (
    <article className="review-card" aria-label="Review card" data-card-id={card.id}>
      <header className="card-meta">
        <span className={`badge badge-${card.reason}`}>{card.reason === 'exam-final-days' ? 'exam boost' : card.reason}</span>
        <span className="muted">
          {DOMAINS.find((d) => d.id === q.domain)?.title} · objective {q.objective} · {q.type === 'domc' ? 'DOMC item' : q.type}
        </span>
        <span className="card-left muted">{position} left</span>
        <button type="button" className={`flag ${card.flag ? 'is-flagged' : ''}`} aria-pressed={card.flag > 0} onClick={() => void toggleFlag(card.id, card.flag)} title="Flag (F)">
          ⚑
        </button>
      </header>
      <div className="card-prompt" dangerouslySetInnerHTML={{ __html: markdownBlock(q.prompt) }} />
      <AnswerInput question={q} seed={seedFor(card.id, card.reps)} response={response} revealed={revealed} onChange={setResponse} onSubmit={reveal} />

      {!revealed && (
        <div className="card-actions">
          <Button variant="primary" onClick={reveal}>
            Show answer <kbd>Space</kbd>
          </Button>
        </div>
      )}

      {revealed && (
        <section className="card-answer" aria-label="Answer">
          {correct !== null && <p className={`verdict ${correct ? 'is-right' : 'is-wrong'}`}>{correct ? 'Right.' : 'Not quite.'}</p>}
          <div className="explanation" dangerouslySetInnerHTML={{ __html: markdownBlock(q.explanation) }} />
          <p className="muted">
            Lesson: <a href={hrefFor('lessons', q.lesson, ...(q.section ? [q.section] : []))}><LessonTitle id={q.lesson} /></a>
          </p>
          <div className="grade-buttons" role="group" aria-label="Grade">
            {([1, 2, 3, 4] as const).map((g) => (
              <button
                key={g}
                type="button"
                className={`grade grade-${g} ${suggested === g ? 'is-suggested' : ''}`}
                onClick={() => grade(g)}
                disabled={busy}
                title={suggested === g ? 'Suggested from your answer and time' : undefined}
              >
                <kbd>{g}</kbd> {GRADE_NAMES[g]}
                <small>{formatDue(card.previews[g], now)}</small>
              </button>
            ))}
          </div>
          {suggested !== null && (
            <p className="muted suggestion">
              Suggested: <b>{GRADE_NAMES[suggested]}</b> ({correct ? 'right' : 'wrong'} in {Math.round(elapsed / 1000)} s). Pick another grade if it felt different.
            </p>
          )}
        </section>
      )}
      <footer className="card-tools">
        <Button variant="ghost" onClick={() => void undo()}>
          <kbd>U</kbd> Undo
        </Button>
        <Button variant="ghost" onClick={() => void bury(card.id)}>
          <kbd>B</kbd> Bury
        </Button>
        <Button variant="ghost" onClick={() => void suspend(card.id)}>
          <kbd>S</kbd> Suspend
        </Button>
      </footer>
    </article>
  );
}
