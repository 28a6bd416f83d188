// Instant search over lesson titles and bodies: an in-memory index built once at start-up. Lessons are few
// (tens) and small, so a case-insensitive scan of pre-lowered plain text answers in well under a millisecond
// and needs no library. Every query word must match (title or body). Node only.
import type { Token } from 'marked';
import type { Lesson } from '../../core/model/lesson';
import type { LessonSearchHit } from '../../core/api/lessons';
import { isSectionHeading, lexLesson } from './sections';

type Range = readonly [start: number, end: number];

interface IndexedLesson {
  readonly id: string;
  readonly title: string;
  readonly titleLower: string;
  readonly text: string;
  readonly textLower: string;
  /** Section id that starts at each offset of `text`, in increasing offset order. */
  readonly sectionStarts: ReadonlyArray<{ readonly at: number; readonly id: string }>;
}

export interface LessonSearch {
  search(query: string, limit?: number): LessonSearchHit[];
}

const SNIPPET_BEFORE = 60;
const SNIPPET_LENGTH = 200;

export function createLessonSearch(lessons: readonly Lesson[]): LessonSearch {
  const index = lessons.map(indexLesson);
  return {
    search(query, limit = 20) {
      const terms = termsOf(query);
      if (terms.length === 0) return [];
      const hits: LessonSearchHit[] = [];
      for (const entry of index) {
        const hit = match(entry, terms);
        if (hit) hits.push(hit);
      }
      return hits.sort((a, b) => b.score - a.score || a.title.localeCompare(b.title)).slice(0, limit);
    },
  };
}

export function termsOf(query: string): string[] {
  return [...new Set(query.toLowerCase().split(/\s+/).filter((t) => t.length > 0))];
}

function match(entry: IndexedLesson, terms: readonly string[]): LessonSearchHit | undefined {
  let score = 0;
  let firstBody = -1;
  for (const term of terms) {
    const inTitle = entry.titleLower.includes(term);
    const inBody = entry.textLower.indexOf(term);
    if (!inTitle && inBody < 0) return undefined;
    if (inTitle) score += 10;
    if (inBody >= 0) {
      score += Math.min(5, countOf(entry.textLower, term));
      if (firstBody < 0 || inBody < firstBody) firstBody = inBody;
    }
  }
  const titleRanges = rangesIn(entry.titleLower, terms);
  let snippet = '';
  let ranges: Range[] = [];
  let section: string | undefined;
  if (firstBody >= 0) {
    let start = Math.max(0, firstBody - SNIPPET_BEFORE);
    // Start on a word boundary so the excerpt does not begin mid-word.
    if (start > 0) {
      const space = entry.text.indexOf(' ', start);
      if (space >= 0 && space < firstBody) start = space + 1;
    }
    const end = Math.min(entry.text.length, start + SNIPPET_LENGTH);
    const prefix = start > 0 ? '…' : '';
    const suffix = end < entry.text.length ? '…' : '';
    snippet = prefix + entry.text.slice(start, end) + suffix;
    ranges = rangesIn(entry.textLower.slice(start, end), terms).map(([a, b]) => [a + prefix.length, b + prefix.length] as const);
    section = sectionAt(entry, firstBody);
  } else {
    snippet = entry.text.slice(0, SNIPPET_LENGTH) + (entry.text.length > SNIPPET_LENGTH ? '…' : '');
  }
  return { lessonId: entry.id, title: entry.title, titleRanges, snippet, ranges, score, ...(section ? { section } : {}) };
}

function sectionAt(entry: IndexedLesson, offset: number): string | undefined {
  let found: string | undefined;
  for (const s of entry.sectionStarts) {
    if (s.at > offset) break;
    found = s.id;
  }
  return found;
}

function countOf(haystack: string, needle: string): number {
  let n = 0;
  for (let i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + needle.length)) n++;
  return n;
}

/** Every occurrence of every term, merged where they overlap, sorted. */
export function rangesIn(lower: string, terms: readonly string[]): Range[] {
  const raw: Array<[number, number]> = [];
  for (const term of terms) {
    for (let i = lower.indexOf(term); i >= 0; i = lower.indexOf(term, i + term.length)) raw.push([i, i + term.length]);
  }
  raw.sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const r of raw) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}

function indexLesson(lesson: Lesson): IndexedLesson {
  const parts: string[] = [];
  const sectionStarts: Array<{ at: number; id: string }> = [];
  let length = 0;
  let sectionIndex = 0;
  for (const token of lexLesson(lesson.body)) {
    if (isSectionHeading(token)) {
      const section = lesson.sections[sectionIndex++];
      if (section) sectionStarts.push({ at: length, id: section.id });
    }
    const plain = plainText(token);
    if (!plain) continue;
    parts.push(plain);
    length += plain.length + 1;
  }
  const text = parts.join(' ');
  return { id: lesson.id, title: lesson.title, titleLower: lesson.title.toLowerCase(), text, textLower: text.toLowerCase(), sectionStarts };
}

/** Readable text of one block: Markdown punctuation removed, whitespace collapsed. */
function plainText(token: Token): string {
  if (token.type === 'space' || token.type === 'hr') return '';
  const source = token.type === 'code' ? token.text : token.raw;
  return source
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, ' ')
    .replace(/^\s{0,3}(#{1,6}|>|[-*+]|\d+\.)\s+/gm, '')
    .replace(/^\s*\|?[\s:|-]+\|[\s:|-]*$/gm, ' ')
    .replace(/(`+)([^`]*?)\1|[^`]+/g, (part: string, ticks: string | undefined, code: string | undefined) =>
      // Inside inline code every character is content (DOCKER_CONTENT_TRUST, **/*.log); elsewhere `*` and `_`
      // are emphasis marks only at a word's edge, so snake_case names keep their underscores.
      ticks ? (code ?? '') : part.replace(/(?<!\w)[*_]+|[*_]+(?!\w)/g, ''),
    )
    .replace(/`+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
