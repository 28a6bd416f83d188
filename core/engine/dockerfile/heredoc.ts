// Heredoc openers on a RUN/COPY/ADD line: BuildKit looks at each shell word of the line and treats
// words matching `^(\d*)<<(-?)([^<]*)$` with a non-empty delimiter as heredocs, in order.
import type { SyntaxIssue } from './ast';
import type { LogicalLine } from './source';
import { scanShellWords, unquote } from './words';
import type { PendingHeredoc } from './parse';

function parseOpener(word: string): { fd: number | null; chomp: boolean; rest: string } | null {
  let i = 0;
  while (i < word.length && word.charCodeAt(i) >= 48 && word.charCodeAt(i) <= 57) i++;
  if (!word.startsWith('<<', i)) return null;
  const fd = i > 0 ? Number(word.slice(0, i)) : null;
  let j = i + 2;
  const chomp = word[j] === '-';
  if (chomp) j++;
  const rest = word.slice(j);
  if (rest.length === 0 || rest.includes('<')) return null;
  return { fd, chomp, rest };
}

function countQuotes(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 34 || c === 39) n++;
  }
  return n;
}

export function detectHeredocs(logical: LogicalLine, from: number, to: number, _errors: SyntaxIssue[]): PendingHeredoc[] {
  const text = logical.text;
  if (text.indexOf('<<', from) < 0) return [];
  const found: PendingHeredoc[] = [];
  for (const w of scanShellWords(text, from, to)) {
    const raw = text.slice(w.start, w.end);
    const opener = parseOpener(raw);
    if (!opener) continue;
    const name = unquote(opener.rest, '\\');
    if (name.length === 0) continue;
    found.push({
      name,
      chomp: opener.chomp,
      expand: countQuotes(name) === countQuotes(opener.rest),
      fd: opener.fd,
      openerRange: logical.range(w.start, w.end),
    });
  }
  return found;
}
