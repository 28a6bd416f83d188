// Option cards: a DOMC option the learner misjudged on a practice exam becomes a card of its own, the
// atomic yes/no fact "is this option right for this stem?". It is an ordinary single-choice question
// derived from the parent, so review, scheduling and sync need nothing special. Pure; runs anywhere.
import type { ChoiceQuestion, Question } from '../model/question';

const MARK = '.option-';

/** FNV-1a of the option text (whitespace and case folded): stable while the option's wording is. */
function textHash(text: string): string {
  let h = 0x811c9dc5;
  for (const ch of text.trim().replace(/\s+/g, ' ').toLowerCase()) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, '0');
}

export function optionCardId(parentId: string, optionText: string): string {
  return `${parentId}${MARK}${textHash(optionText)}`;
}

/** The parent question id and option hash of an option card id, or null for any other id. */
export function parseOptionCardId(id: string): { parentId: string; hash: string } | null {
  const at = id.lastIndexOf(MARK);
  if (at <= 0) return null;
  return { parentId: id.slice(0, at), hash: id.slice(at + MARK.length) };
}

/** Index of the parent's option an option card stands for, or -1 when that option is gone. */
export function findOption(parent: ChoiceQuestion, hash: string): number {
  return parent.options.findIndex((o) => textHash(o.text) === hash);
}

export function optionCardQuestion(parent: ChoiceQuestion, optionIndex: number): Question {
  const o = parent.options[optionIndex];
  if (!o) throw new Error(`question ${parent.id} has no option ${optionIndex}`);
  return {
    id: optionCardId(parent.id, o.text),
    type: 'single',
    domc: false,
    prompt: `${parent.prompt}\n\n**Proposed answer:** ${o.text}\n\nIs this option correct?`,
    explanation: parent.explanation,
    lesson: parent.lesson,
    ...(parent.section ? { section: parent.section } : {}),
    domain: parent.domain,
    objective: parent.objective,
    difficulty: parent.difficulty,
    tags: [...parent.tags, 'domc-option'],
    options: [
      { text: 'Yes, it is correct', correct: o.correct, why: o.why },
      { text: 'No, it is not', correct: !o.correct, why: o.why },
    ],
  };
}
