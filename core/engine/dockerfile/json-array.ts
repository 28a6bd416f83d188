// Reads the exec (JSON) form the way BuildKit does: Go's encoding/json decoding into []interface{}.
// Any JSON syntax error means "not JSON" (BuildKit then falls back to shell form); a valid array with a
// non-string element is a hard error. Iterative (no recursion), linear, never throws.

export interface JsonItem {
  readonly value: string;
  /** Offsets of the string literal, quotes included, relative to the parsed text. */
  readonly start: number;
  readonly end: number;
}

export type JsonArrayResult =
  | { readonly kind: 'strings'; readonly items: JsonItem[] }
  | { readonly kind: 'not-json' }
  | { readonly kind: 'not-strings'; readonly at: number };

/** Go's encoding/json nesting limit. */
const MAX_DEPTH = 10000;

function isWs(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

function hexVal(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 102) return c - 87;
  if (c >= 65 && c <= 70) return c - 55;
  return -1;
}

/** Scans a JSON string starting at the opening quote; returns its decoded value and end, or null. */
function scanString(s: string, i: number): { value: string; end: number } | null {
  const parts: string[] = [];
  let runStart = i + 1;
  let j = i + 1;
  const n = s.length;
  while (j < n) {
    const c = s.charCodeAt(j);
    if (c === 34) {
      parts.push(s.slice(runStart, j));
      return { value: parts.join(''), end: j + 1 };
    }
    if (c < 0x20) return null;
    if (c === 92) {
      parts.push(s.slice(runStart, j));
      const e = s.charCodeAt(j + 1);
      switch (e) {
        case 34: parts.push('"'); break;
        case 92: parts.push('\\'); break;
        case 47: parts.push('/'); break;
        case 98: parts.push('\b'); break;
        case 102: parts.push('\f'); break;
        case 110: parts.push('\n'); break;
        case 114: parts.push('\r'); break;
        case 116: parts.push('\t'); break;
        case 117: {
          let v = 0;
          for (let k = 2; k < 6; k++) {
            const h = hexVal(s.charCodeAt(j + k));
            if (h < 0) return null;
            v = v * 16 + h;
          }
          parts.push(String.fromCharCode(v));
          j += 4;
          break;
        }
        default:
          return null;
      }
      j += 2;
      runStart = j;
      continue;
    }
    j++;
  }
  return null;
}

function scanNumber(s: string, i: number): number {
  let j = i;
  const digit = (k: number): boolean => {
    const c = s.charCodeAt(k);
    return c >= 48 && c <= 57;
  };
  if (s.charCodeAt(j) === 45) j++;
  if (s.charCodeAt(j) === 48) j++;
  else if (digit(j)) while (digit(j)) j++;
  else return -1;
  if (s.charCodeAt(j) === 46) {
    j++;
    if (!digit(j)) return -1;
    while (digit(j)) j++;
  }
  const e = s.charCodeAt(j);
  if (e === 101 || e === 69) {
    j++;
    const sign = s.charCodeAt(j);
    if (sign === 43 || sign === 45) j++;
    if (!digit(j)) return -1;
    while (digit(j)) j++;
  }
  return j;
}

/**
 * Parses `text` (already left-trimmed by the caller is not required) as a JSON array.
 * Only when the whole text is one valid JSON value that is an array do we get `strings` or `not-strings`.
 */
export function parseJsonArray(text: string): JsonArrayResult {
  const n = text.length;
  let i = 0;
  while (i < n && isWs(text.charCodeAt(i))) i++;
  if (text.charCodeAt(i) !== 91) return { kind: 'not-json' };
  // Stack of open containers: 'a' array, 'o' object. State tells what we expect next.
  const stack: number[] = [];
  const items: JsonItem[] = [];
  let firstNonString = -1;
  // expect: 0 = value, 1 = after value (comma or close), 2 = object key, 3 = colon
  let expect = 0;
  let allowClose = false;
  while (true) {
    while (i < n && isWs(text.charCodeAt(i))) i++;
    if (i >= n) return { kind: 'not-json' };
    const c = text.charCodeAt(i);
    const top = stack.length ? stack[stack.length - 1] : -1;
    if (expect === 0) {
      if (c === 93 && allowClose && top === 91) {
        stack.pop();
        i++;
        expect = 1;
        allowClose = false;
      } else if (c === 91 || c === 123) {
        if (stack.length === 1 && firstNonString < 0) firstNonString = i;
        if (stack.length >= MAX_DEPTH) return { kind: 'not-json' };
        stack.push(c);
        i++;
        allowClose = true;
        expect = c === 91 ? 0 : 2;
        continue;
      } else if (c === 34) {
        const str = scanString(text, i);
        if (!str) return { kind: 'not-json' };
        if (stack.length === 1) items.push({ value: str.value, start: i, end: str.end });
        i = str.end;
        expect = 1;
      } else {
        let end = -1;
        if (text.startsWith('true', i)) end = i + 4;
        else if (text.startsWith('false', i)) end = i + 5;
        else if (text.startsWith('null', i)) end = i + 4;
        else if (c === 45 || (c >= 48 && c <= 57)) end = scanNumber(text, i);
        if (end < 0) return { kind: 'not-json' };
        if (stack.length === 1 && firstNonString < 0) firstNonString = i;
        i = end;
        expect = 1;
      }
      allowClose = false;
    } else if (expect === 1) {
      if (stack.length === 0) return { kind: 'not-json' };
      if (c === 44) {
        i++;
        expect = top === 91 ? 0 : 2;
        allowClose = false;
      } else if ((c === 93 && top === 91) || (c === 125 && top === 123)) {
        stack.pop();
        i++;
        expect = 1;
      } else return { kind: 'not-json' };
    } else if (expect === 2) {
      if (c === 125 && allowClose) {
        stack.pop();
        i++;
        expect = 1;
        allowClose = false;
      } else if (c === 34) {
        const str = scanString(text, i);
        if (!str) return { kind: 'not-json' };
        i = str.end;
        expect = 3;
        allowClose = false;
      } else return { kind: 'not-json' };
    } else {
      if (c !== 58) return { kind: 'not-json' };
      i++;
      expect = 0;
      allowClose = false;
    }
    if (stack.length === 0) break;
  }
  while (i < n && isWs(text.charCodeAt(i))) i++;
  if (i < n) return { kind: 'not-json' };
  if (firstNonString >= 0) return { kind: 'not-strings', at: firstNonString };
  return { kind: 'strings', items };
}
