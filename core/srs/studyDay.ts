// Study days: a day starts at a configurable local hour (4 am by default) so a late-night session still
// counts for the evening it belongs to. The caller passes the local UTC offset, keeping this pure.
import { DAY_MS } from './card';

export interface DayClock {
  /** Minutes east of UTC (for example +60 in Paris in winter); -Date#getTimezoneOffset(). */
  readonly utcOffsetMinutes: number;
  readonly dayStartsAtHour: number;
}

function shift(ms: number, clock: DayClock): number {
  return ms + clock.utcOffsetMinutes * 60_000 - clock.dayStartsAtHour * 3_600_000;
}

/** "YYYY-MM-DD" of the study day containing `ms`. */
export function studyDayKey(ms: number, clock: DayClock): string {
  return new Date(shift(ms, clock)).toISOString().slice(0, 10);
}

/** Epoch ms at which the study day containing `ms` began. */
export function studyDayStart(ms: number, clock: DayClock): number {
  const shifted = shift(ms, clock);
  const dayFloor = Math.floor(shifted / DAY_MS) * DAY_MS;
  return dayFloor - clock.utcOffsetMinutes * 60_000 + clock.dayStartsAtHour * 3_600_000;
}

/** Epoch ms at which the next study day begins (used for "bury until tomorrow" and "due today"). */
export function nextStudyDayStart(ms: number, clock: DayClock): number {
  return studyDayStart(ms, clock) + DAY_MS;
}

/** Epoch ms of 09:00 local time on the date "YYYY-MM-DD": when an exam is taken to start. */
export function examMoment(date: string, utcOffsetMinutes: number): number {
  const midnightUtc = Date.parse(`${date}T00:00:00Z`);
  if (Number.isNaN(midnightUtc)) throw new Error(`not a date: "${date}"`);
  return midnightUtc - utcOffsetMinutes * 60_000 + 9 * 3_600_000;
}

/** Whole study days between two keys (b - a). */
export function daysBetweenKeys(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / DAY_MS);
}
