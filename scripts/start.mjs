// `npm start`: build what is stale, then launch the desktop app if Electron's binary (and a SQLite module
// built for it) is installed, else say so in one line and start web mode. Options: --web (force web mode),
// --port N, --no-open, --data-dir DIR, --content DIR, --quizzes DIR (web mode).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildAll } from './build.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const forceWeb = argv.includes('--web');
const webArgs = argv.filter((a) => a !== '--web');

try {
  await buildAll();
} catch (err) {
  console.error(`Drydock could not be built: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
}

const electronDir = path.join(root, 'node_modules', 'electron');
const hasElectron = fs.existsSync(path.join(electronDir, 'dist')) && fs.existsSync(path.join(electronDir, 'path.txt'));
const hasNativeModule = fs.existsSync(path.join(root, 'build', 'electron-native', 'better_sqlite3.node'));

if (!forceWeb && hasElectron && hasNativeModule) {
  const binary = path.join(electronDir, 'dist', fs.readFileSync(path.join(electronDir, 'path.txt'), 'utf8').trim());
  const child = spawn(binary, [root], { stdio: 'inherit', cwd: root });
  // Ctrl+C reaches Electron through the terminal; we only mirror its exit.
  process.on('SIGINT', () => undefined);
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
} else {
  if (!forceWeb) {
    console.log(
      hasElectron
        ? "Electron's SQLite module is not built yet (run `npm run desktop:setup` with internet); starting web mode instead."
        : "Electron's desktop binary is not installed (run `npm run desktop:setup` with internet); starting web mode instead.",
    );
  }
  const { runWeb } = await import(pathToFileURL(path.join(root, 'dist', 'main', 'web.mjs')).href);
  process.exit(await runWeb(webArgs));
}
