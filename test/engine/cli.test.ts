// `drydock lint`: output lines, JSON, exit codes and clear messages for files it cannot read.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../main/cli/main';

const dir = mkdtempSync(join(tmpdir(), 'drydock-lint-cli-'));
const good = join(dir, 'good.Dockerfile');
const warn = join(dir, 'warn.Dockerfile');
const bad = join(dir, 'bad.Dockerfile');
const binary = join(dir, 'image.png');
writeFileSync(good, 'FROM busybox:1.36\nUSER 65534\nCMD ["sh"]\n');
writeFileSync(warn, 'FROM busybox:1.36\nUSER 65534\nCMD echo hi\n');
writeFileSync(bad, 'FROM busybox:1.36\nFORM x\n');
writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));

async function lint(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(['lint', ...args], { stdout: (t) => (out += t + '\n'), stderr: (t) => (err += t + '\n'), cwd: dir });
  return { code, out, err };
}

describe('drydock lint', () => {
  it('prints nothing and exits 0 for a clean file', async () => {
    expect(await lint(good)).toEqual({ code: 0, out: '', err: '' });
  });
  it('prints FILE:LINE:COL severity id message and exits 0 for warnings only', async () => {
    const r = await lint('warn.Dockerfile');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^warn\.Dockerfile:3:5 warning JSONArgsRecommended CMD in shell form/m);
  });
  it('exits 1 on an error and names it', async () => {
    const r = await lint(bad);
    expect(r.code).toBe(1);
    expect(r.out).toContain(`${bad}:2:1 error unknown-instruction unknown instruction: FORM (did you mean FROM?)`);
  });
  it('--disable turns a rule off', async () => {
    expect((await lint('--disable', 'JSONArgsRecommended', warn)).out).toBe('');
    expect((await lint('--disable=DL3025', warn)).out).toBe('');
  });
  it('--json prints one JSON document with every file', async () => {
    const r = await lint('--json', good, bad);
    const doc = JSON.parse(r.out) as { files: Array<{ file: string; diagnostics: Array<{ code: string; range: { start: { line: number } } }> }> };
    expect(doc.files.map((f) => f.file)).toEqual([good, bad]);
    expect(doc.files[1]!.diagnostics.find((d) => d.code === 'unknown-instruction')!.range.start.line).toBe(2);
    expect(r.code).toBe(1);
  });
  it('explains missing, binary and directory inputs without a stack trace', async () => {
    const r = await lint('nope.Dockerfile', binary, dir, good);
    expect(r.code).toBe(1);
    expect(r.err).toContain('nope.Dockerfile: no such file');
    expect(r.err).toContain(`${binary}: looks like a binary file`);
    expect(r.err).toContain(`${dir}: is a directory`);
    expect(r.err).not.toMatch(/\n\s+at /);
  });
  it('reports usage mistakes with exit 2', async () => {
    expect((await lint()).code).toBe(2);
    expect((await lint('--frobnicate', good)).err).toContain('unknown option --frobnicate');
  });
});
