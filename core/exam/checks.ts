// Correctness of one answer for each objective question type. Typed commands are compared by meaning with
// the docker CLI model (aliases, flag spellings and order), falling back to normalised text for anything the
// model does not read. Pure; runs anywhere.
import type { Question } from '../model/question';
import { canonicalAnswer } from '../dockercli/answer';

/** Multiple choice is all or nothing: exactly the keyed options selected. */
export function choiceCorrect(options: readonly { correct: boolean }[], selected: readonly number[]): boolean {
  const chosen = new Set(selected);
  if (chosen.size !== selected.length) return false;
  for (const i of chosen) if (!options[i]) return false;
  return options.every((o, i) => o.correct === chosen.has(i));
}

/**
 * Splits a command line into words the way a shell would for our purposes: whitespace separates, quotes
 * group and are removed, a leading "$ " prompt and "sudo" are dropped, and "--flag=value" becomes
 * "--flag value" (the docker CLI accepts both spellings).
 */
export function normaliseCommand(input: string): string[] {
  const words: string[] = [];
  let current = '';
  let quote: '"' | "'" | null = null;
  let inWord = false;
  const text = input.trim().replace(/^\$\s+/, '').replace(/\\\r?\n/g, ' ');
  for (const ch of text) {
    if (quote) {
      if (ch === quote) quote = null;
      else current += ch;
    } else if (ch === '"' || ch === "'") {
      quote = ch;
      inWord = true;
    } else if (/\s/.test(ch)) {
      if (inWord) words.push(current);
      current = '';
      inWord = false;
    } else {
      current += ch;
      inWord = true;
    }
  }
  if (inWord) words.push(current);
  if (words[0] === 'sudo') words.shift();
  return words.flatMap((w) => {
    const m = /^(--[a-z0-9-]+)=(.*)$/.exec(w);
    return m ? [m[1] as string, m[2] as string] : [w];
  });
}

export interface CommandVerdict {
  readonly correct: boolean;
  /** The accepted answer that matched, for the feedback line. */
  readonly matched: string | null;
}

/** Normalised text equality: the fallback for lines the CLI model cannot read. */
export function checkCommandText(input: string, accepted: readonly string[]): CommandVerdict {
  const mine = normaliseCommand(input).join('\u0000');
  const hit = accepted.find((a) => normaliseCommand(a).join('\u0000') === mine) ?? null;
  return { correct: hit !== null, matched: hit };
}

/**
 * By meaning when the CLI model reads both lines (`docker images -f dangling=true` equals
 * `docker image ls --filter "dangling=true"`; `docker run IMAGE -d` does not equal `docker run -d IMAGE`),
 * otherwise by normalised text.
 */
export function checkCommand(input: string, accepted: readonly string[]): CommandVerdict {
  const mine = canonicalAnswer(input.trim().replace(/^\$\s+/, ''));
  if (mine.ok) {
    for (const a of accepted) {
      const theirs = canonicalAnswer(a);
      if (theirs.ok && theirs.canonical === mine.canonical) return { correct: true, matched: a };
    }
  }
  return checkCommandText(input, accepted);
}

/** Response shapes per question type, as the review page and the exam send them. */
export type Response =
  | { readonly type: 'choice'; readonly selected: readonly number[] }
  /** A sandbox exercise attempted during this review: whether its checks passed. */
  | { readonly type: 'sandbox'; readonly passed: boolean }
  /** DOMC practice: YES/NO answers to options in the order they were shown. */
  | { readonly type: 'domc'; readonly answers: ReadonlyArray<{ readonly option: number; readonly yes: boolean }> }
  | { readonly type: 'command'; readonly text: string }
  | { readonly type: 'order'; readonly order: readonly number[] };

/** The DOMC rule on a sequence of answers: the first decisive one counts; none decisive means wrong. */
export function domcVerdict(options: readonly { correct: boolean }[], answers: ReadonlyArray<{ option: number; yes: boolean }>): boolean {
  for (const a of answers) {
    const key = options[a.option]?.correct;
    if (key === undefined) return false;
    if (a.yes) return key;
    if (key) return false;
  }
  return false;
}

/** Null when there is nothing to grade (a sandbox item is graded only once its exercise was checked). */
export function isCorrect(q: Question, r: Response): boolean | null {
  switch (q.type) {
    case 'single':
    case 'multiple':
    case 'domc':
      if (r.type === 'domc') return domcVerdict(q.options, r.answers);
      return r.type === 'choice' ? choiceCorrect(q.options, r.selected) : false;
    case 'command':
      return r.type === 'command' ? checkCommand(r.text, q.answers).correct : false;
    case 'order':
      return r.type === 'order' ? r.order.length === q.steps.length && r.order.every((s, i) => s === i) : false;
    case 'sandbox':
      return r.type === 'sandbox' ? r.passed : null;
  }
}
