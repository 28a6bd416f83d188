// Word expansion rules from the Dockerfile reference ("Environment replacement") shared by every frontend;
// what only current frontends accept is pinned in current-frontend.test.ts.
import { describe, expect, it } from 'vitest';
import { expandWord, mapLookup } from '../../core/engine/sim/words';

const vars = mapLookup({ SET: 'yes', EMPTY: '', PATH: '/bin' });
const value = (text: string, escape = '\\') => {
  const r = expandWord(text, vars, escape);
  if (!r.ok) throw new Error(r.message);
  return r.value;
};

describe('expandWord', () => {
  it('replaces $NAME and ${NAME}; unset names become empty', () => {
    expect(value('$SET')).toBe('yes');
    expect(value('${SET}_x')).toBe('yes_x');
    expect(value('$SET_x')).toBe('');
    expect(value('a$UNSET-b')).toBe('a-b');
  });
  it('supports ${V:-word} (unset or empty gives word) and ${V:+word} (set and non-empty gives word)', () => {
    expect(value('${SET:-d}')).toBe('yes');
    expect(value('${UNSET:-d}')).toBe('d');
    expect(value('${EMPTY:-d}')).toBe('d');
    expect(value('${SET:+a}')).toBe('a');
    expect(value('${UNSET:+a}')).toBe('');
    expect(value('${EMPTY:+a}')).toBe('');
    expect(value('${UNSET:-$SET/x}')).toBe('yes/x');
  });
  it('fails ${V:?msg} when the variable is unset or empty', () => {
    expect(value('${SET:?need it}')).toBe('yes');
    const r = expandWord('${EMPTY:?need it}', vars);
    expect(r).toMatchObject({ ok: false, message: 'failed to process "${EMPTY:?need it}": EMPTY: need it' });
  });
  it('rejects the forms without a colon, like the 20.10 builder ("missing \':\' in substitution")', () => {
    const r = expandWord('${SET-x}', vars, '\\', 'engine-20.10');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.message).toContain("missing ':' in substitution");
      expect(r.offset).toBe(0);
    }
    expect(expandWord('${SET:1}', vars, '\\', 'engine-20.10')).toMatchObject({ ok: false });
    expect(expandWord('${SET:1}', vars)).toMatchObject({ ok: false });
  });
  it('keeps single-quoted text literal and expands inside double quotes', () => {
    expect(value("'$SET'")).toBe('$SET');
    expect(value('"$SET and more"')).toBe('yes and more');
  });
  it('treats the escape character: \\$ outside quotes, only \\" \\$ \\\\ inside double quotes', () => {
    expect(value('\\$SET')).toBe('$SET');
    expect(value('"\\$SET"')).toBe('$SET');
    expect(value('"a\\zb"')).toBe('a\\zb');
    expect(value('a\\zb')).toBe('azb');
  });
  it('uses the backtick when the escape directive chooses it', () => {
    expect(value('`$SET', '`')).toBe('$SET');
    expect(value('C:\\dir', '`')).toBe('C:\\dir');
  });
  it('leaves a lone $ and $ before a non-name character alone', () => {
    expect(value('$')).toBe('$');
    expect(value('$/')).toBe('$/');
  });
  it('reports unterminated quotes', () => {
    expect(expandWord('"abc', vars)).toMatchObject({ ok: false });
    expect(expandWord("'abc", vars)).toMatchObject({ ok: false });
  });
  it('lists the names it looked up (what the build cache depends on)', () => {
    const r = expandWord('$SET ${UNSET:-x}', vars);
    expect(r.ok && r.used).toEqual(['SET', 'UNSET']);
  });
});
