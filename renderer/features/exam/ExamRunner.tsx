// Sitting an attempt: countdown (main's clock decides; submitting happens automatically at zero), the
// item navigator, the current item and submission. DOM only.
import { useEffect, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { ExamItemView, ExamView } from '../../../core/api/quiz';
import { domainInfo } from '../../../core/model/domains';
import { useDrydockStore } from '../../store';
import { Button } from '../../ui';
import { markdownBlock, markdownInline } from '../review/markdown';
import { ignoreKey } from '../review/keys';

function useRemaining(deadline: number, skew: number): number {
  const [now, setNow] = useState(() => Date.now() - skew);
  useEffect(() => {
    const t = setInterval(() => setNow(Date.now() - skew), 500);
    return () => clearInterval(t);
  }, [skew]);
  return Math.max(0, deadline - now);
}

const clock = (ms: number) => {
  const s = Math.ceil(ms / 1000);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
};

export function ExamRunner({ exam }: { exam: ExamView }) {
  const { skew, submit } = useDrydockStore(useShallow((s) => ({ skew: s.examClockSkew, submit: s.submitExam })));
  const [index, setIndex] = useState(() => Math.max(0, exam.items.findIndex((i) => !i.answered)));
  const [confirming, setConfirming] = useState(false);
  const remaining = useRemaining(exam.deadline, skew);

  useEffect(() => {
    if (remaining === 0) void submit();
  }, [remaining, submit]);

  const item = exam.items[index]!;
  const answered = exam.items.filter((i) => i.answered).length;
  const flagged = exam.items.filter((i) => i.flagged).length;
  return (
    <div className="exam-page exam-running">
      <header className="exam-bar">
        <span className={`timer ${remaining < 5 * 60_000 ? 'is-low' : ''}`} role="timer" aria-label="Time left">
          Time left {clock(remaining)}
        </span>
        <span>
          {answered}/{exam.items.length} answered{flagged > 0 ? ` · ${flagged} flagged` : ''}
        </span>
        <Button variant="primary" onClick={() => setConfirming(true)}>
          Submit exam
        </Button>
      </header>
      {exam.shortfalls.length > 0 && (
        <p className="shortfalls muted" role="note">
          The question bank could not fill this exam exactly: {exam.shortfalls.join('; ')}.
        </p>
      )}
      <nav className="item-nav" aria-label="Items">
        {exam.items.map((it) => (
          <button
            key={it.index}
            type="button"
            className={`item-dot ${it.index === index ? 'is-current' : ''} ${it.answered ? 'is-answered' : ''} ${it.flagged ? 'is-flagged' : ''}`}
            onClick={() => setIndex(it.index)}
            aria-label={`Item ${it.index + 1}${it.kind === 'domc' ? ' (DOMC)' : ''}${it.answered ? ', answered' : ''}${it.flagged ? ', flagged' : ''}`}
          >
            {it.index + 1}
          </button>
        ))}
      </nav>
      {confirming && (
        <div className="confirm" role="alertdialog" aria-label="Submit the exam?">
          <p>
            Submit now? {exam.items.length - answered} item(s) unanswered{flagged ? `, ${flagged} flagged for review` : ''}. Unanswered items count as wrong.
          </p>
          <Button variant="primary" onClick={() => void submit()}>
            Yes, submit
          </Button>{' '}
          <Button onClick={() => setConfirming(false)}>Keep going</Button>
        </div>
      )}
      <ItemView key={item.index} item={item} total={exam.items.length} onNext={() => setIndex(Math.min(exam.items.length - 1, index + 1))} onPrev={() => setIndex(Math.max(0, index - 1))} />
    </div>
  );
}

function ItemView({ item, total, onNext, onPrev }: { item: ExamItemView; total: number; onNext(): void; onPrev(): void }) {
  const { answerMc, answerDomc, flagItem } = useDrydockStore(useShallow((s) => ({ answerMc: s.answerMc, answerDomc: s.answerDomc, flagItem: s.flagItem })));
  const multi = item.choose > 1;
  // Shown at once, then confirmed by main's reply (which replaces it).
  const [selected, setSelected] = useState(item.selected);
  useEffect(() => setSelected(item.selected), [item.selected]);
  // Y and N answer the DOMC option on screen, as on the review page.
  useEffect(() => {
    if (item.kind !== 'domc' || item.currentOption === null) return;
    const onKey = (e: KeyboardEvent) => {
      if (ignoreKey(e)) return;
      if (e.key === 'y' || e.key === 'Y') void answerDomc(item.index, true);
      else if (e.key === 'n' || e.key === 'N') void answerDomc(item.index, false);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [item.kind, item.currentOption, item.index, answerDomc]);
  const toggle = (pos: number) => {
    const next = multi ? (selected.includes(pos) ? selected.filter((p) => p !== pos) : [...selected, pos]) : [pos];
    setSelected(next);
    void answerMc(item.index, next);
  };
  return (
    <article className="exam-item" aria-label={`Item ${item.index + 1} of ${total}`}>
      <header className="card-meta">
        <b>
          Item {item.index + 1} of {total}
        </b>
        <span className="muted">{item.kind === 'domc' ? 'DOMC: judge each option as it appears' : multi ? `Multiple choice: choose ${item.choose}` : 'Multiple choice: choose 1'}</span>
        <span className="muted">{domainInfo(item.domain).title}</span>
      </header>
      <div className="card-prompt" dangerouslySetInnerHTML={{ __html: markdownBlock(item.prompt) }} />
      {item.kind === 'mc' ? (
        <fieldset className="choices">
          {item.options.map((text, pos) => (
            <label key={pos} className={`choice ${selected.includes(pos) ? 'is-chosen' : ''}`}>
              <input type={multi ? 'checkbox' : 'radio'} name={`item-${item.index}`} checked={selected.includes(pos)} onChange={() => toggle(pos)} />
              <span className="choice-text" dangerouslySetInnerHTML={{ __html: markdownInline(text) }} />
            </label>
          ))}
        </fieldset>
      ) : item.currentOption !== null ? (
        <div className="domc-option">
          <p className="domc-text" dangerouslySetInnerHTML={{ __html: markdownInline(item.currentOption) }} />
          <p className="muted">
            Is this option correct? <kbd>Y</kbd> / <kbd>N</kbd>
          </p>
          <div className="domc-buttons">
            {/* Neither answer is styled as the default: an emphasised YES would hint at the key. */}
            <Button onClick={() => void answerDomc(item.index, true)} aria-keyshortcuts="Y">
              YES
            </Button>
            <Button onClick={() => void answerDomc(item.index, false)} aria-keyshortcuts="N">
              NO
            </Button>
          </div>
        </div>
      ) : (
        <p className="domc-done">This item is complete. DOMC items cannot be revisited.</p>
      )}
      <footer className="exam-item-actions">
        <Button variant="ghost" onClick={onPrev} disabled={item.index === 0}>
          ← Previous
        </Button>
        {item.kind === 'mc' && (
          <Button pressed={item.flagged} onClick={() => void flagItem(item.index, !item.flagged)}>
            {item.flagged ? '⚑ Flagged for review' : '⚐ Flag for review'}
          </Button>
        )}
        <Button variant="ghost" onClick={onNext} disabled={item.index === total - 1}>
          Next →
        </Button>
      </footer>
    </article>
  );
}
