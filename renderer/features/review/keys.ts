// Keyboard shortcuts of the review page, in one table so the help line and the handler cannot drift.
// DOM only.
export const REVIEW_KEYS = [
  { key: 'Space', does: 'reveal the answer' },
  { key: 'Y / N', does: 'yes / no on a DOMC option' },
  { key: '1–4', does: 'grade: Again, Hard, Good, Easy' },
  { key: 'U', does: 'undo the last answer' },
  { key: 'B', does: 'bury until tomorrow' },
  { key: 'S', does: 'suspend' },
  { key: 'F', does: 'flag / unflag' },
] as const;

/** True when a key press belongs to a text field or carries a modifier (Alt opens pages). */
export function ignoreKey(e: KeyboardEvent): boolean {
  if (e.altKey || e.ctrlKey || e.metaKey) return true;
  const t = e.target as HTMLElement | null;
  if (!t) return false;
  // Shortcuts still work while a choice (radio/checkbox) has focus; typing into a field is left alone.
  if (t.tagName === 'INPUT') return !['checkbox', 'radio', 'button'].includes((t as HTMLInputElement).type);
  return t.tagName === 'TEXTAREA' || t.tagName === 'SELECT' || t.isContentEditable;
}

export function formatDue(due: number, now: number): string {
  const minutes = Math.max(1, Math.round((due - now) / 60_000));
  if (minutes < 60) return `${minutes}m`;
  const hours = minutes / 60;
  if (hours < 24) return `${Math.round(hours)}h`;
  const days = hours / 24;
  if (days < 31) return `${Math.round(days)}d`;
  if (days < 365) return `${Math.round(days / 30.4)}mo`;
  return `${(days / 365).toFixed(1)}y`;
}
