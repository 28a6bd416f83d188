// "Did you mean ...?" for unknown instructions: the closest keyword by edit distance.
import { KEYWORDS } from '../dockerfile/ast';

function distance(a: string, b: string): number {
  const prev = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j]!;
      prev[j] = Math.min(prev[j]! + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length]!;
}

/** Closest instruction keyword, or null when nothing is close (at most 2 edits, and less than half). */
export function suggestKeyword(word: string): string | null {
  const w = word.toUpperCase();
  if (w.length > 20) return null;
  let best: string | null = null;
  let bestD = Infinity;
  for (const k of KEYWORDS) {
    const d = distance(w, k);
    if (d < bestD) {
      bestD = d;
      best = k;
    }
  }
  return best && bestD <= 2 && bestD <= w.length / 2 ? best : null;
}
