// Go filepath.Match wildcards (COPY sources) and .dockerignore rules (moby patternmatcher).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cleanPath, cleanPathBySegments, compileGlob, ignoreVerdict, isIgnored, matchPath, parseDockerignore } from '../../core/engine/sim/match';

const glob = (p: string, name: string) => {
  const c = compileGlob(p);
  if (!c.ok) throw new Error(c.message);
  return c.regex.test(name);
};

describe('compileGlob (filepath.Match)', () => {
  it('* and ? never cross a slash', () => {
    expect(glob('*.txt', 'a.txt')).toBe(true);
    expect(glob('*.txt', 'dir/a.txt')).toBe(false);
    expect(glob('?.md', 'x.md')).toBe(true);
    expect(glob('?.md', 'xy.md')).toBe(false);
  });
  it('supports classes, negated classes and ranges', () => {
    expect(glob('[abc].txt', 'b.txt')).toBe(true);
    expect(glob('[a-c].txt', 'd.txt')).toBe(false);
    expect(glob('[^a-c].txt', 'd.txt')).toBe(true);
  });
  it('escapes with a backslash', () => {
    expect(glob('\\*.txt', '*.txt')).toBe(true);
    expect(glob('\\*.txt', 'a.txt')).toBe(false);
  });
  it('rejects malformed patterns', () => {
    expect(compileGlob('[a-').ok).toBe(false);
    expect(compileGlob('[abc').ok).toBe(false);
    expect(compileGlob('abc\\').ok).toBe(false);
  });
  it('matches a path one component at a time', () => {
    expect(matchPath('src/*.go', 'src/main.go')).toBe(true);
    expect(matchPath('src/*.go', 'src/pkg/a.go')).toBe(false);
  });
});

describe('cleanPath', () => {
  it('cleans like Go path.Clean', () => {
    expect(cleanPath('./a//b/../c/')).toBe('a/c');
    expect(cleanPath('/../a')).toBe('/a');
    expect(cleanPath('../a')).toBe('../a');
    expect(cleanPath('')).toBe('.');
  });
  it('agrees with the segment-by-segment implementation on any mix of /, ., .. and names (the fast path for clean absolute paths included)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('/', '.', '..', 'a', 'bc', '.x', '..y', 'z.'), { maxLength: 12 }), (parts) => {
        const p = parts.join('');
        expect(cleanPath(p)).toBe(cleanPathBySegments(p));
      }),
      { numRuns: 2000 },
    );
    for (const [p, clean] of [['/', '/'], ['/a', '/a'], ['/a/b.c', '/a/b.c'], ['/.a/..b', '/.a/..b'], ['/a/', '/a'], ['//a', '/a'], ['/a/./b', '/a/b'], ['/a/..', '/'], ['/..', '/']]) expect(cleanPath(p!)).toBe(clean);
  });
});

describe('.dockerignore', () => {
  it('skips comments and blank lines, trims, cleans ./ and a leading /', () => {
    const { rules } = parseDockerignore('# comment\n\n  ./build/  \n/dist\n');
    expect(rules.map((r) => r.pattern)).toEqual(['build', 'dist']);
    expect(rules[0]?.line).toBe(3);
  });
  it('a match on a directory excludes everything under it', () => {
    const { rules } = parseDockerignore('node_modules\n');
    expect(isIgnored(rules, 'node_modules/a/b.js')).toBe(true);
    expect(isIgnored(rules, 'src/node_modules')).toBe(false);
  });
  it('** matches any number of directories', () => {
    const { rules } = parseDockerignore('**/*.md\n');
    expect(isIgnored(rules, 'README.md')).toBe(true);
    expect(isIgnored(rules, 'a/b/c.md')).toBe(true);
    expect(isIgnored(rules, 'a/b/c.txt')).toBe(false);
  });
  it('! makes an exception and the last matching line wins', () => {
    const { rules } = parseDockerignore('*.log\n!keep.log\n');
    expect(isIgnored(rules, 'debug.log')).toBe(true);
    expect(isIgnored(rules, 'keep.log')).toBe(false);
    const reversed = parseDockerignore('!keep.log\n*.log\n').rules;
    expect(isIgnored(reversed, 'keep.log')).toBe(true);
  });
  it('names the deciding line', () => {
    const { rules } = parseDockerignore('*.log\n!keep.log\n');
    expect(ignoreVerdict(rules, 'keep.log').rule?.line).toBe(2);
  });
  it('reports a bad pattern with its line', () => {
    expect(parseDockerignore('ok\n[a-\n').errors).toEqual([{ line: 2, message: expect.stringContaining('[a-') }]);
  });
});
