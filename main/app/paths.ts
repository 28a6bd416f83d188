// Where the app's own files are: the repository (or unpacked app) root, content, quizzes and the built
// renderer. Both main/ sources (run by tsx) and the dist/main bundles sit two folders below the root. Node only.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface AppPaths {
  readonly root: string;
  readonly contentDir: string;
  readonly quizzesDir: string;
  readonly rendererDir: string;
}

export function appPathsFrom(root: string, env: NodeJS.ProcessEnv = process.env): AppPaths {
  return {
    root,
    contentDir: path.resolve(env.DRYDOCK_CONTENT_DIR ?? path.join(root, 'content')),
    quizzesDir: path.resolve(env.DRYDOCK_QUIZZES_DIR ?? path.join(root, 'quizzes')),
    rendererDir: path.join(root, 'dist', 'renderer'),
  };
}

/** The root two levels above the given module URL (main/app/x.ts or dist/main/x.mjs). */
export function rootFromModule(moduleUrl: string): string {
  return path.resolve(path.dirname(fileURLToPath(moduleUrl)), '..', '..');
}

export function readVersion(root: string): string {
  try {
    const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { version?: string };
    return pkg.version ?? '0.0.0';
  } catch {
    return '0.0.0';
  }
}
