// Web mode's entry (bundled to dist/main/web.mjs): open the runtime, serve it, print the URL, open a
// browser when one is available, and close the database cleanly on Ctrl+C. Node only.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { openRuntime } from '../app/runtime';
import { appPathsFrom, readVersion, rootFromModule } from '../app/paths';
import { resolveDataDir } from '../store/dataDir';
import { NewerDatabaseError } from '../store/db';
import { consoleLogger } from '../log';
import { parseWebArgs } from './args';
import { startWebServer } from './server';

export async function runWeb(argv: readonly string[]): Promise<number> {
  const parsed = parseWebArgs(argv);
  if (!parsed.ok) {
    process.stderr.write(`drydock web: ${parsed.message}\n`);
    return 2;
  }
  const { args } = parsed;
  const root = rootFromModule(import.meta.url);
  const paths = appPathsFrom(root);
  const dataDir = args.dataDir ? path.resolve(args.dataDir) : resolveDataDir();
  let runtime;
  try {
    runtime = openRuntime({
      dataDir,
      contentDir: args.contentDir ? path.resolve(args.contentDir) : paths.contentDir,
      quizzesDir: args.quizzesDir ? path.resolve(args.quizzesDir) : paths.quizzesDir,
      version: readVersion(root),
      log: consoleLogger,
    });
  } catch (err) {
    if (err instanceof NewerDatabaseError) {
      process.stderr.write(`drydock: ${err.message}\n`);
      return 1;
    }
    throw err;
  }
  let server;
  try {
    server = await startWebServer({ dispatch: runtime.dispatch, staticDir: paths.rendererDir, port: args.port, log: consoleLogger });
  } catch (err) {
    runtime.close();
    if ((err as { code?: string }).code === 'EADDRINUSE') {
      process.stderr.write(`drydock web: port ${args.port} is already in use; choose another with --port N, or --port 0 for any free port\n`);
      return 1;
    }
    throw err;
  }
  process.stdout.write(`Drydock is running in web mode at ${server.url}\n(data: ${dataDir}; press Ctrl+C to stop)\n`);
  if (args.open) openBrowser(server.url);

  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await server.close();
  runtime.close();
  process.stdout.write('Drydock stopped; database closed.\n');
  return 0;
}

/** Best effort: $BROWSER, else the platform's opener. A missing opener is not an error: the URL is printed. */
function openBrowser(url: string): void {
  const command = process.env.BROWSER || (process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'explorer' : 'xdg-open');
  try {
    const child = spawn(command, [url], { stdio: 'ignore', detached: true });
    child.on('error', () => undefined);
    child.unref();
  } catch {
    // Nothing to do: the URL is on screen.
  }
}

const invokedDirectly = process.argv[1] !== undefined && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href;
if (invokedDirectly) {
  runWeb(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (err: unknown) => {
      consoleLogger.error('web mode failed to start', err);
      process.exit(1);
    },
  );
}
