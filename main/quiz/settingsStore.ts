// Review settings persisted as one validated JSON value. Node only.
import type Database from 'better-sqlite3';
import { srsSettingsSchema, type SrsSettings, type SrsSettingsChange, DEFAULT_SETTINGS } from '../../core/srs/settings';
import { describeIssues } from '../../core/srs/exportFormat';

const KEY = 'settings';

export function readSettings(db: Database.Database): SrsSettings {
  const row = db.prepare('SELECT value FROM srs_setting WHERE key = ?').get(KEY) as { value: string } | undefined;
  if (!row) return DEFAULT_SETTINGS;
  const parsed = srsSettingsSchema.safeParse(JSON.parse(row.value));
  // A value written by an older or newer Drydock that no longer fits: fall back rather than block reviews.
  return parsed.success ? parsed.data : DEFAULT_SETTINGS;
}

export type SettingsResult = { ok: true; settings: SrsSettings } | { ok: false; error: string };

/** Merges a partial change over the current settings; nothing is saved when the result is invalid. */
export function writeSettings(db: Database.Database, change: SrsSettingsChange): SettingsResult {
  const merged = srsSettingsSchema.safeParse({ ...readSettings(db), ...change });
  if (!merged.success) return { ok: false, error: describeIssues(merged.error) };
  db.prepare('INSERT INTO srs_setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(KEY, JSON.stringify(merged.data));
  return { ok: true, settings: merged.data };
}

export function readMeta(db: Database.Database, key: string): string | null {
  const row = db.prepare('SELECT value FROM srs_setting WHERE key = ?').get(`meta:${key}`) as { value: string } | undefined;
  return row?.value ?? null;
}

export function writeMeta(db: Database.Database, key: string, value: string): void {
  db.prepare('INSERT INTO srs_setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(`meta:${key}`, value);
}
