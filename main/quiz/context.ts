// What every SRS store function needs: the database, the clock, the local day boundaries and a
// scheduler built from the current settings (cached until the settings change). Node only.
import type Database from 'better-sqlite3';
import { createScheduler, type Scheduler } from '../../core/srs/scheduler';
import type { SrsSettings } from '../../core/srs/settings';
import { examMoment, studyDayKey, nextStudyDayStart, type DayClock } from '../../core/srs/studyDay';
import { readSettings } from './settingsStore';

export interface SrsContext {
  readonly db: Database.Database;
  now(): number;
  settings(): SrsSettings;
  /** Local day boundaries at `ms` (the UTC offset can change with daylight saving). */
  clock(ms: number): DayClock;
  scheduler(): Scheduler;
  dayKey(ms: number): string;
  nextDayStart(ms: number): number;
  /** Epoch ms of the exam, or null when no exam date is set. */
  examAt(): number | null;
  /** Call after writing settings so the next scheduler sees them. */
  invalidate(): void;
}

export function createSrsContext(db: Database.Database, now: () => Date, utcOffsetMinutes?: (ms: number) => number): SrsContext {
  const offset = utcOffsetMinutes ?? ((ms: number) => -new Date(ms).getTimezoneOffset());
  let cached: { settings: SrsSettings; scheduler: Scheduler | null } | null = null;
  const settings = () => {
    cached ??= { settings: readSettings(db), scheduler: null };
    return cached.settings;
  };
  const clock = (ms: number): DayClock => ({ utcOffsetMinutes: offset(ms), dayStartsAtHour: settings().dayStartsAtHour });
  const examAt = () => {
    const plan = settings().exam;
    if (!plan) return null;
    const rough = Date.parse(`${plan.date}T12:00:00Z`);
    return examMoment(plan.date, offset(rough));
  };
  return {
    db,
    now: () => now().getTime(),
    settings,
    clock,
    scheduler() {
      const s = settings();
      if (!cached?.scheduler) {
        const at = examAt();
        const scheduler = createScheduler({ ...s, examTarget: s.exam && at !== null ? { at, target: s.exam.target } : null });
        cached = { settings: s, scheduler };
      }
      return cached.scheduler as Scheduler;
    },
    dayKey: (ms) => studyDayKey(ms, clock(ms)),
    nextDayStart: (ms) => nextStudyDayStart(ms, clock(ms)),
    examAt,
    invalidate() {
      cached = null;
    },
  };
}
