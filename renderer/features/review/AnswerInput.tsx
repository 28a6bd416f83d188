// The learner's answer before the reveal, per question type, and the verdict after it. Options are
// shuffled per card and repetition so positions cannot be memorised. DOM only.
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import type { ExerciseSummary } from '../../../core/api/sandbox';
import { api } from '../../api';
import type { ChoiceQuestion, Question } from '../../../core/model/question';
import type { Response } from '../../../core/exam/checks';
import { seededRng, shuffled } from '../../../core/exam/rng';
import { hrefFor } from '../../router';
import { markdownInline } from './markdown';
import { ignoreKey } from './keys';

export function seedFor(id: string, reps: number): number {
  let h = 2166136261;
  for (const ch of `${id}#${reps}`) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
  return h >>> 0;
}

export function useOrder(length: number, seed: number): number[] {
  return useMemo(() => shuffled(Array.from({ length }, (_v, i) => i), seededRng(seed)), [length, seed]);
}

interface Props {
  readonly question: Question;
  readonly seed: number;
  readonly response: Response | null;
  readonly revealed: boolean;
  onChange(r: Response): void;
  /** Enter in the command field reveals. */
  onSubmit(): void;
}

export function AnswerInput({ question: q, seed, response, revealed, onChange, onSubmit }: Props) {
  const optionCount = q.type === 'single' || q.type === 'multiple' || q.type === 'domc' ? q.options.length : q.type === 'order' ? q.steps.length : 0;
  const order = useOrder(optionCount, seed);

  if (q.type === 'domc') return <DomcPractice question={q} order={order} response={response} revealed={revealed} onChange={onChange} onSubmit={onSubmit} />;

  if (q.type === 'single' || q.type === 'multiple') {
    const selected = response?.type === 'choice' ? response.selected : [];
    const multi = q.type !== 'single';
    const toggle = (i: number) => {
      if (revealed) return;
      const next = multi ? (selected.includes(i) ? selected.filter((x) => x !== i) : [...selected, i]) : [i];
      onChange({ type: 'choice', selected: next });
    };
    return (
      <fieldset className="choices" aria-label={multi ? 'Choose every right option' : 'Choose one option'}>
        <legend className="muted">{multi ? 'Select every option that is right' : 'Select one option'}</legend>
        {order.map((i) => {
          const o = q.options[i]!;
          const chosen = selected.includes(i);
          const verdict = revealed ? (o.correct ? 'is-key' : chosen ? 'is-wrong' : '') : '';
          return (
            <label key={i} className={`choice ${chosen ? 'is-chosen' : ''} ${verdict}`}>
              <input type={multi ? 'checkbox' : 'radio'} name="choice" checked={chosen} disabled={revealed} onChange={() => toggle(i)} />
              <span className="choice-text" dangerouslySetInnerHTML={{ __html: markdownInline(o.text) }} />
              {revealed && (
                <span className="choice-why">
                  <b>{o.correct ? 'Right: ' : 'Wrong: '}</b>
                  <span dangerouslySetInnerHTML={{ __html: markdownInline(o.why) }} />
                </span>
              )}
            </label>
          );
        })}
      </fieldset>
    );
  }

  if (q.type === 'command') {
    const text = response?.type === 'command' ? response.text : '';
    return (
      <div className="command-answer">
        <label className="muted" htmlFor="command-input">
          Type the command, then press Enter
        </label>
        <input
          id="command-input"
          className="command-input"
          spellCheck={false}
          autoComplete="off"
          value={text}
          disabled={revealed}
          onChange={(e) => onChange({ type: 'command', text: e.target.value })}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              (e.target as HTMLInputElement).blur();
              onSubmit();
            }
          }}
        />
        {revealed && (
          <p>
            Accepted: {q.answers.map((a) => <code key={a}>{a}</code>).reduce<ReactNode[]>((acc, el, i) => (i ? [...acc, ' or ', el] : [el]), [])}
          </p>
        )}
      </div>
    );
  }

  if (q.type === 'order') {
    const current = response?.type === 'order' ? [...response.order] : order;
    const move = (from: number, to: number) => {
      if (to < 0 || to >= current.length) return;
      const next = current.slice();
      const [item] = next.splice(from, 1);
      next.splice(to, 0, item!);
      onChange({ type: 'order', order: next });
    };
    return (
      <ol className="order-list" aria-label="Steps to put in order">
        {current.map((step, pos) => (
          <li key={step} className={revealed ? (step === pos ? 'is-key' : 'is-wrong') : ''}>
            <span dangerouslySetInnerHTML={{ __html: markdownInline(q.steps[step]!) }} />
            {!revealed && (
              <span className="order-buttons">
                <button type="button" className="btn btn-ghost" aria-label="Move up" onClick={() => move(pos, pos - 1)}>
                  ↑
                </button>
                <button type="button" className="btn btn-ghost" aria-label="Move down" onClick={() => move(pos, pos + 1)}>
                  ↓
                </button>
              </span>
            )}
            {revealed && step !== pos && <span className="muted"> (belongs at {step + 1})</span>}
          </li>
        ))}
      </ol>
    );
  }

  return <SandboxTask exercise={q.exercise} revealed={revealed} onChange={onChange} />;
}

