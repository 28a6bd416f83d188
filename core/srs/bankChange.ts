// Tells a small edit of a question (wording, explanation, a typo) from a change of what it asks, which
// makes the learner's past answers meaningless for the card and so resets its schedule. Pure.
import type { Question } from '../model/question';

const norm = (s: string) => s.trim().replace(/\s+/g, ' ').toLowerCase();

/** What the card tests: the type and the key. Prompts and explanations may be reworded freely. */
function essence(q: Question): string {
  switch (q.type) {
    case 'single':
    case 'multiple':
    case 'domc':
      return JSON.stringify([q.type, q.options.filter((o) => o.correct).map((o) => norm(o.text)).sort()]);
    case 'command':
      return JSON.stringify([q.type, q.answers.map(norm).sort()]);
    case 'order':
      return JSON.stringify([q.type, q.steps.map(norm)]);
    case 'sandbox':
      return JSON.stringify([q.type, q.exercise]);
  }
}

/** True when the edit changes the type or the right answer(s): the card restarts as new. */
export function isMajorChange(before: Question, after: Question): boolean {
  return essence(before) !== essence(after);
}
