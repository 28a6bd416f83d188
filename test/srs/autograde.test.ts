// Suggested grades, daily allowances and study-day arithmetic.
import { describe, expect, it } from 'vitest';
import { suggestGrade, expectedSeconds } from '../../core/srs/autograde';
import { allowanceLeft, isLeech } from '../../core/srs/queue';
import { srsSettingsSchema } from '../../core/srs/settings';
import { nextStudyDayStart, studyDayKey } from '../../core/srs/studyDay';

describe('suggestGrade', () => {
  const base = { type: 'single' as const, wordCount: 35 }; // expected 10 + 10 = 20 s
  it('wrong is Again however fast', () => expect(suggestGrade({ ...base, correct: false, durationMs: 1000 })).toBe(1));
  it('fast and right is Easy, normal is Good, slow is Hard', () => {
    expect(expectedSeconds('single', 35)).toBe(20);
    expect(suggestGrade({ ...base, correct: true, durationMs: 9_000 })).toBe(4);
    expect(suggestGrade({ ...base, correct: true, durationMs: 25_000 })).toBe(3);
    expect(suggestGrade({ ...base, correct: true, durationMs: 45_000 })).toBe(2);
  });
});

describe('daily limits and leeches', () => {
  it('new cards count against the review limit too', () => {
    expect(allowanceLeft({ newPerDay: 20, reviewsPerDay: 100 }, { reviews: 0, newCards: 0 })).toEqual({ reviews: 100, newCards: 20 });
    expect(allowanceLeft({ newPerDay: 20, reviewsPerDay: 100 }, { reviews: 95, newCards: 3 })).toEqual({ reviews: 5, newCards: 5 });
    expect(allowanceLeft({ newPerDay: 20, reviewsPerDay: 100 }, { reviews: 120, newCards: 30 })).toEqual({ reviews: 0, newCards: 0 });
  });
  it('a card is a leech at the threshold (8 by default)', () => {
    const d = srsSettingsSchema.parse({});
    expect(d.leechThreshold).toBe(8);
    expect(isLeech(7, d.leechThreshold)).toBe(false);
    expect(isLeech(8, d.leechThreshold)).toBe(true);
    expect(isLeech(9, d.leechThreshold)).toBe(false);
    expect(isLeech(12, d.leechThreshold)).toBe(true);
  });
  it('settings reject nonsense with the field named', () => {
    const r = srsSettingsSchema.safeParse({ desiredRetention: 1.5, learningSteps: ['ten minutes'] });
    expect(r.success).toBe(false);
    const paths = r.error!.issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['desiredRetention', 'learningSteps.0']));
  });
});

describe('study days', () => {
  const clock = { utcOffsetMinutes: 60, dayStartsAtHour: 4 };
  it('a 2 am answer belongs to the previous day; the next day starts at 04:00 local', () => {
    const twoAmLocal = Date.parse('2026-03-10T01:00:00Z'); // 02:00 at UTC+1
    expect(studyDayKey(twoAmLocal, clock)).toBe('2026-03-09');
    expect(new Date(nextStudyDayStart(twoAmLocal, clock)).toISOString()).toBe('2026-03-10T03:00:00.000Z');
    const noon = Date.parse('2026-03-10T11:00:00Z');
    expect(studyDayKey(noon, clock)).toBe('2026-03-10');
    expect(new Date(nextStudyDayStart(noon, clock)).toISOString()).toBe('2026-03-11T03:00:00.000Z');
  });
});

describe('exam-date workload', () => {
  it('spreads the remaining new cards so all are met a week before the exam', async () => {
    const { newPerDayForExam } = await import('../../core/srs/queue');
    expect(newPerDayForExam(300, 37)).toBe(10);
    expect(newPerDayForExam(300, 5)).toBe(300); // inside the last week: everything now
    expect(newPerDayForExam(0, 30)).toBe(0);
  });
});