/**
 * A hands-on card: the learner solves the exercise in the sandbox (its checks grade it), comes back and
 * reveals. If the exercise was checked in the meantime, the result suggests the grade.
 */
function SandboxTask({ exercise, revealed, onChange }: { exercise: string; revealed: boolean; onChange(r: Response): void }) {
  const [before, setBefore] = useState<ExerciseSummary | null | undefined>(undefined);
  const [after, setAfter] = useState<ExerciseSummary | null | undefined>(undefined);
  const find = async () => (await api['exercises.list']({})).exercises.find((e) => e.id === exercise) ?? null;
  useEffect(() => {
    find().then(setBefore, () => setBefore(null));
    // once per card
  }, [exercise]);
  useEffect(() => {
    if (!revealed) return;
    find().then((now) => {
      setAfter(now);
      if (now && before && now.attempts > before.attempts) onChange({ type: 'sandbox', passed: now.solved });
    }, () => setAfter(null));
    // when the answer is revealed
  }, [revealed]);
  const checked = after && before && after.attempts > before.attempts;
  return (
    <div className="sandbox-task">
      <p>
        Hands-on: <a href={hrefFor('sandbox', 'exercise', exercise)} target="_blank" rel="noreferrer">open the exercise in the sandbox</a>, make its checks
        pass, then come back and reveal.
      </p>
      {before === null && <p className="muted">This exercise is not in the course (yet): grade yourself.</p>}
      {revealed && after !== undefined && (
        <p className="muted">
          {checked
            ? `Checked in the sandbox: ${after.solved ? 'all checks passed' : 'not passing yet'} (best ${Math.round((after.best ?? 0) * 100)}%).`
            : 'No check was run in the sandbox since this card appeared: grade how well you could do it.'}
        </p>
      )}
    </div>
  );
}

/**
 * DOMC practice, as on the exam: one option at a time, YES or NO (keys Y and N), and the first decisive
 * answer ends the item and reveals the answer with every option explained.
 */
function DomcPractice({ question: q, order, response, revealed, onChange, onSubmit }: Omit<Props, 'seed' | 'question'> & { question: ChoiceQuestion; order: number[] }) {
  const answers = response?.type === 'domc' ? response.answers : [];
  const current = revealed ? undefined : order[answers.length];
  const answer = (yes: boolean) => {
    if (current === undefined) return;
    const next = [...answers, { option: current, yes }];
    onChange({ type: 'domc', answers: next });
    const key = q.options[current]!.correct;
    if (yes || key || next.length === order.length) onSubmit();
  };
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (ignoreKey(e) || current === undefined) return;
      if (e.key === 'y' || e.key === 'Y') answer(true);
      else if (e.key === 'n' || e.key === 'N') answer(false);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });
  const seen = new Map(answers.map((a, i) => [a.option, { ...a, position: i }]));
  if (!revealed && current !== undefined)
    return (
      <div className="domc-practice">
        <p className="muted">DOMC: judge each option as it appears. The first decisive answer settles the item.</p>
        <p className="domc-option-text" dangerouslySetInnerHTML={{ __html: markdownInline(q.options[current]!.text) }} />
        <div className="domc-buttons">
          <button type="button" className="btn btn-primary" onClick={() => answer(true)}>
            <kbd>Y</kbd> YES
          </button>
          <button type="button" className="btn btn-secondary" onClick={() => answer(false)}>
            <kbd>N</kbd> NO
          </button>
        </div>
      </div>
    );
  return (
    <ul className="choices domc-reveal" aria-label="Options">
      {order.map((i) => {
        const o = q.options[i]!;
        const a = seen.get(i);
        return (
          <li key={i} className={`choice ${o.correct ? 'is-key' : a?.yes ? 'is-wrong' : ''}`}>
            <span className="choice-text">
              <span dangerouslySetInnerHTML={{ __html: markdownInline(o.text) }} />
              <span className="muted"> — {a ? `shown ${a.position + 1}., you said ${a.yes ? 'YES' : 'NO'}` : 'not shown'}</span>
            </span>
            <span className="choice-why">
              <b>{o.correct ? 'Right: ' : 'Wrong: '}</b>
              <span dangerouslySetInnerHTML={{ __html: markdownInline(o.why) }} />
            </span>
          </li>
        );
      })}
    </ul>
  );
}
