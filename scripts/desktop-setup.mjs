// `npm run desktop:setup` (needs internet): downloads Electron's binary, which `npm ci` cannot fetch
// offline, and builds better-sqlite3 for Electron's ABI into build/electron-native/better_sqlite3.node
// (main/store/db.ts loads it through the `nativeBinding` option). The Node build in node_modules is left
// alone so tests keep working. Use --dry-run to print the steps without running them.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dryRun = process.argv.includes('--dry-run');
const electronPkg = JSON.parse(fs.readFileSync(path.join(root, 'node_modules', 'electron', 'package.json'), 'utf8'));
const electronVersion = electronPkg.version;
const target = path.join(root, 'build', 'electron-native', 'better_sqlite3.node');

function run(command, args, cwd) {
  console.log(`$ ${[command, ...args].join(' ')}${cwd !== root ? `   (in ${cwd})` : ''}`);
  if (dryRun) return;
  execFileSync(command, args, { cwd, stdio: 'inherit', env: process.env });
}

try {
  console.log(`1/2 downloading Electron ${electronVersion}…`);
  run(process.execPath, [path.join('node_modules', 'electron', 'install.js')], root);

  console.log(`2/2 building better-sqlite3 for Electron ${electronVersion} (${process.platform}-${process.arch})…`);
  const work = dryRun ? path.join(os.tmpdir(), 'drydock-native-XXXX') : fs.mkdtempSync(path.join(os.tmpdir(), 'drydock-native-'));
  const copy = path.join(work, 'better-sqlite3');
  if (!dryRun) {
    fs.cpSync(path.join(root, 'node_modules', 'better-sqlite3'), copy, {
      recursive: true,
      filter: (src) => !src.includes(`${path.sep}build${path.sep}`) && !src.endsWith(`${path.sep}build`),
    });
  }
  const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
  run(npx, ['--yes', 'node-gyp', 'rebuild', '--release', `--target=${electronVersion}`, `--arch=${process.arch}`, '--dist-url=https://electronjs.org/headers'], copy);
  if (!dryRun) {
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.copyFileSync(path.join(copy, 'build', 'Release', 'better_sqlite3.node'), target);
    fs.rmSync(work, { recursive: true, force: true });
  }
  console.log(`${dryRun ? '(dry run) would write' : 'wrote'} ${path.relative(root, target)}. Now run: npm start`);
} catch (err) {
  console.error(`desktop setup failed: ${err instanceof Error ? err.message : String(err)}`);
  console.error('It needs internet access (Electron binary and headers) and a C++ toolchain (python3, make, g++). Web mode works without it: npm run web');
  process.exit(1);
}
