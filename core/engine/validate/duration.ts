// Go's time.ParseDuration, which BuildKit uses for HEALTHCHECK durations. Returns nanoseconds or an error.
const UNITS: Record<string, number> = {
  ns: 1, us: 1e3, 'µs': 1e3, 'μs': 1e3, ms: 1e6, s: 1e9, m: 60e9, h: 3600e9,
};

export type DurationResult = { ok: true; nanos: number } | { ok: false; error: string };

export function parseGoDuration(s: string): DurationResult {
  const bad = (why: string): DurationResult => ({ ok: false, error: `time: ${why} "${s}"` });
  let i = 0;
  let neg = false;
  if (s[0] === '-' || s[0] === '+') {
    neg = s[0] === '-';
    i++;
  }
  if (s.slice(i) === '0') return { ok: true, nanos: 0 };
  if (i >= s.length) return bad('invalid duration');
  let total = 0;
  while (i < s.length) {
    const numStart = i;
    while (i < s.length && s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57) i++;
    const intPart = s.slice(numStart, i);
    let frac = '';
    if (s[i] === '.') {
      i++;
      const f = i;
      while (i < s.length && s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57) i++;
      frac = s.slice(f, i);
    }
    if (intPart === '' && frac === '') return bad('invalid duration');
    const unitStart = i;
    while (i < s.length && s[i] !== '.' && !(s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57)) i++;
    const unit = s.slice(unitStart, i);
    if (unit === '') return bad('missing unit in duration');
    const mult = UNITS[unit];
    if (mult === undefined) return { ok: false, error: `time: unknown unit "${unit}" in duration "${s}"` };
    total += Number(`${intPart || '0'}.${frac || '0'}`) * mult;
  }
  return { ok: true, nanos: neg ? -total : total };
}
