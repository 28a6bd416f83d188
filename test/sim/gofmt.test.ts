// Go formatting that BuildKit's history text depends on.
import { describe, expect, it } from 'vitest';
import { goDuration, goQuote, goQuoteRune, goQuoteSlice, goSlice, parseGoDuration } from '../../core/engine/sim/gofmt';

describe('Go formatting', () => {
  it('prints time.Duration like Go', () => {
    expect(goDuration(0)).toBe('0s');
    expect(goDuration(5e9)).toBe('5s');
    expect(goDuration(90e9)).toBe('1m30s');
    expect(goDuration(3.6e12)).toBe('1h0m0s');
    expect(goDuration(5e8)).toBe('500ms');
    expect(goDuration(1.5e9)).toBe('1.5s');
  });
  it('parses Go durations to nanoseconds', () => {
    expect(parseGoDuration('1m30s')).toBe(90e9);
    expect(parseGoDuration('500ms')).toBe(5e8);
    expect(parseGoDuration('0')).toBe(0);
    expect(parseGoDuration('10')).toBeUndefined();
    expect(parseGoDuration('abc')).toBeUndefined();
  });
  it('quotes strings and slices like %q and %v', () => {
    expect(goQuote('say "hi"\n')).toBe('"say \\"hi\\"\\n"');
    expect(goQuoteSlice(['/bin/sh', '-c', 'a b'])).toBe('["/bin/sh" "-c" "a b"]');
    expect(goSlice(['/a', '/b'])).toBe('[/a /b]');
  });
  it('quotes an int as a rune (HEALTHCHECK retries)', () => {
    expect(goQuoteRune(0)).toBe("'\\x00'");
    expect(goQuoteRune(3)).toBe("'\\x03'");
    expect(goQuoteRune(65)).toBe("'A'");
  });
});
