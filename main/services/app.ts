// app.status: what the shell shows in its banner (database recovered, content files that failed to load).
// Node only.
import type { Handlers } from '../../core/api/contract';
import type { AppNotice } from '../../core/api/app';
import type { ServiceDeps } from './deps';
import { lessonCatalogFor } from '../content/catalog';
import { DB_FILE_NAME } from '../store/dataDir';

type AppHandlers = Pick<Handlers, 'app.status'>;

export function appHandlers(deps: ServiceDeps): AppHandlers {
  return {
    'app.status': (_input, ctx) => {
      const contentNotices: AppNotice[] = lessonCatalogFor(deps.contentDir).problems.map((p) => ({
        kind: 'content-error',
        file: p.file,
        message: p.message,
      }));
      return {
        version: deps.startup?.version ?? '0.0.0',
        transport: ctx.transport,
        dataDir: deps.dataDir,
        databaseFile: deps.startup?.databaseFile ?? `${deps.dataDir}/${DB_FILE_NAME}`,
        schemaVersion: deps.db.pragma('user_version', { simple: true }) as number,
        notices: [...(deps.startup?.notices ?? []), ...contentNotices],
      };
    },
  };
}
