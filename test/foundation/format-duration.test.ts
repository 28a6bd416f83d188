import { describe, expect, it } from 'vitest';
import { formatStudyTime } from '../../core/format/duration';

describe('formatStudyTime', () => {
  it('never shows a short session as nothing', () => {
    expect(formatStudyTime(0)).toBe('0 min');
    expect(formatStudyTime(0.2)).toBe('<1 min');
    expect(formatStudyTime(0.99)).toBe('<1 min');
  });
  it('rounds minutes and switches to hours at 60', () => {
    expect(formatStudyTime(1.4)).toBe('1 min');
    expect(formatStudyTime(59.4)).toBe('59 min');
    expect(formatStudyTime(60)).toBe('1 h');
    expect(formatStudyTime(125)).toBe('2 h 05 min');
  });
  it('treats bad input as no time', () => {
    expect(formatStudyTime(Number.NaN)).toBe('0 min');
    expect(formatStudyTime(-3)).toBe('0 min');
  });
});
