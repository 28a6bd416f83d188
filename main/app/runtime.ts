// Everything both shells (Electron and web mode) start the same way: the database, the handlers and the
// dispatcher. The shells only add a transport. Node only.
import type Database from 'better-sqlite3';
import type { AppNotice } from '../../core/api/app';
import { createHandlers } from '../services/index';
import { createDispatch, type Dispatch } from '../dispatch';
import { openDatabase, type DbNotice } from '../store/db';
import type { Logger } from '../log';

export interface RuntimeOptions {
  readonly dataDir: string;
  readonly contentDir: string;
  readonly quizzesDir: string;
  readonly version: string;
  readonly log: Logger;
  readonly nativeBinding?: string;
  readonly now?: () => Date;
}

export interface Runtime {
  readonly dispatch: Dispatch;
  readonly db: Database.Database;
  readonly databaseFile: string;
  readonly notices: readonly AppNotice[];
  close(): void;
}

export function openRuntime(options: RuntimeOptions): Runtime {
  const now = options.now ?? (() => new Date());
  const opened = openDatabase({
    dataDir: options.dataDir,
    now,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  });
  const notices = opened.notices.flatMap(toAppNotice);
  for (const n of notices) options.log.warn(n.message);
  const handlers = createHandlers({
    db: opened.db,
    contentDir: options.contentDir,
    quizzesDir: options.quizzesDir,
    dataDir: options.dataDir,
    now,
    startup: { version: options.version, databaseFile: opened.file, notices },
  });
  let closed = false;
  return {
    dispatch: createDispatch(handlers, options.log),
    db: opened.db,
    databaseFile: opened.file,
    notices,
    close() {
      if (closed) return;
      closed = true;
      opened.db.close();
    },
  };
}

function toAppNotice(notice: DbNotice): AppNotice[] {
  switch (notice.kind) {
    case 'corrupt-moved-aside':
      return [
        {
          kind: 'corrupt-database',
          movedTo: notice.movedTo,
          message: `Your progress database was damaged (${notice.reason}). It was moved aside to ${notice.movedTo} and a fresh one was started.`,
        },
      ];
    case 'migrated':
      return [];
  }
}
