// Review settings: daily limits, desired retention, and exam-date mode (date, target recall, daily
// budget for the final days). DOM only.
import { useEffect, useState, type ChangeEvent } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useDrydockStore } from '../../store';
import { Button, Panel } from '../../ui';

export function SettingsForm() {
  const { settings, save, optimize, resetWeights } = useDrydockStore(
    useShallow((s) => ({ settings: s.srsSettings, save: s.saveSrsSettings, optimize: s.optimizeWeights, resetWeights: s.resetWeights })),
  );
  const [draft, setDraft] = useState({ newPerDay: 20, reviewsPerDay: 200, retention: 90, learning: '1m 10m', relearning: '10m', examDate: '', target: 90, budget: 30 });
  useEffect(() => {
    if (!settings) return;
    setDraft({
      newPerDay: settings.newPerDay,
      reviewsPerDay: settings.reviewsPerDay,
      retention: Math.round(settings.desiredRetention * 100),
      learning: settings.learningSteps.join(' '),
      relearning: settings.relearningSteps.join(' '),
      examDate: settings.exam?.date ?? '',
      target: Math.round((settings.exam?.target ?? 0.9) * 100),
      budget: settings.exam?.dailyBudgetMinutes ?? 30,
    });
  }, [settings]);
  if (!settings) return null;
  const TEXT_FIELDS = new Set(['examDate', 'learning', 'relearning']);
  const num = (key: keyof typeof draft) => (e: ChangeEvent<HTMLInputElement>) => setDraft({ ...draft, [key]: TEXT_FIELDS.has(key) ? e.target.value : Number(e.target.value) });
  const steps = (text: string) => text.split(/\s+/).filter(Boolean);
  return (
    <Panel title="Review settings">
      <form
        className="settings-form"
        onSubmit={(e) => {
          e.preventDefault();
          void save({
            newPerDay: draft.newPerDay,
            reviewsPerDay: draft.reviewsPerDay,
            desiredRetention: draft.retention / 100,
            learningSteps: steps(draft.learning),
            relearningSteps: steps(draft.relearning),
            exam: draft.examDate ? { date: draft.examDate, target: draft.target / 100, dailyBudgetMinutes: draft.budget, finalDays: settings.exam?.finalDays ?? 3 } : null,
          });
        }}
      >
        <label>
          New cards per day <input type="number" min={0} max={9999} value={draft.newPerDay} onChange={num('newPerDay')} />
        </label>
        <label>
          Maximum reviews per day <input type="number" min={0} max={99999} value={draft.reviewsPerDay} onChange={num('reviewsPerDay')} />
        </label>
        <label>
          Desired retention <input type="number" min={70} max={99} value={draft.retention} onChange={num('retention')} /> %
        </label>
        <label>
          Learning steps <input className="steps" value={draft.learning} onChange={num('learning')} aria-label="Learning steps" />
        </label>
        <label>
          Relearning steps <input className="steps" value={draft.relearning} onChange={num('relearning')} aria-label="Relearning steps" />
        </label>
        <span className="muted">Steps like “1m 10m”: minutes (m), hours (h) or days (d), kept under a day as FSRS advises.</span>
        <fieldset>
          <legend>Exam-date mode</legend>
          <label>
            Exam date <input type="date" value={draft.examDate} onChange={num('examDate')} aria-label="Exam date" />
          </label>
          <label>
            Recall target on exam day <input type="number" min={70} max={99} value={draft.target} onChange={num('target')} /> %
          </label>
          <label>
            Extra minutes per day in the final days <input type="number" min={5} max={600} value={draft.budget} onChange={num('budget')} />
          </label>
          <p className="muted">
            With a date set, each card is seen again before its predicted recall on exam day would fall below the target, and in the last{' '}
            {settings.exam?.finalDays ?? 3} days the weakest cards are brought forward within the extra minutes. Clear the date to switch it off.
          </p>
        </fieldset>
        <Button type="submit" variant="primary">
          Save settings
        </Button>
      </form>
      <div className="weights">
        <span className="muted">
          Memory model: {settings.weights ? 'FSRS-6 with weights fitted to your reviews' : 'FSRS-6 with its default weights (medians of many Anki collections)'}.
        </span>{' '}
        <Button variant="ghost" onClick={() => void optimize()}>
          Fit to my reviews
        </Button>
        {settings.weights && (
          <Button variant="ghost" onClick={() => void resetWeights()}>
            Use defaults
          </Button>
        )}
      </div>
    </Panel>
  );
}
