// Builds what `npm start` needs: the renderer (vite build → dist/renderer) and the Node bundles
// (scripts/build-main.mjs → dist/main). Each half is skipped when its outputs are newer than its sources,
// so a second start is instant. Usage: node scripts/build.mjs [--force]
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildMain } from './build-main.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const at = (...p) => path.join(root, ...p);

const SHARED = ['core', 'package.json', 'package-lock.json'];
const TARGETS = {
  renderer: {
    sources: ['renderer', 'vite.config.ts', 'tsconfig.json', ...SHARED],
    outputs: ['dist/renderer/index.html'],
  },
  main: {
    sources: ['main', 'scripts/build-main.mjs', ...SHARED],
    outputs: ['dist/main/electron.cjs', 'dist/main/preload.cjs', 'dist/main/web.mjs'],
  },
};

/** Newest modification time under the given paths (files or folders), 0 if none exist. */
function newestMtime(paths) {
  let newest = 0;
  const visit = (p) => {
    let st;
    try {
      st = fs.statSync(p);
    } catch {
      return;
    }
    if (st.isDirectory()) for (const name of fs.readdirSync(p)) visit(path.join(p, name));
    else newest = Math.max(newest, st.mtimeMs);
  };
  for (const p of paths) visit(at(p));
  return newest;
}

function oldestOutput(paths) {
  let oldest = Infinity;
  for (const p of paths) {
    try {
      oldest = Math.min(oldest, fs.statSync(at(p)).mtimeMs);
    } catch {
      return 0;
    }
  }
  return oldest;
}

export function isStale(name) {
  const t = TARGETS[name];
  return oldestOutput(t.outputs) < newestMtime(t.sources);
}

export async function buildAll({ force = false, quiet = false } = {}) {
  const say = (m) => quiet || console.log(m);
  if (force || isStale('renderer')) {
    say('building the renderer (vite)…');
    const { build } = await import('vite');
    await build({ root: at('renderer'), configFile: at('vite.config.ts'), logLevel: quiet ? 'error' : 'warn' });
  }
  if (force || isStale('main')) {
    say('bundling main (esbuild)…');
    await buildMain();
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    await buildAll({ force: process.argv.includes('--force') });
  } catch (err) {
    console.error(`build failed: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  }
}
