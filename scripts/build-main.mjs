// Bundles the Node side with esbuild: dist/main/electron.cjs (Electron main), dist/main/preload.cjs
// (sandboxed preload: must be one file, it cannot require local modules) and dist/main/web.mjs (web mode).
// Only electron and the native better-sqlite3 stay external. Usage: node scripts/build-main.mjs
import { build } from 'esbuild';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export async function buildMain() {
  const common = {
    bundle: true,
    platform: 'node',
    target: 'node20',
    sourcemap: false,
    logLevel: 'warning',
    absWorkingDir: root,
    external: ['electron', 'better-sqlite3'],
  };
  await Promise.all([
    build({ ...common, entryPoints: ['main/electron/main.ts'], outfile: 'dist/main/electron.cjs', format: 'cjs' }),
    build({ ...common, entryPoints: ['main/electron/preload.ts'], outfile: 'dist/main/preload.cjs', format: 'cjs' }),
    build({
      ...common,
      entryPoints: ['main/web/entry.ts'],
      outfile: 'dist/main/web.mjs',
      format: 'esm',
      // Bundled CommonJS dependencies may call require(); give the ESM bundle one.
      banner: { js: "import { createRequire as __drydockCreateRequire } from 'node:module'; const require = __drydockCreateRequire(import.meta.url);" },
    }),
  ]);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await buildMain();
  console.log('built dist/main/{electron.cjs,preload.cjs,web.mjs}');
}
