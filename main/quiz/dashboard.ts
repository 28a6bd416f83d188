// The progress dashboard's figures. Review counts, time and retention come from aggregates kept with
// each answer, so none of these queries scans the review log. Node only.
import type { DashboardData } from '../../core/api/quiz';
import type { DomainId } from '../../core/model/domains';
import { DAY_MS } from '../../core/srs/card';
import { MATURE_DAYS, readiness } from '../../core/srs/readiness';
import type { SrsContext } from './context';
import { RETENTION_BUCKETS } from './rows';

const FORECAST_DAYS = 30;

function shiftDay(day: string, delta: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + delta * DAY_MS).toISOString().slice(0, 10);
}

export function dashboard(ctx: SrsContext, objectives: Partial<Record<DomainId, readonly string[]>>): DashboardData {
  const db = ctx.db;
  const now = ctx.now();
  const today = ctx.dayKey(now);
  const yearAgo = shiftDay(today, -365);

  const daily = db.prepare('SELECT day, reviews, duration_ms FROM srs_daily WHERE day >= ? AND reviews > 0 ORDER BY day').all(yearAgo) as Array<{
    day: string;
    reviews: number;
    duration_ms: number;
  }>;
  const totals = db.prepare('SELECT COALESCE(SUM(duration_ms), 0) AS ms FROM srs_daily').get() as { ms: number };

  // Due forecast: index 0 holds today's and overdue cards.
  const dayEnd = ctx.nextDayStart(now);
  const forecast = new Array<number>(FORECAST_DAYS).fill(0);
  const dueRows = db
    .prepare(
      `SELECT CASE WHEN due < @dayEnd THEN 0 ELSE CAST((due - @dayEnd) / ${DAY_MS} AS INTEGER) + 1 END AS d, COUNT(*) AS n
       FROM srs_card WHERE retired = 0 AND suspended = 0 AND leech = 0 AND state <> 'new' AND due < @until GROUP BY d`,
    )
    .all({ dayEnd, until: dayEnd + (FORECAST_DAYS - 1) * DAY_MS }) as Array<{ d: number; n: number }>;
  for (const r of dueRows) if (r.d < FORECAST_DAYS) forecast[r.d] = (forecast[r.d] ?? 0) + r.n;

  const retentionRows = db.prepare('SELECT bucket, passed, failed FROM srs_retention ORDER BY bucket').all() as Array<{ bucket: number; passed: number; failed: number }>;
  const labels = RETENTION_BUCKETS.map((b, i) => {
    const from = i === 0 ? 0 : RETENTION_BUCKETS[i - 1]!;
    return b === Infinity ? `${from}d+` : `${from}–${b}d`;
  });
  const retention = retentionRows.map((r) => ({ label: labels[r.bucket] ?? `bucket ${r.bucket}`, passed: r.passed, failed: r.failed }));

  const counts = db
    .prepare(
      `SELECT
         SUM(suspended = 0 AND leech = 0 AND state = 'new') AS new,
         SUM(suspended = 0 AND leech = 0 AND state IN ('learning','relearning')) AS learning,
         SUM(suspended = 0 AND leech = 0 AND state = 'review' AND scheduled_days < ${MATURE_DAYS}) AS young,
         SUM(suspended = 0 AND leech = 0 AND state = 'review' AND scheduled_days >= ${MATURE_DAYS}) AS mature,
         SUM(suspended = 1) AS suspended,
         SUM(leech = 1 AND suspended = 0) AS leech
       FROM srs_card WHERE retired = 0`,
    )
    .get() as Record<string, number | null>;

  const examAt = ctx.examAt();
  const at = examAt !== null && examAt > now ? examAt : now;
  // Predicted recall summed per objective in SQL, walking the covering index srs_card_stats in
  // (domain, objective) order: no wide rows and no 20,000 objects in JavaScript.
  const { decay, factor } = ctx.scheduler().curve;
  const groups = (
    db
      .prepare(
        `SELECT domain, objective, COUNT(*) AS cards,
           TOTAL(CASE WHEN state = 'new' OR last_review IS NULL OR stability <= 0 THEN 0
             ELSE pow(1 + @factor * MAX(0, (@at - last_review) / ${DAY_MS}.0) / stability, -@decay) END) AS recallSum,
           MAX(state = 'review' AND scheduled_days >= ${MATURE_DAYS}) AS mature
         FROM srs_card WHERE retired = 0 GROUP BY domain, objective`,
      )
      .all({ at, factor, decay }) as Array<{ domain: DomainId; objective: string; cards: number; recallSum: number; mature: number }>
  ).map((g) => ({ ...g, mature: g.mature === 1 }));

  return {
    today,
    reviewsPerDay: daily.map((d) => ({ day: d.day, reviews: d.reviews, minutes: Math.round(d.duration_ms / 60_000) })),
    forecast,
    retention,
    cardsByState: {
      new: counts.new ?? 0,
      learning: counts.learning ?? 0,
      young: counts.young ?? 0,
      mature: counts.mature ?? 0,
      suspended: counts.suspended ?? 0,
      leech: counts.leech ?? 0,
    },
    readiness: { ...readiness(groups, objectives), at: at === now ? 'now' : 'exam', passPercent: ctx.settings().examPassPercent },
    streakDays: streak(daily, today),
    minutesStudied: { today: (daily.find((d) => d.day === today)?.duration_ms ?? 0) / 60_000, total: totals.ms / 60_000 },
  };
}

/** Consecutive study days with reviews, ending today (or yesterday when today has none yet). */
export function streak(days: ReadonlyArray<{ day: string; reviews: number }>, today: string): number {
  const active = new Set(days.filter((d) => d.reviews > 0).map((d) => d.day));
  let cursor = active.has(today) ? today : shiftDay(today, -1);
  let n = 0;
  while (active.has(cursor)) {
    n++;
    cursor = shiftDay(cursor, -1);
  }
  return n;
}
