// The Dockerfile formatter: keyword case, continuation indentation, heredocs untouched, idempotence.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatDockerfile, formatEdits } from '../../core/format/dockerfile';

describe('formatDockerfile', () => {
  it('upper-cases instruction keywords and FROM ... AS', () => {
    const input = 'from busybox as build\nrun echo hi\n  copy a b\ncmd ["sh"]';
    expect(formatDockerfile(input)).toBe('FROM busybox AS build\nRUN echo hi\nCOPY a b\nCMD ["sh"]');
  });

  it('leaves arguments alone, even words that look like keywords', () => {
    expect(formatDockerfile('run echo from run copy')).toBe('RUN echo from run copy');
  });

  it('re-cases the instruction inside ONBUILD', () => {
    expect(formatDockerfile('onbuild copy . /app')).toBe('ONBUILD COPY . /app');
  });

  it('indents continuation lines by four spaces, including comments inside them', () => {
    const input = 'RUN apk add \\\n\tcurl \\\n# a note\n        git\nCMD sh';
    expect(formatDockerfile(input)).toBe('RUN apk add \\\n    curl \\\n    # a note\n    git\nCMD sh');
  });

  it('honours the escape directive (backtick continuations, backslash is not one)', () => {
    const input = '# escape=`\nfrom mcr.microsoft.com/windows/nanoserver\nrun dir `\n  c:\\\ncopy a b';
    expect(formatDockerfile(input)).toBe(
      '# escape=`\nFROM mcr.microsoft.com/windows/nanoserver\nRUN dir `\n    c:\\\nCOPY a b',
    );
  });

  it('does not touch heredoc bodies, and resumes after the delimiter', () => {
    const input = 'run <<EOF\n  from inside\n   keep   \nEOF\nrun <<-END cat\n\tx\n\tEND\ncmd x';
    expect(formatDockerfile(input)).toBe('RUN <<EOF\n  from inside\n   keep   \nEOF\nRUN <<-END cat\n\tx\n\tEND\nCMD x');
  });

  it('handles several heredocs on one line in order', () => {
    const input = 'copy <<A <<B /dst/\na1\nA\nb1\nB\nrun x';
    expect(formatDockerfile(input)).toBe('COPY <<A <<B /dst/\na1\nA\nb1\nB\nRUN x');
  });

  it('keeps the line count and CRLF line endings', () => {
    const input = 'from x\r\n  run y \r\n';
    const out = formatDockerfile(input);
    expect(out).toBe('FROM x\r\nRUN y\r\n');
  });

  it('reports only the changed lines as edits', () => {
    expect(formatEdits('FROM x\nrun y\nCMD z')).toEqual([{ line: 1, text: 'RUN y' }]);
    expect(formatEdits('FROM x\nRUN y')).toEqual([]);
  });

  it('never throws, keeps the line count and is idempotent on arbitrary input', () => {
    const alphabet = fc.constantFrom('run ', 'FROM ', 'copy ', '\\', '`', '\n', ' ', '\t', '#', '<<EOF', 'EOF', 'x', '"', "'", 'as ', 'onbuild ', '# escape=`\n');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 60 }), (parts) => {
        const text = parts.join('');
        const once = formatDockerfile(text);
        expect(once.split('\n').length).toBe(text.split('\n').length);
        expect(formatDockerfile(once)).toBe(once);
      }),
      { numRuns: 500 },
    );
  });
});
