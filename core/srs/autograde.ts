// Suggests a grade for objective question types from correctness and answer time. The learner can
// always change it; this only pre-selects a button. Pure; runs anywhere.
import type { QuestionType } from '../model/question';
import type { Grade } from './card';

/** Seconds a prepared learner typically needs, before reading time for the prompt is added. */
const BASE_SECONDS: Record<QuestionType, number> = {
  single: 10,
  multiple: 18,
  domc: 12,
  command: 20,
  order: 25,
  sandbox: 120,
};

/** Reading speed assumed for the prompt and options (words per second, a relaxed technical pace). */
const WORDS_PER_SECOND = 3.5;

export function expectedSeconds(type: QuestionType, wordCount: number): number {
  return BASE_SECONDS[type] + wordCount / WORDS_PER_SECOND;
}

export interface AnswerFacts {
  readonly type: QuestionType;
  readonly correct: boolean;
  readonly durationMs: number;
  /** Words in the prompt and options, to scale the expected time. */
  readonly wordCount: number;
}

/**
 * Wrong → Again. Right: well under the expected time → Easy, up to 1.5× → Good, slower → Hard
 * (a slow right answer means the memory was effortful, which FSRS's Hard is meant to record).
 */
export function suggestGrade(a: AnswerFacts): Grade {
  if (!a.correct) return 1;
  const ratio = a.durationMs / 1000 / expectedSeconds(a.type, a.wordCount);
  if (ratio <= 0.5) return 4;
  if (ratio <= 1.5) return 3;
  return 2;
}

export function countWords(...texts: readonly string[]): number {
  return texts.reduce((n, t) => n + (t.match(/\S+/g)?.length ?? 0), 0);
}
