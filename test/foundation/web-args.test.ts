// Web mode's command-line options: defaults, values, and clear messages for bad input.
import { describe, expect, it } from 'vitest';
import { parseWebArgs } from '../../main/web/args';

describe('parseWebArgs', () => {
  it('defaults to any free port and opening the browser', () => {
    expect(parseWebArgs([])).toEqual({ ok: true, args: { port: 0, open: true } });
  });

  it('reads --port, --no-open and folders, in both "--x v" and "--x=v" forms; --web is accepted', () => {
    expect(parseWebArgs(['--web', '--port', '8080', '--no-open', '--data-dir=/tmp/d', '--content', 'c', '--quizzes', 'q'])).toEqual({
      ok: true,
      args: { port: 8080, open: false, dataDir: '/tmp/d', contentDir: 'c', quizzesDir: 'q' },
    });
  });

  it('names the option at fault', () => {
    expect(parseWebArgs(['--port', 'eighty'])).toEqual({ ok: false, message: '--port: expected a port number 0-65535, got "eighty"' });
    expect(parseWebArgs(['--port', '70000'])).toMatchObject({ ok: false, message: expect.stringContaining('70000') });
    expect(parseWebArgs(['--port'])).toMatchObject({ ok: false, message: expect.stringContaining('got ""') });
    expect(parseWebArgs(['--data-dir'])).toEqual({ ok: false, message: '--data-dir: expected a folder' });
    expect(parseWebArgs(['--colour'])).toMatchObject({ ok: false, message: expect.stringMatching(/^unknown option "--colour"; options: /) });
  });
});
