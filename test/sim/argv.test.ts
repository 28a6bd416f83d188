// The ENTRYPOINT/CMD table of the Dockerfile reference and the docker run overrides.
import { describe, expect, it } from 'vitest';
import { previewRun, wrapShell, type StoredCommand } from '../../core/engine/sim/argv';

const execEntry: StoredCommand = { argv: ['exec_entry', 'p1_entry'], form: 'exec' };
const shellEntry: StoredCommand = { argv: wrapShell('exec_entry p1_entry', null), form: 'shell' };
const execCmd: StoredCommand = { argv: ['exec_cmd', 'p1_cmd'], form: 'exec' };
const shellCmd: StoredCommand = { argv: wrapShell('exec_cmd p1_cmd', null), form: 'shell' };

const argv = (entrypoint: StoredCommand | null, cmd: StoredCommand | null) => {
  const r = previewRun({ entrypoint, cmd });
  return r.ok ? r.argv : r.error;
};

describe('ENTRYPOINT × CMD (the reference table)', () => {
  it('no ENTRYPOINT, no CMD: error', () => {
    expect(argv(null, null)).toContain('No command specified');
  });
  it('no ENTRYPOINT: CMD alone runs (shell form through /bin/sh -c)', () => {
    expect(argv(null, execCmd)).toEqual(['exec_cmd', 'p1_cmd']);
    expect(argv(null, shellCmd)).toEqual(['/bin/sh', '-c', 'exec_cmd p1_cmd']);
  });
  it('shell-form ENTRYPOINT: /bin/sh -c "exec_entry p1_entry", CMD words only become $0...', () => {
    expect(argv(shellEntry, null)).toEqual(['/bin/sh', '-c', 'exec_entry p1_entry']);
    const r = previewRun({ entrypoint: shellEntry, cmd: execCmd });
    expect(r.ok && r.argv.slice(0, 3)).toEqual(['/bin/sh', '-c', 'exec_entry p1_entry']);
    expect(r.notes.map((n) => n.kind)).toEqual(['signals', 'args-ignored']);
  });
  it('exec ENTRYPOINT: CMD is appended (a shell-form CMD appended with its shell)', () => {
    expect(argv(execEntry, null)).toEqual(['exec_entry', 'p1_entry']);
    expect(argv(execEntry, execCmd)).toEqual(['exec_entry', 'p1_entry', 'exec_cmd', 'p1_cmd']);
    expect(argv(execEntry, shellCmd)).toEqual(['exec_entry', 'p1_entry', '/bin/sh', '-c', 'exec_cmd p1_cmd']);
  });
});

describe('docker run overrides', () => {
  it('arguments after the image replace CMD', () => {
    const r = previewRun({ entrypoint: execEntry, cmd: execCmd }, { args: ['x', 'y'] });
    expect(r.ok && r.argv).toEqual(['exec_entry', 'p1_entry', 'x', 'y']);
    expect(r.notes.map((n) => n.kind)).toContain('cmd-replaced');
  });
  it('--entrypoint replaces the entrypoint and clears the image CMD', () => {
    const r = previewRun({ entrypoint: execEntry, cmd: execCmd }, { entrypoint: '/bin/sh' });
    expect(r.ok && r.argv).toEqual(['/bin/sh']);
    expect(r.notes.map((n) => n.kind)).toContain('cmd-cleared');
  });
  it('--entrypoint with arguments keeps the arguments', () => {
    const r = previewRun({ entrypoint: execEntry, cmd: execCmd }, { entrypoint: 'ls', args: ['-l'] });
    expect(r.ok && r.argv).toEqual(['ls', '-l']);
  });
  it('--entrypoint "" resets the entrypoint', () => {
    const r = previewRun({ entrypoint: execEntry, cmd: null }, { entrypoint: '', args: ['date'] });
    expect(r.ok && r.argv).toEqual(['date']);
  });
  it('warns that a shell-form CMD keeps signals away from the program', () => {
    const r = previewRun({ entrypoint: null, cmd: shellCmd });
    expect(r.notes.map((n) => n.kind)).toEqual(['signals']);
    expect(previewRun({ entrypoint: null, cmd: execCmd }).notes).toEqual([]);
  });
  it('does not warn about signals when the shell form starts with exec', () => {
    const r = previewRun({ entrypoint: { argv: wrapShell('exec top -b', null), form: 'shell' }, cmd: null });
    expect(r.notes[0]?.message).toContain('becomes PID 1');
  });
  it('wraps shell forms in the SHELL the image sets', () => {
    expect(wrapShell('dir', ['cmd', '/S', '/C'])).toEqual(['cmd', '/S', '/C', 'dir']);
  });
});
