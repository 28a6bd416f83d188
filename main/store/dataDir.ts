// Where the user's data lives in web mode (Electron passes its userData folder instead). Node only.
import os from 'node:os';
import path from 'node:path';

/** $DRYDOCK_DATA_DIR, else $XDG_DATA_HOME/drydock, else ~/.local/share/drydock. */
export function resolveDataDir(env: NodeJS.ProcessEnv = process.env, home: string = os.homedir()): string {
  if (env.DRYDOCK_DATA_DIR) return path.resolve(env.DRYDOCK_DATA_DIR);
  if (env.XDG_DATA_HOME) return path.join(path.resolve(env.XDG_DATA_HOME), 'drydock');
  return path.join(home, '.local', 'share', 'drydock');
}

export const DB_FILE_NAME = 'drydock.sqlite';
