// Study time as people read it on the dashboard. A short session must not show as "0 min": that reads as
// "nothing was recorded", which is the one thing a learner must never be made to think.

/** `minutes` (fractional) as "0 min", "<1 min", "25 min" or "2 h 05 min". */
export function formatStudyTime(minutes: number): string {
  if (!Number.isFinite(minutes) || minutes <= 0) return '0 min';
  if (minutes < 1) return '<1 min';
  const whole = Math.round(minutes);
  if (whole < 60) return `${whole} min`;
  const h = Math.floor(whole / 60);
  const m = whole % 60;
  return m === 0 ? `${h} h` : `${h} h ${String(m).padStart(2, '0')} min`;
}
