// What handlers need from the outside world, passed in so tests can supply their own. Node only.
import type Database from 'better-sqlite3';
import type { AppNotice } from '../../core/api/app';

export interface ServiceDeps {
  readonly db: Database.Database;
  /** Folder holding lessons/, exercises/ and objectives.yaml. */
  readonly contentDir: string;
  /** Folder holding the question bank. */
  readonly quizzesDir: string;
  /** Folder for backups and exports (the database lives here too). */
  readonly dataDir: string;
  /** The clock; injected so scheduling and backups are testable. */
  readonly now: () => Date;
  /** Facts known only at start-up (app version, database recovery notices); optional for feature tests. */
  readonly startup?: { readonly version: string; readonly databaseFile: string; readonly notices: readonly AppNotice[] };
}
