// The SRS feature's start-up and state: integrity check, bank sync, the daily backup, and the objective
// list used for readiness. The API handlers (main/services/quiz.ts) call into this. Node only.
import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { parse as parseYaml } from 'yaml';
import type { HealthReport, SyncSummary } from '../../core/api/quiz';
import type { AppNotice } from '../../core/api/app';
import { DOMAIN_IDS, type DomainId } from '../../core/model/domains';
import { loadBank } from './bank';
import { dailyBackup, integrityCheck, listBackups } from './backup';
import { createSrsContext, type SrsContext } from './context';
import { syncBank } from './sync';
import { idleCheckpoints, type IdleCheckpoints } from './checkpoints';

export interface QuizServiceOptions {
  readonly db: Database.Database;
  readonly quizzesDir: string;
  readonly contentDir: string;
  readonly dataDir: string;
  readonly now: () => Date;
  /** Local UTC offset in minutes at a moment; defaults to the machine's time zone. */
  readonly utcOffsetMinutes?: (ms: number) => number;
  /** Log sink for background problems (a failed backup must not break reviewing). */
  readonly warn?: (message: string) => void;
  /** What the database opener reported (a damaged file moved aside means progress should be restored). */
  readonly startupNotices?: readonly AppNotice[];
}

export interface QuizService {
  readonly ctx: SrsContext;
  sync(): SyncSummary;
  health(): HealthReport;
  objectives(): Partial<Record<DomainId, readonly string[]>>;
  /** Makes today's backup if there is none yet; resolves when done (errors are reported, not thrown). */
  ensureDailyBackup(): Promise<void>;
  /** Runs the integrity check again (after a restore or import). */
  recheck(): void;
  /** WAL checkpoints at idle moments; call `wrote()` after each answer. */
  readonly checkpoints: IdleCheckpoints;
}

export function createQuizService(o: QuizServiceOptions): QuizService {
  const ctx = createSrsContext(o.db, o.now, o.utcOffsetMinutes);
  const warn = o.warn ?? ((m: string) => console.warn(`[quiz] ${m}`));
  let integrity = integrityCheck(o.db);
  let lastSync: SyncSummary | null = null;
  let backupDay: string | null = null;
  let objectives: Partial<Record<DomainId, readonly string[]>> | null = null;

  const service: QuizService = {
    ctx,
    checkpoints: idleCheckpoints(o.db),
    sync() {
      lastSync = syncBank(o.db, loadBank(o.quizzesDir), ctx.now(), ctx.dayKey);
      for (const p of lastSync.problems) warn(`${p.file} ${p.field}: ${p.message}`);
      return lastSync;
    },
    health() {
      const backups = listBackups(o.dataDir);
      const movedAside = o.startupNotices?.find((n) => n.kind === 'corrupt-database');
      const message = integrity.ok
        ? movedAside
          ? `${movedAside.message} ` +
            (backups.length > 0 ? 'Restore one of the backups below (newest first) to get your progress back.' : 'There are no backups to restore from.')
          : 'The progress database passed its integrity check.'
        : `The progress database failed its integrity check (${integrity.problems.slice(0, 3).join('; ')}). ` +
          (backups.length > 0
            ? `Restore one of the ${backups.length} backups below (newest first); the current state is backed up before a restore.`
            : 'No backups exist yet: export your progress now if you can, then restart Drydock.');
      return { ok: integrity.ok, message, backups, lastSync };
    },
    recheck() {
      integrity = integrityCheck(o.db);
    },
    objectives() {
      objectives ??= readObjectives(o.contentDir, warn);
      return objectives;
    },
    async ensureDailyBackup() {
      const day = ctx.dayKey(ctx.now());
      if (backupDay === day || !integrity.ok) return;
      backupDay = day;
      try {
        await dailyBackup(o.db, o.dataDir, day);
      } catch (err) {
        backupDay = null;
        warn(`daily backup failed: ${(err as Error).message}`);
      }
    },
  };
  if (integrity.ok) service.sync();
  else warn(`integrity check failed: ${integrity.problems.join('; ')}`);
  return service;
}

function readObjectives(contentDir: string, warn: (m: string) => void): Partial<Record<DomainId, readonly string[]>> {
  const file = path.join(contentDir, 'objectives.yaml');
  const out: Partial<Record<DomainId, string[]>> = {};
  try {
    const list = parseYaml(fs.readFileSync(file, 'utf8')) as unknown;
    if (!Array.isArray(list)) throw new Error('expected a list');
    for (const item of list as Array<{ id?: unknown; domain?: unknown }>) {
      const domain = item.domain as DomainId;
      if (typeof item.id !== 'string' || !DOMAIN_IDS.includes(domain)) continue;
      (out[domain] ??= []).push(item.id);
    }
  } catch (err) {
    // Readiness then falls back to the objectives the cards mention.
    warn(`cannot read ${file}: ${(err as Error).message}`);
  }
  return out;
}
