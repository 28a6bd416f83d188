// The simulator runs on every keystroke in the sandbox: half-typed or hostile input must give
// diagnostics, never an exception.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { simulate, cacheDiff, runPreview, toDockerConfigJson } from '../../core/engine/sim/index';

const FIXTURES = join(__dirname, '..', 'fixtures', 'sim');
const samples = readdirSync(FIXTURES).map((c) => readFileSync(join(FIXTURES, c, 'Dockerfile'), 'utf8'));
const TOKENS = ['FROM ', 'busybox', ' AS ', 'a', 'COPY ', 'ADD ', '--from=', '--chown=', 'http://', '${', '}', '$', ':-', ':+', '"', "'", '\\', '\n', ' ', '[', ']', '"x"', ',', 'RUN ', 'CMD ', 'ENV ', 'ARG ', '=', 'ONBUILD ', 'HEALTHCHECK ', 'NONE', '--interval=', 'WORKDIR ', '..', '/', '*', '?', 'EXPOSE ', '-', 'VOLUME ', 'SHELL ', 'USER ', 'scratch', '&&', '>', 'echo ', 'mkdir -p '];

function exercise(text: string): void {
  const r = simulate(text, { buildArgs: { A: '1' }, context: { files: [{ path: 'a', content: 'x' }, { path: 'd/b', content: 'y' }] } });
  toDockerConfigJson(r.config);
  runPreview(r, { args: ['x'] });
  cacheDiff(r, r);
  for (const d of r.diagnostics) expect(d.range.start.offset).toBeLessThanOrEqual(text.length);
}

describe('robustness', () => {
  it('never throws on any prefix of the fixture Dockerfiles (typing in progress)', () => {
    for (const text of samples) for (let i = 0; i <= text.length; i += 3) exercise(text.slice(0, i));
  });
  it('reports a malformed ADD URL instead of throwing', () => {
    expect(simulate('FROM busybox\nADD http:// /x/\n').diagnostics[0]?.code).toBe('invalid-url');
  });
  it('never throws on random token soup', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...TOKENS), { maxLength: 60 }), (tokens) => exercise(tokens.join(''))), { numRuns: 400 });
  });
  it('never throws on random text', () => {
    fc.assert(fc.property(fc.string({ maxLength: 200 }), (s) => exercise(`FROM busybox\n${s}`)), { numRuns: 300 });
  });
});
