// Daily backups with SQLite's online backup API (a consistent copy while the app keeps writing), the
// last seven kept; restoring progress from one; the integrity check run at start-up. Node only.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { BackupInfo } from '../../core/api/quiz';

export const KEEP_BACKUPS = 7;
const NAME = /^drydock-(\d{4}-\d{2}-\d{2})(?:-(\d+))?\.sqlite$/;

export function backupDir(dataDir: string): string {
  return path.join(dataDir, 'backups');
}

export function listBackups(dataDir: string): BackupInfo[] {
  const dir = backupDir(dataDir);
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .map((name) => ({ name, m: NAME.exec(name) }))
    .filter((x): x is { name: string; m: RegExpExecArray } => x.m !== null)
    .map(({ name, m }) => ({ name, day: m[1] as string, seq: Number(m[2] ?? 1), bytes: fs.statSync(path.join(dir, name)).size }))
    // Newest first: by day, then by the -2, -3… copies made later that day.
    .sort((a, b) => b.day.localeCompare(a.day) || b.seq - a.seq)
    .map(({ name, day, bytes }) => ({ name, day, bytes }));
}

// Backups of one data folder run one after another: the daily backup and a backup asked for by hand
// (or the safety copy before a restore) would otherwise pick the same file name at the same moment.
const queues = new Map<string, Promise<unknown>>();
function serial<T>(dataDir: string, work: () => Promise<T>): Promise<T> {
  const next = (queues.get(dataDir) ?? Promise.resolve()).then(work, work);
  queues.set(
    dataDir,
    next.catch(() => undefined),
  );
  return next;
}

async function writeBackup(db: Database.Database, dataDir: string, day: string, prune_: boolean): Promise<BackupInfo> {
  const dir = backupDir(dataDir);
  fs.mkdirSync(dir, { recursive: true });
  let name = `drydock-${day}.sqlite`;
  for (let n = 2; fs.existsSync(path.join(dir, name)); n++) name = `drydock-${day}-${n}.sqlite`;
  const target = path.join(dir, name);
  // Write under a temporary name first so a crash mid-copy never leaves a half backup that looks whole.
  await db.backup(`${target}.partial`);
  fs.renameSync(`${target}.partial`, target);
  if (prune_) prune(dataDir);
  const info = listBackups(dataDir).find((b) => b.name === name);
  if (!info) throw new Error(`backup ${name} vanished right after it was written`);
  return info;
}

/** Writes drydock-<day>.sqlite (or -2, -3… for extra copies the same day) and prunes to the newest seven. */
export function backupNow(db: Database.Database, dataDir: string, day: string, options: { prune?: boolean } = {}): Promise<BackupInfo> {
  return serial(dataDir, () => writeBackup(db, dataDir, day, options.prune !== false));
}

/** Runs at most once per study day: returns the new backup, or null when today's already exists. */
export function dailyBackup(db: Database.Database, dataDir: string, day: string): Promise<BackupInfo | null> {
  return serial(dataDir, async () => (listBackups(dataDir).some((b) => b.day === day) ? null : writeBackup(db, dataDir, day, true)));
}

/** Keeps the newest seven backups. */
export function prune(dataDir: string): void {
  const all = listBackups(dataDir);
  for (const old of all.slice(KEEP_BACKUPS)) fs.rmSync(path.join(backupDir(dataDir), old.name), { force: true });
}

/**
 * Tables that hold learning progress, parents before children; a restore replaces exactly these. A backup
 * made before a table existed leaves that table as it is.
 */
export const PROGRESS_TABLES = ['srs_card', 'srs_review', 'srs_daily', 'srs_retention', 'srs_setting', 'exam_attempt', 'lesson_read', 'sandbox_draft', 'exercise_attempt'] as const;

/**
 * Replaces all progress with the backup's, in one transaction (the backup is opened read-only and
 * checked first). The question bank is re-synced afterwards by the caller.
 */
export function restoreProgress(db: Database.Database, dataDir: string, name: string): void {
  if (!NAME.test(name)) throw new Error(`"${name}" is not a Drydock backup name`);
  const file = path.join(backupDir(dataDir), name);
  if (!fs.existsSync(file)) throw new Error(`backup ${name} does not exist in ${backupDir(dataDir)}`);
  const check = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const result = integrityCheck(check);
    if (!result.ok) throw new Error(`backup ${name} is damaged too: ${result.problems.join('; ')}`);
  } finally {
    check.close();
  }
  db.prepare('ATTACH DATABASE ? AS backup').run(file);
  try {
    const inBackup = new Set((db.prepare("SELECT name FROM backup.sqlite_master WHERE type = 'table'").all() as Array<{ name: string }>).map((r) => r.name));
    const tables = PROGRESS_TABLES.filter((t) => inBackup.has(t));
    db.transaction(() => {
      // Children first when deleting, parents first when copying (srs_review references srs_card).
      for (const t of [...tables].reverse()) db.exec(`DELETE FROM main.${t}`);
      for (const t of tables) db.exec(`INSERT INTO main.${t} SELECT * FROM backup.${t}`);
    })();
  } finally {
    db.exec('DETACH DATABASE backup');
  }
}

export interface IntegrityResult {
  readonly ok: boolean;
  readonly problems: string[];
}

/** PRAGMA integrity_check: the full check (the foundation's open runs the quicker quick_check). */
export function integrityCheck(db: Database.Database): IntegrityResult {
  try {
    const rows = db.pragma('integrity_check') as Array<{ integrity_check: string }>;
    const problems = rows.map((r) => r.integrity_check).filter((m) => m !== 'ok');
    return { ok: problems.length === 0, problems };
  } catch (err) {
    return { ok: false, problems: [(err as Error).message] };
  }
}
