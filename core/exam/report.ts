// The exam report: score overall and per domain, every item with its explanation and lesson, and for
// DOMC items what happened to each option shown. Pure; runs anywhere.
import { DOMAINS, type DomainId } from '../model/domains';
import type { ChoiceQuestion } from '../model/question';
import type { Attempt } from './attempt';
import { choiceCorrect } from './checks';
import type { DomcRole } from './domc';

export interface ReportOption {
  readonly text: string;
  readonly correct: boolean;
  readonly why: string;
  /** MC: the learner selected it. */
  readonly selected?: boolean;
  /** DOMC: shown to the learner, with their answer and what the answer did. */
  readonly domc?: { readonly yes: boolean; readonly role: DomcRole; readonly position: number };
}

export interface ReportItem {
  readonly index: number;
  readonly questionId: string;
  readonly domain: DomainId;
  readonly kind: 'mc' | 'domc';
  readonly prompt: string;
  readonly answered: boolean;
  readonly correct: boolean;
  readonly flagged: boolean;
  readonly explanation: string;
  readonly lesson: string;
  readonly section: string | null;
  readonly options: readonly ReportOption[];
}

export interface DomainScore {
  readonly domain: DomainId;
  readonly correct: number;
  readonly total: number;
  readonly percent: number;
}

export interface ExamReport {
  readonly correct: number;
  readonly total: number;
  readonly percent: number;
  readonly passPercent: number;
  readonly passed: boolean;
  readonly durationMs: number;
  readonly timedOut: boolean;
  readonly domains: readonly DomainScore[];
  readonly items: readonly ReportItem[];
}

const pct = (c: number, t: number) => (t === 0 ? 0 : Math.round((1000 * c) / t) / 10);

export function buildReport(a: Attempt, questions: ReadonlyMap<string, ChoiceQuestion>): ExamReport {
  if (a.submittedAt === null) throw new Error('an unsubmitted attempt has no report');
  const items = a.items.map((item, index): ReportItem => {
    const q = questions.get(item.questionId);
    if (!q) throw new Error(`question ${item.questionId} of this attempt is no longer in the bank`);
    const answer = a.answers[index] ?? null;
    let correct = false;
    let options: ReportOption[];
    if (answer?.kind === 'mc') {
      correct = choiceCorrect(q.options, answer.selected);
      options = item.optionOrder.map((i) => ({ ...option(q, i), selected: answer.selected.includes(i) }));
    } else if (answer?.kind === 'domc') {
      correct = answer.progress.outcome === 'correct';
      const seen = new Map(answer.progress.responses.map((r, position) => [r.option, { yes: r.yes, role: r.role, position }]));
      options = item.optionOrder.map((i) => {
        const d = seen.get(i);
        return d ? { ...option(q, i), domc: d } : option(q, i);
      });
    } else {
      options = item.optionOrder.map((i) => option(q, i));
    }
    return {
      index,
      questionId: q.id,
      domain: q.domain,
      kind: item.kind,
      prompt: q.prompt,
      answered: answer !== null,
      correct,
      flagged: a.flagged[index] ?? false,
      explanation: q.explanation,
      lesson: q.lesson,
      section: q.section ?? null,
      options,
    };
  });
  const domains = DOMAINS.map((d): DomainScore => {
    const mine = items.filter((i) => i.domain === d.id);
    const c = mine.filter((i) => i.correct).length;
    return { domain: d.id, correct: c, total: mine.length, percent: pct(c, mine.length) };
  }).filter((d) => d.total > 0);
  const correct = items.filter((i) => i.correct).length;
  const percent = pct(correct, items.length);
  return {
    correct,
    total: items.length,
    percent,
    passPercent: a.passPercent,
    passed: percent >= a.passPercent,
    durationMs: a.submittedAt - a.startedAt,
    timedOut: a.submittedAt >= a.deadline,
    domains,
    items,
  };
}

function option(q: ChoiceQuestion, i: number): ReportOption {
  const o = q.options[i];
  if (!o) throw new Error(`question ${q.id} has no option ${i}`);
  return { text: o.text, correct: o.correct, why: o.why };
}
