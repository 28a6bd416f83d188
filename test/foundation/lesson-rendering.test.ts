// Every real lesson, rendered as the reader renders it, shows no leftover Markdown in its prose: a stray
// backtick means a code span was written wrong or an HTML block (<details> answers) was not rendered, and
// the learner would read `this` literally. Objectives (front matter) are checked the same way.
import { describe, expect, it } from 'vitest';
import { loadLessons } from '../content/load';
import { renderInlineMarkdown, renderLessonMarkdown } from '../../renderer/features/lessons/markdown';

/** Text a reader sees outside code: code blocks and spans removed, then tags, then entities decoded. */
function proseOf(html: string): string {
  return html
    .replace(/<pre[\s\S]*?<\/pre>/g, ' ')
    .replace(/<code[\s\S]*?<\/code>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** Each place a backtick shows up in prose, with some words around it. */
function strayBackticks(text: string): string[] {
  return [...text.matchAll(/`/g)].map((m) => text.slice(Math.max(0, m.index - 40), m.index + 40).replace(/\s+/g, ' '));
}

describe('lesson prose renders without raw Markdown', () => {
  const { lessons } = loadLessons();

  it('has lessons to check', () => {
    expect(lessons.length).toBeGreaterThan(10);
  });

  it('leaves no backtick in any lesson body or objective', () => {
    const found: string[] = [];
    for (const lesson of lessons) {
      const body = proseOf(renderLessonMarkdown(lesson.meta.id, lesson.body, []));
      for (const hit of strayBackticks(body)) found.push(`${lesson.file}: …${hit}…`);
      for (const objective of lesson.meta.objectives) {
        for (const hit of strayBackticks(proseOf(renderInlineMarkdown(objective)))) found.push(`${lesson.file} (objective): …${hit}…`);
      }
    }
    expect(found).toEqual([]);
  });
});
