// Physical lines of the source and the mapping from a logical line (continuations joined) back to
// source positions. Pure; linear in the input size.
import type { Position, Range } from './ast';

export interface PhysicalLine {
  /** 1-based line number. */
  readonly number: number;
  /** Offset of the first character of the line. */
  readonly start: number;
  /** Offset just after the content (trailing CR/LF removed, as Go's scanner + trimNewline do). */
  readonly end: number;
}

/** Splits at "\n"; trailing "\r" characters are not content (BuildKit trims "\r\n" from the right). */
export function splitLines(text: string): PhysicalLine[] {
  const lines: PhysicalLine[] = [];
  let start = 0;
  let number = 1;
  // A leading byte-order mark is not content (BuildKit discards it on the first line).
  if (text.charCodeAt(0) === 0xfeff) start = 1;
  const n = text.length;
  while (start <= n) {
    let nl = text.indexOf('\n', start);
    const last = nl < 0;
    if (last) nl = n;
    let end = nl;
    while (end > start && text.charCodeAt(end - 1) === 13) end--;
    if (!(last && start === n && number > 1)) lines.push({ number, start, end });
    if (last) break;
    start = nl + 1;
    number++;
  }
  return lines;
}

/** Go's unicode.IsSpace. */
export function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0x85) return false;
  return (
    c === 0x85 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 ||
    c === 0x202f || c === 0x205f || c === 0x3000
  );
}

/** BuildKit's reWhitespace class `[\t\v\f\r ]` used to split the keyword and some argument lists. */
export function isSplitSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 11 || c === 12 || c === 13;
}

export function pos(line: PhysicalLine, offset: number): Position {
  return { line: line.number, column: offset - line.start + 1, offset };
}

export function range(start: Position, end: Position): Range {
  return { start, end };
}

interface Segment {
  /** Offset of this segment in the logical text. */
  readonly logical: number;
  /** Offset of the same character in the source. */
  readonly source: number;
  readonly length: number;
  readonly line: PhysicalLine;
}

/**
 * A logical line: parts of one or more physical lines concatenated. Maps logical offsets back to
 * source positions so every token gets an exact range.
 */
export class LogicalLine {
  private readonly parts: string[] = [];
  private readonly segments: Segment[] = [];
  private length = 0;
  private joined: string | null = null;

  /** Appends source[sourceStart, sourceEnd) which lies on `line`. */
  append(source: string, sourceStart: number, sourceEnd: number, line: PhysicalLine): void {
    const len = sourceEnd - sourceStart;
    this.parts.push(source.slice(sourceStart, sourceEnd));
    this.segments.push({ logical: this.length, source: sourceStart, length: len, line });
    this.length += len;
    this.joined = null;
  }

  get text(): string {
    if (this.joined === null) this.joined = this.parts.join('');
    return this.joined;
  }

  private segmentAt(offset: number, preferPrevious: boolean): Segment {
    const segs = this.segments;
    let lo = 0;
    let hi = segs.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      const s = segs[mid]!;
      if (s.logical < offset || (!preferPrevious && s.logical === offset)) lo = mid;
      else hi = mid - 1;
    }
    return segs[lo]!;
  }

  /** Source position of the character at a logical offset. */
  startPos(offset: number): Position {
    const s = this.segmentAt(offset, false);
    return pos(s.line, s.source + (offset - s.logical));
  }

  /** Source position just after the character before a logical offset (for exclusive range ends). */
  endPos(offset: number): Position {
    if (offset === 0) return this.startPos(0);
    const s = this.segmentAt(offset, true);
    return pos(s.line, s.source + (offset - s.logical));
  }

  range(from: number, to: number): Range {
    return { start: this.startPos(from), end: to <= from ? this.startPos(from) : this.endPos(to) };
  }
}
