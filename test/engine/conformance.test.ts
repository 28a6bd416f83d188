// Conformance suite: every fixture in test/fixtures/dockerfile parses to its expected tree (valid) or
// reports exactly its expected errors (invalid). Fixtures are generated from fixture-cases.ts.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../core/engine/index';
import { dump } from './dump';
import { errorsOf, loadFixtures } from './fixtures';

const fixtures = loadFixtures();

describe('Dockerfile conformance fixtures', () => {
  it('has at least 100 cases on disk', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(100);
    expect(fixtures.filter((f) => f.kind === 'invalid').length).toBeGreaterThanOrEqual(40);
  });

  for (const f of fixtures.filter((x) => x.kind === 'valid')) {
    it(`valid/${f.name}: ${f.expected.note}`, () => {
      const a = analyze(f.text, { noLint: true });
      expect(errorsOf(a.diagnostics)).toEqual([]);
      expect(dump(a.dockerfile)).toEqual(f.expected.ast);
    });
  }

  for (const f of fixtures.filter((x) => x.kind === 'invalid')) {
    it(`invalid/${f.name}: ${f.expected.note}`, () => {
      const a = analyze(f.text, { noLint: true });
      expect(a.hasErrors).toBe(true);
      expect(errorsOf(a.diagnostics)).toEqual(f.expected.errors);
    });
  }
});

describe('exact ranges', () => {
  it('maps tokens on continuation lines back to their source position', () => {
    const text = 'FROM busybox\nCOPY --chown=1:1 \\\n     a.txt \\\n     /dst/\n';
    const ins = analyze(text).dockerfile.instructions[1]!;
    const [src, dst] = ins.args;
    expect(text.slice(src!.range.start.offset, src!.range.end.offset)).toBe('a.txt');
    expect(src!.range.start).toEqual({ line: 3, column: 6, offset: text.indexOf('a.txt') });
    expect(dst!.range.start.line).toBe(4);
    const flag = ins.flags[0]!;
    expect(text.slice(flag.range.start.offset, flag.range.end.offset)).toBe('--chown=1:1');
    expect(text.slice(flag.nameRange.start.offset, flag.nameRange.end.offset)).toBe('chown');
    expect(text.slice(flag.valueRange!.start.offset, flag.valueRange!.end.offset)).toBe('1:1');
  });

  it('gives ENV keys, values and heredoc parts their own ranges', () => {
    const text = 'FROM busybox\nENV A="x y" B=2\nRUN <<EOF\necho hi\nEOF\n';
    const doc = analyze(text).dockerfile;
    const env = doc.instructions[1]!;
    const slice = (r: { start: { offset: number }; end: { offset: number } }): string => text.slice(r.start.offset, r.end.offset);
    expect(env.pairs.map((p) => [slice(p.keyRange), slice(p.valueRange!)])).toEqual([['A', '"x y"'], ['B', '2']]);
    const h = doc.instructions[2]!.heredocs[0]!;
    expect(slice(h.openerRange)).toBe('<<EOF');
    expect(slice(h.bodyRange)).toBe('echo hi');
    expect(slice(h.terminatorRange!)).toBe('EOF');
    expect(slice(doc.instructions[2]!.range)).toBe('RUN <<EOF\necho hi\nEOF');
  });

  it('reports the keyword range of an unknown instruction and suggests the closest one', () => {
    const a = analyze('FROM busybox\n  EXPSOE 80\n');
    const d = a.diagnostics.find((x) => x.code === 'unknown-instruction')!;
    expect(d.message).toContain('did you mean EXPOSE?');
    expect(d.range.start).toEqual({ line: 2, column: 3, offset: 15 });
    expect(d.range.end.column).toBe(9);
  });

  it('points a bad flag value at the value', () => {
    const text = 'FROM busybox\nHEALTHCHECK --interval=5 CMD true\n';
    const d = analyze(text).diagnostics.find((x) => x.code === 'invalid-duration')!;
    expect(text.slice(d.range.start.offset, d.range.end.offset)).toBe('5');
  });
});
