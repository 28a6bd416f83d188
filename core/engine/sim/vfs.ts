// A virtual filesystem for one build stage: what each instruction added, changed or removed, so the
// sandbox can show a layer's contents, its size, and bytes a later layer wastes by deleting or
// overwriting them (they still ship in the earlier layer).
import { cleanPath } from './match';

export type EntryType = 'file' | 'dir' | 'symlink';

export interface FsEntry {
  readonly path: string;
  readonly type: EntryType;
  /** Bytes of content (the link text's length for a symlink, 0 for a directory). Layer sizes count
   *  regular files only, as the engine's `docker history` does. */
  readonly size: number;
  /** Permission bits, e.g. 0o644. */
  readonly mode: number;
  readonly uid: number;
  readonly gid: number;
  readonly target?: string;
  /** Known text content (context files we were given, `echo > file`), when small enough to keep. */
  readonly content?: string;
  /** History step that last wrote it; -1 for the base image. */
  readonly step: number;
  /** True when a RUN command's effect was simulated rather than known. */
  readonly simulated?: boolean;
}

export type ChangeKind = 'added' | 'changed' | 'removed';
export interface FsChange {
  readonly path: string;
  readonly kind: ChangeKind;
  readonly type: EntryType;
  /** Bytes the change adds to the layer (regular files only). */
  readonly size: number;
  /** Mode and owner after the change (absent for a removal). */
  readonly mode?: number;
  readonly uid?: number;
  readonly gid?: number;
}

export interface Owner {
  readonly uid: number;
  readonly gid: number;
}

export const ROOT: Owner = { uid: 0, gid: 0 };

export class VirtualFs {
  private readonly entries = new Map<string, FsEntry>();
  private readonly changes = new Map<number, Map<string, FsChange>>();

  static withDirs(dirs: readonly string[]): VirtualFs {
    const fs = new VirtualFs();
    fs.entries.set('/', { path: '/', type: 'dir', size: 0, mode: 0o755, uid: 0, gid: 0, step: -1 });
    for (const d of dirs) fs.mkdirp(d, ROOT, -1, 0o755);
    return fs;
  }

  clone(): VirtualFs {
    const copy = new VirtualFs();
    for (const [k, v] of this.entries) copy.entries.set(k, v);
    return copy;
  }

  get(path: string): FsEntry | undefined {
    return this.entries.get(normalize(path));
  }

  exists(path: string): boolean {
    return this.entries.has(normalize(path));
  }

  isDir(path: string): boolean {
    return this.get(path)?.type === 'dir';
  }

  /** All entries strictly under `dir`, sorted by path. */
  under(dir: string): FsEntry[] {
    const base = normalize(dir);
    const prefix = base === '/' ? '/' : base + '/';
    return [...this.entries.values()].filter((e) => e.path.startsWith(prefix) && e.path !== base).sort((a, b) => a.path.localeCompare(b.path));
  }

  all(): FsEntry[] {
    return [...this.entries.values()].sort((a, b) => a.path.localeCompare(b.path));
  }

  /** Changes recorded for one step, in path order. */
  changesOf(step: number): FsChange[] {
    return [...(this.changes.get(step)?.values() ?? [])].sort((a, b) => a.path.localeCompare(b.path));
  }

  mkdirp(path: string, owner: Owner, step: number, mode = 0o755, simulated = false): void {
    const clean = normalize(path);
    if (clean === '/') return;
    const parts = clean.split('/').filter(Boolean);
    let current = '';
    for (const part of parts) {
      current += '/' + part;
      const existing = this.entries.get(current);
      if (existing?.type === 'dir') continue;
      this.put({ path: current, type: 'dir', size: 0, mode, uid: owner.uid, gid: owner.gid, step, ...(simulated ? { simulated } : {}) });
    }
  }

  /** Writes a file (creating parent directories owned by root, as COPY does). */
  writeFile(path: string, file: { size: number; mode: number; content?: string; simulated?: boolean }, owner: Owner, step: number): void {
    const clean = normalize(path);
    this.mkdirp(parentOf(clean), ROOT, step);
    const entry: FsEntry = {
      path: clean,
      type: 'file',
      size: file.size,
      mode: file.mode,
      uid: owner.uid,
      gid: owner.gid,
      step,
      ...(file.content !== undefined ? { content: file.content } : {}),
      ...(file.simulated ? { simulated: true } : {}),
    };
    const existed = this.entries.has(clean);
    this.removeTree(clean, step, false);
    this.put(entry, existed);
  }

