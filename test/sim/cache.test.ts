// Build cache prediction (BuildKit): hits, misses with reasons, and the cascade after the first miss.
import { describe, expect, it } from 'vitest';
import { cacheDiff, simulate, type ContextFile } from '../../core/engine/sim/index';

const files = (over: Record<string, string> = {}): { files: ContextFile[] } => ({
  files: Object.entries({ 'package.json': '{"v":1}', 'app.js': 'one', ...over }).map(([path, content]) => ({ path, content })),
});
const DF = 'FROM node:22\nWORKDIR /app\nCOPY package.json .\nRUN npm install\nCOPY . .\nLABEL v=1\nCMD ["node", "app.js"]\n';
const statuses = (d: ReturnType<typeof cacheDiff>) => d.steps.map((s) => `${s.status}:${s.instruction.split(' ')[0]}`);

describe('cacheDiff', () => {
  it('an unchanged build is all hits (metadata steps have no cache step)', () => {
    const d = cacheDiff(simulate(DF, { context: files() }), simulate(DF, { context: files() }));
    expect(statuses(d)).toEqual(['hit:WORKDIR', 'hit:COPY', 'hit:RUN', 'hit:COPY', 'metadata:LABEL', 'metadata:CMD']);
    expect(d.misses).toBe(0);
  });
  it('changing app code misses only the last COPY: package.json and npm install stay cached', () => {
    const d = cacheDiff(simulate(DF, { context: files() }), simulate(DF, { context: files({ 'app.js': 'two' }) }));
    expect(statuses(d)).toEqual(['hit:WORKDIR', 'hit:COPY', 'hit:RUN', 'miss:COPY', 'metadata:LABEL', 'metadata:CMD']);
    expect(d.steps[3]?.reason).toContain('/app.js');
  });
  it('changing package.json rebuilds it and everything after it', () => {
    const d = cacheDiff(simulate(DF, { context: files() }), simulate(DF, { context: files({ 'package.json': '{"v":2}' }) }));
    expect(statuses(d).slice(0, 4)).toEqual(['hit:WORKDIR', 'miss:COPY', 'miss:RUN', 'miss:COPY']);
    expect(d.steps[2]?.reason).toContain('an earlier step rebuilt');
  });
  it('an edited RUN line misses with the instruction change as the reason', () => {
    const after = DF.replace('npm install', 'npm ci');
    const d = cacheDiff(simulate(DF, { context: files() }), simulate(after, { context: files() }));
    expect(d.steps[2]).toMatchObject({ status: 'miss', reason: expect.stringContaining('npm ci') });
  });
  it('a LABEL change does not invalidate later steps in BuildKit', () => {
    const before = 'FROM busybox\nLABEL a=1\nRUN echo\n';
    const d = cacheDiff(simulate(before), simulate(before.replace('a=1', 'a=2')));
    expect(statuses(d)).toEqual(['metadata:LABEL', 'hit:RUN']);
    expect(d.notes[0]).toContain('legacy builder');
  });
  it('a build arg used by RUN invalidates it', () => {
    const df = 'FROM busybox\nARG V\nRUN echo $V\n';
    const d = cacheDiff(simulate(df, { buildArgs: { V: '1' } }), simulate(df, { buildArgs: { V: '2' } }));
    expect(d.steps[1]).toMatchObject({ status: 'miss' });
  });
  it('a new base image misses every step', () => {
    const d = cacheDiff(simulate('FROM busybox\nRUN a\n'), simulate('FROM alpine\nRUN a\n'));
    expect(d.steps[0]).toMatchObject({ status: 'miss', reason: 'the base changed from busybox to alpine' });
  });
  it('COPY --from a stage that rebuilt misses too', () => {
    const df = 'FROM busybox AS build\nARG V\nRUN make\nFROM busybox\nRUN setup\nCOPY --from=build /out /out\n';
    const d = cacheDiff(simulate(df, { buildArgs: { V: '1' } }), simulate(df, { buildArgs: { V: '2' } }));
    expect(statuses(d)).toEqual(['metadata:ARG', 'miss:RUN', 'hit:RUN', 'miss:COPY']);
    expect(d.steps[3]?.reason).toContain('stage build rebuilt');
  });
});
