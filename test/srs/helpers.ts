// Test helpers: a fresh migrated database in a temp folder, a copy of the fixture bank, and a clock the
// test moves by hand.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { MIGRATIONS } from '../../main/store/migrations/index';
import { createQuizService, type QuizService } from '../../main/quiz/service';

export const FIXTURE_BANK = fileURLToPath(new URL('../fixtures/quizzes', import.meta.url));

export function tempDir(prefix = 'drydock-srs-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export function openTestDb(file: string): Database.Database {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  const from = db.pragma('user_version', { simple: true }) as number;
  for (const m of MIGRATIONS) {
    if (m.version <= from) continue;
    db.transaction(() => {
      m.up(db);
      db.pragma(`user_version = ${m.version}`);
    })();
  }
  return db;
}

export function copyBank(to: string): string {
  fs.cpSync(FIXTURE_BANK, to, { recursive: true });
  return to;
}

export class TestClock {
  constructor(public ms: number) {}
  now = () => new Date(this.ms);
  advance(minutes: number): void {
    this.ms += minutes * 60_000;
  }
}

export interface Harness {
  readonly dir: string;
  readonly bank: string;
  readonly db: Database.Database;
  readonly clock: TestClock;
  readonly service: QuizService;
  reopen(): Harness;
}

export function harness(start = Date.parse('2026-03-02T10:00:00Z'), dir = tempDir()): Harness {
  const bank = path.join(dir, 'quizzes');
  if (!fs.existsSync(bank)) copyBank(bank);
  const db = openTestDb(path.join(dir, 'drydock.sqlite'));
  const clock = new TestClock(start);
  const service = createQuizService({ db, quizzesDir: bank, contentDir: path.join(dir, 'content'), dataDir: dir, now: clock.now, utcOffsetMinutes: () => 0, warn: () => {} });
  return {
    dir,
    bank,
    db,
    clock,
    service,
    reopen() {
      db.close();
      return harness(clock.ms, dir);
    },
  };
}
