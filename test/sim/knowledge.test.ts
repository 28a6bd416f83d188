// When the simulator may predict a failure from files it cannot see: catalog images list directories, not
// files, and unsimulated RUN steps write unknown files. Predicting a failure that does not happen is a
// wrong answer, so these pin both sides (the differential test checks the same cases on the engine).
import { describe, expect, it } from 'vitest';
import { simulate } from '../../core/engine/sim/index';

const errorsOf = (text: string, files: { path: string; content: string }[] = []) =>
  simulate(text, { context: { files } }).diagnostics.filter((d) => d.severity === 'error').map((d) => d.code);

describe('COPY --from a stage: missing paths', () => {
  it('does not fail for a file the base image brings (the catalog lists only its directories)', () => {
    const r = simulate('FROM golang:1.26 AS build\nRUN echo\nFROM alpine:3.20\nCOPY --from=build /usr/local/go/bin/go /go\n');
    expect(r.ok).toBe(true);
    expect(r.history.at(-1)?.effects.join(' ')).toContain('not among the files the simulator knows');
    expect(r.history.at(-1)?.size).toBeNull();
  });
  it('does not fail for a file an unsimulated RUN may have made, even in a directory the build created', () => {
    expect(errorsOf('FROM busybox AS build\nWORKDIR /out\nRUN make\nFROM busybox\nCOPY --from=build /out/app /app\n')).toEqual([]);
  });
  it('fails for a path inside a directory the build made when every step there is known', () => {
    const files = [{ path: 'a.txt', content: 'a' }];
    expect(errorsOf('FROM busybox AS build\nWORKDIR /out\nCOPY a.txt .\nFROM busybox\nCOPY --from=build /out/b.txt /b\n', files)).toEqual(['source-not-found']);
  });
  it('fails for a missing file of a stage built on scratch from known files', () => {
    const files = [{ path: 'a.txt', content: 'a' }];
    expect(errorsOf('FROM scratch AS build\nCOPY a.txt /a.txt\nFROM busybox\nCOPY --from=build /b.txt /b\n', files)).toEqual(['source-not-found']);
  });
  it('marks a directory copy from an incomplete stage as having unknown contents and size', () => {
    const r = simulate('FROM busybox AS build\nRUN mkdir -p /dist && make\nFROM busybox\nCOPY --from=build /dist /srv\n');
    expect(r.ok).toBe(true);
    expect(r.history.at(-1)?.size).toBeNull();
  });
});

describe('RUN in a stage whose every file is known', () => {
  it('fails FROM scratch: there is no /bin/sh', () => {
    const r = simulate('FROM scratch\nRUN echo hi\n');
    const e = r.diagnostics.find((d) => d.code === 'run-no-executable');
    expect(e?.message).toContain('exec: "/bin/sh": stat /bin/sh: no such file or directory');
    expect(e?.range.start.line).toBe(2);
    expect(r.ok).toBe(false);
  });
  it('follows SHELL and exec form, looking names up on PATH', () => {
    const files = [{ path: 'busybox', content: '\u007fELF' }];
    expect(errorsOf('FROM scratch\nCOPY busybox /bin/sh\nRUN echo hi\n', files)).toEqual([]);
    expect(errorsOf('FROM scratch\nCOPY busybox /bin/busybox\nRUN ["busybox", "true"]\n', files)).toEqual([]);
    expect(errorsOf('FROM scratch\nCOPY busybox /bin/busybox\nRUN ["nothere"]\n', files)).toEqual(['run-no-executable']);
    expect(errorsOf('FROM scratch\nCOPY busybox /bin/busybox\nSHELL ["/bin/busybox", "sh", "-c"]\nRUN echo hi\n', files)).toEqual([]);
  });
  it('says nothing once files it cannot list may be there (COPY --from an image or an incomplete stage)', () => {
    expect(errorsOf('FROM scratch\nCOPY --from=busybox:latest /bin/busybox /bin/sh\nRUN echo hi\n')).toEqual([]);
    expect(errorsOf('FROM busybox AS tools\nFROM scratch\nCOPY --from=tools /bin/busybox /bin/sh\nRUN echo hi\n')).toEqual([]);
  });
  it('never judges images from the catalog or unknown images', () => {
    expect(errorsOf('FROM alpine:3.20\nRUN ["nothere"]\n')).toEqual([]);
    expect(errorsOf('FROM example.com/custom:1\nRUN echo hi\n')).toEqual([]);
  });
  it('a stage FROM an unknown-image stage is unknown too', () => {
    const r = simulate('FROM example.com/custom:1 AS base\nFROM base\nRUN echo\n');
    expect(r.stages[1]?.baseKnown).toBe(false);
  });
});