  symlink(path: string, target: string, owner: Owner, step: number, simulated = false): void {
    const clean = normalize(path);
    this.mkdirp(parentOf(clean), ROOT, step);
    const existed = this.entries.has(clean);
    this.removeTree(clean, step, false);
    this.put({ path: clean, type: 'symlink', size: target.length, mode: 0o777, uid: owner.uid, gid: owner.gid, target, step, ...(simulated ? { simulated } : {}) }, existed);
  }

  /** Changes owner and/or mode of an existing entry (and, with `recursive`, all it holds). */
  chattr(path: string, change: { uid?: number; gid?: number; mode?: number }, step: number, recursive: boolean): boolean {
    const clean = normalize(path);
    const entry = this.entries.get(clean);
    if (!entry) return false;
    const targets = recursive && entry.type === 'dir' ? [entry, ...this.under(clean)] : [entry];
    for (const e of targets) {
      this.put({ ...e, uid: change.uid ?? e.uid, gid: change.gid ?? e.gid, mode: change.mode ?? e.mode, step });
    }
    return true;
  }

  /** Removes an entry and everything under it; returns false when nothing was there. */
  remove(path: string, step: number): boolean {
    return this.removeTree(normalize(path), step, true);
  }

  private removeTree(clean: string, step: number, record: boolean): boolean {
    const entry = this.entries.get(clean);
    if (!entry) return false;
    const victims = entry.type === 'dir' ? [...this.under(clean), entry] : [entry];
    for (const v of victims) {
      this.entries.delete(v.path);
      if (record) this.record(step, { path: v.path, kind: 'removed', type: v.type, size: 0 });
    }
    return true;
  }

  private put(entry: FsEntry, existedBefore?: boolean): void {
    const had = existedBefore ?? this.entries.has(entry.path);
    this.entries.set(entry.path, entry);
    const previous = this.changes.get(entry.step)?.get(entry.path);
    const kind: ChangeKind = previous?.kind === 'removed' || had ? 'changed' : 'added';
    this.record(entry.step, { path: entry.path, kind: previous?.kind === 'added' ? 'added' : kind, type: entry.type, size: entry.type === 'file' ? entry.size : 0, mode: entry.mode, uid: entry.uid, gid: entry.gid });
  }

  private record(step: number, change: FsChange): void {
    if (step < 0) return;
    let map = this.changes.get(step);
    if (!map) {
      map = new Map();
      this.changes.set(step, map);
    }
    const previous = map.get(change.path);
    // Adding then removing in the same step leaves no trace in that layer.
    if (change.kind === 'removed' && previous?.kind === 'added') map.delete(change.path);
    else map.set(change.path, change);
  }
}

export function normalize(path: string): string {
  const clean = cleanPath(path.startsWith('/') ? path : '/' + path);
  return clean === '' ? '/' : clean;
}

export function parentOf(path: string): string {
  const clean = normalize(path);
  const idx = clean.lastIndexOf('/');
  return idx <= 0 ? '/' : clean.slice(0, idx);
}

export function baseName(path: string): string {
  const clean = normalize(path);
  return clean.slice(clean.lastIndexOf('/') + 1);
}

/** Joins a path onto a working directory the way the builder resolves relative destinations. */
export function resolveIn(workdir: string, path: string): string {
  if (path.startsWith('/')) return normalize(path);
  return normalize((workdir.endsWith('/') ? workdir : workdir + '/') + path);
}

/**
 * Bytes of each step's additions that a later step overwrote or removed: they still ship inside the
 * earlier layer even though the final image cannot see them.
 */
export function wastedBytes(fs: VirtualFs, steps: readonly number[]): Map<number, number> {
  const wasted = new Map<number, number>();
  // Walk from the newest step back, remembering which paths a later step touched.
  const touchedLater = new Set<string>();
  const removedDirsLater: string[] = [];
  for (let i = steps.length - 1; i >= 0; i--) {
    const step = steps[i] as number;
    const changes = fs.changesOf(step);
    let total = 0;
    for (const change of changes) {
      if (change.kind === 'removed' || change.size === 0) continue;
      if (touchedLater.has(change.path) || removedDirsLater.some((d) => change.path.startsWith(d + '/'))) total += change.size;
    }
    for (const change of changes) {
      touchedLater.add(change.path);
      if (change.kind === 'removed' && change.type === 'dir') removedDirsLater.push(change.path);
    }
    wasted.set(step, total);
  }
  return wasted;
}
