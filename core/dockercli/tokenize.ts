// Splits a typed command line into words the way a POSIX shell would for the forms learners type: quotes,
// backslash escapes, line continuations, and $(...) kept as one word. Pure.

export type TokenizeResult =
  | { readonly ok: true; readonly words: readonly string[] }
  | { readonly ok: false; readonly message: string; readonly offset: number };

const OPERATORS = new Set(['|', '||', '&&', ';', '>', '>>', '<', '&']);

export function tokenize(line: string): TokenizeResult {
  const words: string[] = [];
  let word = '';
  let inWord = false;
  let i = 0;
  const push = () => {
    if (inWord) words.push(word);
    word = '';
    inWord = false;
  };
  while (i < line.length) {
    const ch = line[i]!;
    if (ch === '\\') {
      const next = line[i + 1];
      if (next === '\n') {
        i += 2; // a line continuation joins lines
        continue;
      }
      if (next === undefined) return { ok: false, message: 'the line ends with a lone backslash', offset: i };
      word += next;
      inWord = true;
      i += 2;
      continue;
    }
    if (ch === "'") {
      const end = line.indexOf("'", i + 1);
      if (end < 0) return { ok: false, message: 'a single quote is never closed', offset: i };
      word += line.slice(i + 1, end);
      inWord = true;
      i = end + 1;
      continue;
    }
    if (ch === '"') {
      let j = i + 1;
      let text = '';
      while (j < line.length && line[j] !== '"') {
        if (line[j] === '\\' && j + 1 < line.length && '"\\$`'.includes(line[j + 1]!)) {
          text += line[j + 1];
          j += 2;
        } else {
          text += line[j];
          j += 1;
        }
      }
      if (j >= line.length) return { ok: false, message: 'a double quote is never closed', offset: i };
      word += text;
      inWord = true;
      i = j + 1;
      continue;
    }
    if (ch === '$' && line[i + 1] === '(') {
      // Command substitution stays one opaque word, e.g. docker rm $(docker ps -aq).
      let depth = 0;
      let j = i + 1;
      for (; j < line.length; j++) {
        if (line[j] === '(') depth++;
        else if (line[j] === ')' && --depth === 0) break;
      }
      if (j >= line.length) return { ok: false, message: 'a $( is never closed', offset: i };
      word += line.slice(i, j + 1);
      inWord = true;
      i = j + 1;
      continue;
    }
    if (/\s/.test(ch)) {
      push();
      i += 1;
      continue;
    }
    if (!inWord && '|&;<>'.includes(ch)) {
      const two = line.slice(i, i + 2);
      const op = OPERATORS.has(two) ? two : ch;
      return { ok: false, message: `"${op}" joins several commands or redirects output: give one docker command`, offset: i };
    }
    word += ch;
    inWord = true;
    i += 1;
  }
  push();
  return { ok: true, words };
}
