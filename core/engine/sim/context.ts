// The build context as the builder sees it: the given files minus what `.dockerignore` excludes,
// laid out in a VirtualFs rooted at the context directory.
import { parseDockerignore, ignoreVerdict, cleanPath, type IgnoreRule } from './match';
import { VirtualFs, ROOT } from './vfs';
import type { BuildContext, ContextFile } from './types';

export interface LoadedContext {
  readonly fs: VirtualFs;
  /** Archive members by context path (for ADD of a local tar). */
  readonly archives: ReadonlyMap<string, readonly ContextFile[]>;
  readonly excluded: readonly { path: string; line: number }[];
  readonly ignoreErrors: readonly { line: number; message: string }[];
  readonly rules: readonly IgnoreRule[];
}

const CONTEXT_STEP = -1;

function byteLength(text: string): number {
  return new TextEncoder().encode(text).length;
}

export function loadContext(context: BuildContext | undefined): LoadedContext {
  const files = context?.files ?? [];
  const ignoreText = context?.dockerignore ?? files.find((f) => cleanPath(f.path) === '.dockerignore')?.content ?? '';
  const { rules, errors } = parseDockerignore(ignoreText);
  const fs = VirtualFs.withDirs([]);
  const archives = new Map<string, readonly ContextFile[]>();
  const excluded: { path: string; line: number }[] = [];
  for (const file of files) {
    const path = cleanPath(file.path.replace(/^\/+/, ''));
    if (path === '.' || path.startsWith('..')) continue;
    const verdict = ignoreVerdict(rules, path);
    if (verdict.excluded) {
      excluded.push({ path, line: verdict.rule?.line ?? 0 });
      continue;
    }
    addEntry(fs, '/' + path, file);
    if (file.archive) archives.set('/' + path, file.archive);
  }
  return { fs, archives, excluded, ignoreErrors: errors, rules };
}

/** Adds one context (or archive) entry to a filesystem at `at`. */
export function addEntry(fs: VirtualFs, at: string, file: ContextFile, step = CONTEXT_STEP): void {
  const type = file.type ?? 'file';
  if (type === 'dir') fs.mkdirp(at, ROOT, step, file.mode ?? 0o755);
  else if (type === 'symlink') fs.symlink(at, file.target ?? '', ROOT, step);
  else {
    const size = file.size ?? (file.content !== undefined ? byteLength(file.content) : 0);
    fs.writeFile(at, { size, mode: file.mode ?? 0o644, ...(file.content !== undefined ? { content: file.content } : {}) }, ROOT, step);
  }
}

/** True when a context path looks like an archive ADD would extract (BuildKit checks the bytes). */
export function looksLikeArchive(path: string): boolean {
  return /\.(tar|tar\.gz|tgz|tar\.bz2|tbz2|tar\.xz|txz)$/i.test(path);
}
