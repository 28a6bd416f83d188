// The per-stage virtual filesystem: changes per step and wasted bytes.
import { describe, expect, it } from 'vitest';
import { ROOT, VirtualFs, resolveIn, wastedBytes } from '../../core/engine/sim/vfs';

describe('VirtualFs', () => {
  it('creates parents and records what a step added', () => {
    const fs = VirtualFs.withDirs(['/etc']);
    fs.writeFile('/app/a.txt', { size: 5, mode: 0o644 }, ROOT, 1);
    expect(fs.isDir('/app')).toBe(true);
    expect(fs.changesOf(1).map((c) => [c.path, c.kind, c.size])).toEqual([['/app', 'added', 0], ['/app/a.txt', 'added', 5]]);
  });
  it('marks an overwrite as changed and a delete as removed', () => {
    const fs = VirtualFs.withDirs([]);
    fs.writeFile('/a', { size: 5, mode: 0o644 }, ROOT, 1);
    fs.writeFile('/a', { size: 7, mode: 0o644 }, ROOT, 2);
    fs.remove('/a', 3);
    expect(fs.changesOf(2)).toEqual([{ path: '/a', kind: 'changed', type: 'file', size: 7, mode: 0o644, uid: 0, gid: 0 }]);
    expect(fs.changesOf(3)).toEqual([{ path: '/a', kind: 'removed', type: 'file', size: 0 }]);
    expect(fs.exists('/a')).toBe(false);
  });
  it('counts bytes a later step removes or overwrites as wasted', () => {
    const fs = VirtualFs.withDirs([]);
    fs.writeFile('/big', { size: 1000, mode: 0o644 }, ROOT, 1);
    fs.writeFile('/keep', { size: 10, mode: 0o644 }, ROOT, 1);
    fs.remove('/big', 2);
    expect(wastedBytes(fs, [1, 2]).get(1)).toBe(1000);
    expect(wastedBytes(fs, [1, 2]).get(2)).toBe(0);
  });
  it('removing a directory removes what it holds', () => {
    const fs = VirtualFs.withDirs([]);
    fs.writeFile('/d/x/y', { size: 1, mode: 0o644 }, ROOT, 1);
    fs.remove('/d', 2);
    expect(fs.under('/').map((e) => e.path)).toEqual([]);
  });
  it('chattr changes owner and mode, recursively when asked', () => {
    const fs = VirtualFs.withDirs([]);
    fs.writeFile('/d/f', { size: 1, mode: 0o644 }, ROOT, 1);
    fs.chattr('/d', { uid: 1000, gid: 1000 }, 2, true);
    expect(fs.get('/d/f')).toMatchObject({ uid: 1000, gid: 1000, mode: 0o644 });
  });
  it('resolves relative paths under a working directory', () => {
    expect(resolveIn('/app', 'sub/../x')).toBe('/app/x');
    expect(resolveIn('/app', '/abs')).toBe('/abs');
    expect(resolveIn('/app/', '.')).toBe('/app');
  });
});
