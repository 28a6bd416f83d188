// Sections of a lesson: its ## and ### headings, with the anchor slugs links and questions use. The
// renderer numbers headings the same way (nth ##/### heading gets the nth section id), so slugs are made
// unique here once. Pure apart from the marked import; used by main.
import { Lexer, type Token } from 'marked';
import { headingSlug } from '../../core/model/slug';
import type { LessonSection } from '../../core/model/lesson';

/** Top-level Markdown tokens, lexed with the same GFM settings the renderer uses. */
export function lexLesson(body: string): Token[] {
  return Lexer.lex(body, { gfm: true });
}

export function isSectionHeading(token: Token): token is Token & { type: 'heading'; depth: number; text: string } {
  return token.type === 'heading' && (token.depth === 2 || token.depth === 3);
}

export function sectionsOf(tokens: readonly Token[]): LessonSection[] {
  const seen = new Map<string, number>();
  const sections: LessonSection[] = [];
  for (const token of tokens) {
    if (!isSectionHeading(token)) continue;
    const base = headingSlug(token.text) || 'section';
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    sections.push({ id: count === 1 ? base : `${base}-${count}`, title: token.text.replace(/`/g, '') });
  }
  return sections;
}
