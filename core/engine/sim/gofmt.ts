// The few Go formatting rules BuildKit's history text depends on: `%q` of a string or a string slice,
// `%v` of a string slice, a time.Duration's String(), and `%q` of a small int (a quoted rune).

/** Go's strconv.Quote for the printable-ASCII-and-Unicode case (what Dockerfile text contains). */
export function goQuote(s: string): string {
  let out = '"';
  for (const ch of s) {
    const code = ch.codePointAt(0) as number;
    if (ch === '"') out += '\\"';
    else if (ch === '\\') out += '\\\\';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\t') out += '\\t';
    else if (ch === '\r') out += '\\r';
    else if (code < 0x20 || code === 0x7f) out += '\\x' + code.toString(16).padStart(2, '0');
    else out += ch;
  }
  return out + '"';
}

/** `fmt.Sprintf("%q", []string{...})` → `["a" "b"]`. */
export function goQuoteSlice(items: readonly string[]): string {
  return '[' + items.map(goQuote).join(' ') + ']';
}

/** `fmt.Sprintf("%v", []string{...})` → `[a b]`. */
export function goSlice(items: readonly string[]): string {
  return '[' + items.join(' ') + ']';
}

/** `%q` of an int: the quoted rune, e.g. 0 → '\x00', 3 → '\x03', 65 → 'A'. */
export function goQuoteRune(n: number): string {
  if (n === 39) return "'\\''";
  if (n === 92) return "'\\\\'";
  if (n >= 0x20 && n < 0x7f) return `'${String.fromCharCode(n)}'`;
  if (n === 7) return "'\\a'";
  if (n === 8) return "'\\b'";
  if (n === 12) return "'\\f'";
  if (n === 10) return "'\\n'";
  if (n === 13) return "'\\r'";
  if (n === 9) return "'\\t'";
  if (n === 11) return "'\\v'";
  if (n < 0x100) return `'\\x${n.toString(16).padStart(2, '0')}'`;
  return `'${String.fromCodePoint(n)}'`;
}

/** Go's time.Duration.String() for a duration in nanoseconds. */
export function goDuration(ns: number): string {
  if (ns === 0) return '0s';
  const neg = ns < 0;
  let u = Math.abs(ns);
  let out: string;
  if (u < 1e9) {
    if (u < 1e3) out = `${u}ns`;
    else if (u < 1e6) out = `${trimFraction(u / 1e3)}µs`;
    else out = `${trimFraction(u / 1e6)}ms`;
  } else {
    const h = Math.floor(u / 3.6e12);
    u -= h * 3.6e12;
    const m = Math.floor(u / 6e10);
    u -= m * 6e10;
    const s = trimFraction(u / 1e9);
    out = h > 0 ? `${h}h${m}m${s}s` : m > 0 ? `${m}m${s}s` : `${s}s`;
  }
  return neg ? '-' + out : out;
}

function trimFraction(x: number): string {
  return Number(x.toFixed(9)).toString();
}

/** Parses a Go duration string (`30s`, `1m30s`, `500ms`, `1h`) into nanoseconds; undefined if invalid. */
export function parseGoDuration(text: string): number | undefined {
  const units: Record<string, number> = { ns: 1, us: 1e3, 'µs': 1e3, 'μs': 1e3, ms: 1e6, s: 1e9, m: 6e10, h: 3.6e12 };
  if (text === '0') return 0;
  const re = /(\d+(?:\.\d*)?|\.\d+)(ns|us|µs|μs|ms|s|m|h)/gy;
  let total = 0;
  let pos = 0;
  let sign = 1;
  if (text.startsWith('-') || text.startsWith('+')) {
    sign = text.startsWith('-') ? -1 : 1;
    pos = 1;
  }
  if (pos >= text.length) return undefined;
  re.lastIndex = pos;
  while (pos < text.length) {
    const m = re.exec(text);
    if (!m || m.index !== pos) return undefined;
    total += Number(m[1]) * (units[m[2] as string] as number);
    pos = re.lastIndex;
  }
  return Math.round(sign * total);
}
