// Opens the SQLite database: WAL, foreign keys, migrations keyed by PRAGMA user_version (each in its own
// transaction), refusal of a database written by a newer Drydock, and recovery from a corrupt file by
// moving it aside (never deleting it). Node only.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { MIGRATIONS, type Migration } from './migrations/index';
import { DB_FILE_NAME } from './dataDir';

export type DbNotice =
  | { readonly kind: 'corrupt-moved-aside'; readonly movedTo: string; readonly reason: string }
  | { readonly kind: 'migrated'; readonly from: number; readonly to: number };

export interface OpenedDatabase {
  readonly db: Database.Database;
  readonly file: string;
  /** Schema version after migrations. */
  readonly version: number;
  /** Things the user should be told (shown as a banner through app.status). */
  readonly notices: readonly DbNotice[];
}

export interface OpenDatabaseOptions {
  readonly dataDir: string;
  readonly migrations?: readonly Migration[];
  /** Path to a better_sqlite3.node built for Electron's ABI (see scripts/desktop-setup.mjs). */
  readonly nativeBinding?: string;
  readonly now?: () => Date;
}

/** The database was written by a newer Drydock: we refuse to touch it rather than risk losing data. */
export class NewerDatabaseError extends Error {
  constructor(
    readonly file: string,
    readonly found: number,
    readonly supported: number,
  ) {
    super(
      `${file} has schema version ${found}, but this Drydock only knows versions up to ${supported}. ` +
        `It was written by a newer Drydock; update Drydock, or point DRYDOCK_DATA_DIR elsewhere. The file was left untouched.`,
    );
    this.name = 'NewerDatabaseError';
  }
}

export function openDatabase(options: OpenDatabaseOptions): OpenedDatabase {
  const migrations = options.migrations ?? MIGRATIONS;
  checkMigrationList(migrations);
  const now = options.now ?? (() => new Date());
  fs.mkdirSync(options.dataDir, { recursive: true });
  const file = path.join(options.dataDir, DB_FILE_NAME);
  const notices: DbNotice[] = [];
  const dbOptions: Database.Options = options.nativeBinding ? { nativeBinding: options.nativeBinding } : {};

  let db = new Database(file, dbOptions);
  const problem = corruptionOf(db);
  if (problem) {
    db.close();
    const movedTo = moveAside(file, now());
    notices.push({ kind: 'corrupt-moved-aside', movedTo, reason: problem });
    db = new Database(file, dbOptions);
  }

  // Read the version before writing anything (even the WAL switch rewrites the header).
  const found = db.pragma('user_version', { simple: true }) as number;
  const latest = migrations.length === 0 ? 0 : migrations[migrations.length - 1]!.version;
  if (found > latest) {
    db.close();
    throw new NewerDatabaseError(file, found, latest);
  }

  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 3000');
  const version = runMigrations(db, migrations, found);
  if (version !== found) notices.push({ kind: 'migrated', from: found, to: version });
  return { db, file, version, notices };
}

/** Applies every migration newer than `from`, each with its version bump in one transaction. */
export function runMigrations(db: Database.Database, migrations: readonly Migration[], from: number): number {
  let version = from;
  for (const migration of migrations) {
    if (migration.version <= version) continue;
    db.transaction(() => {
      migration.up(db);
      // user_version cannot be bound as a parameter; the number comes from our own checked list.
      db.pragma(`user_version = ${migration.version}`);
    })();
    version = migration.version;
  }
  return version;
}

/** Migrations must be numbered 1, 2, 3… with no gaps, so user_version always means "this many ran". */
export function checkMigrationList(migrations: readonly Migration[]): void {
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) {
      throw new Error(`migration "${m.name}" has version ${m.version} but is at position ${i + 1}: versions must be 1, 2, 3… in order`);
    }
  });
}

/** Returns why the file is unusable, or undefined when it is a healthy SQLite database (or a new, empty one). */
function corruptionOf(db: Database.Database): string | undefined {
  try {
    const rows = db.pragma('quick_check') as Array<{ quick_check: string }>;
    const first = rows[0]?.quick_check;
    if (first !== 'ok') return `integrity check failed: ${rows.map((r) => r.quick_check).join('; ')}`;
    return undefined;
  } catch (err) {
    const code = (err as { code?: string }).code;
    if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') return (err as Error).message;
    throw err;
  }
}

/** Renames the file (and its WAL/SHM companions) to drydock.sqlite.corrupt-<timestamp>[-wal|-shm]. */
function moveAside(file: string, at: Date): string {
  const stamp = at.toISOString().replace(/[:.]/g, '-');
  let target = `${file}.corrupt-${stamp}`;
  for (let n = 2; fs.existsSync(target); n++) target = `${file}.corrupt-${stamp}-${n}`;
  fs.renameSync(file, target);
  for (const suffix of ['-wal', '-shm']) {
    if (fs.existsSync(file + suffix)) fs.renameSync(file + suffix, target + suffix);
  }
  return target;
}
