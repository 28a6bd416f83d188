// Loading lessons: good fixtures load in course order with sections; bad front matter is reported with the
// file and the field, and never stops the other files from loading.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadLessons, parseLessonFile } from '../../main/content/lessons';
import { splitFrontMatter } from '../../main/content/frontMatter';
import { createLessonSearch, rangesIn } from '../../main/content/search';
import { FIXTURE_CONTENT, tempDir } from './helpers';

describe('loadLessons on the fixtures', () => {
  const { lessons, problems } = loadLessons(FIXTURE_CONTENT);

  it('loads the valid lessons in course order (domain order, then order)', () => {
    expect(lessons.map((l) => l.id)).toEqual(['parser-directives', 'cmd-vs-entrypoint', 'image-layers']);
    const cmd = lessons[1]!;
    expect(cmd.file).toBe('lessons/images/cmd-vs-entrypoint.md');
    expect(cmd.prerequisites).toEqual(['parser-directives']);
    expect(cmd.body.startsWith('`ENTRYPOINT` names')).toBe(true);
  });

  it('derives sections from ## and ### headings with the shared slug', () => {
    const layers = lessons.find((l) => l.id === 'image-layers')!;
    expect(layers.sections).toEqual([
      { id: 'the-container-layer', title: 'The container layer' },
      { id: 'copy-on-write', title: 'Copy-on-write' },
    ]);
  });

  it('reports the bad front matter fixture naming the file and the field', () => {
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'lessons/images/bad-front-matter.md', field: 'domain' });
    expect(problems[0]!.message).toMatch(/^lessons\/images\/bad-front-matter\.md: domain: /);
  });
});

describe('parseLessonFile', () => {
  const base = ['id: demo', 'title: A demo lesson', 'domain: images', 'order: 1', 'objectives: [Do a thing well]', 'estimatedMinutes: 5'];
  const file = (lines: string[], body = '## One\ntext\n') => `---\n${lines.join('\n')}\n---\n${body}`;

  it('names nested fields and unknown keys', () => {
    const nested = parseLessonFile('lessons/x.md', file([...base.slice(0, 4), 'objectives: [ok objective, "no"]', 'estimatedMinutes: 5']));
    expect(!nested.ok && nested.problems[0]!.message).toMatch(/^lessons\/x\.md: objectives\.1: /);
    const unknown = parseLessonFile('lessons/x.md', file([...base, 'colour: blue']));
    expect(!unknown.ok && unknown.problems[0]).toMatchObject({ field: 'colour' });
    const missing = parseLessonFile('lessons/x.md', file(base.filter((l) => !l.startsWith('title'))));
    expect(!missing.ok && missing.problems[0]).toMatchObject({ field: 'title' });
  });

  it('reports YAML syntax errors and a missing front matter block with the file name', () => {
    const yamlError = parseLessonFile('lessons/y.md', '---\nid: [unclosed\n---\nbody');
    expect(!yamlError.ok && yamlError.problems[0]!.message).toMatch(/^lessons\/y\.md: front matter \(line \d+\): /);
    const none = parseLessonFile('lessons/z.md', '# Just a heading\n');
    expect(!none.ok && none.problems[0]!.message).toBe('lessons/z.md: front matter: the file must start with a "---" line');
  });

  it('makes repeated heading slugs unique and ignores headings inside code fences', () => {
    const parsed = parseLessonFile('lessons/x.md', file(base, '## Example\n\n```bash\n## not a heading\n```\n\n## Example\n### `CMD` form\n'));
    expect(parsed.ok && parsed.lesson.sections).toEqual([
      { id: 'example', title: 'Example' },
      { id: 'example-2', title: 'Example' },
      { id: 'cmd-form', title: 'CMD form' },
    ]);
  });

  it('flags a lesson whose domain disagrees with its folder', () => {
    const parsed = parseLessonFile('lessons/storage/demo.md', file(base));
    expect(parsed.ok && parsed.problems).toEqual([
      { file: 'lessons/storage/demo.md', field: 'domain', message: 'lessons/storage/demo.md: domain: "images" does not match its folder "storage"' },
    ]);
  });

  it('reports duplicate ids and keeps the first', () => {
    const dir = tempDir();
    fs.mkdirSync(path.join(dir, 'lessons', 'images'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'lessons', 'images', 'a.md'), file(base));
    fs.writeFileSync(path.join(dir, 'lessons', 'images', 'b.md'), file(base));
    const { lessons, problems } = loadLessons(dir);
    expect(lessons.map((l) => l.file)).toEqual(['lessons/images/a.md']);
    expect(problems.map((p) => p.message)).toEqual(['lessons/images/b.md: id: "demo" is already used by lessons/images/a.md']);
  });

  it('treats a missing lessons folder as an empty course', () => {
    expect(loadLessons(tempDir())).toEqual({ lessons: [], problems: [] });
  });
});

describe('splitFrontMatter', () => {
  it('accepts CRLF line endings and a byte-order mark', () => {
    const r = splitFrontMatter('\uFEFF---\r\nid: a\r\n---\r\nbody\r\n');
    expect(r).toEqual({ ok: true, data: { id: 'a' }, body: 'body\r\n' });
  });
});

describe('lesson search', () => {
  const { lessons } = loadLessons(FIXTURE_CONTENT);
  const search = createLessonSearch(lessons);

  it('finds words in bodies, case-insensitively, with ranges that point at the match', () => {
    const hits = search.search('SIGTERM');
    expect(hits.map((h) => h.lessonId)).toEqual(['cmd-vs-entrypoint']);
    const hit = hits[0]!;
    const [start, end] = hit.ranges[0]!;
    expect(hit.snippet.slice(start, end)).toBe('SIGTERM');
    expect(hit.section).toBe('exec-form-and-shell-form');
  });

  it('ranks title matches first and highlights them in the title', () => {
    const hits = search.search('copy');
    expect(hits[0]!.lessonId).toBe('image-layers');
    const [s, e] = hits[0]!.titleRanges[0]!;
    expect(hits[0]!.title.slice(s, e)).toBe('copy');
  });

  it('requires every word to match and ignores an empty query', () => {
    expect(search.search('escape backtick').map((h) => h.lessonId)).toEqual(['parser-directives']);
    expect(search.search('escape nonexistentword')).toEqual([]);
    expect(search.search('   ')).toEqual([]);
  });

  it('does not match Markdown syntax or link targets', () => {
    expect(search.search('docs.docker.com')).toEqual([]);
    expect(search.search('```')).toEqual([]);
  });

  it('keeps underscores and asterisks that are part of names and code, and drops emphasis marks', () => {
    const body = '## Trust\nSet `DOCKER_CONTENT_TRUST=1` and run pg_isready; ignore `**/*.log` files. This is **bold** and _slanted_.\n';
    const parsed = parseLessonFile('lessons/images/01-demo.md', `---\nid: demo\ntitle: A demo lesson\ndomain: images\norder: 1\nobjectives: [Do a thing well]\nestimatedMinutes: 5\n---\n${body}`);
    if (!parsed.ok) throw new Error(parsed.problems[0]!.message);
    const own = createLessonSearch([parsed.lesson]);
    for (const query of ['DOCKER_CONTENT_TRUST', 'pg_isready', '**/*.log', 'bold slanted']) {
      expect(own.search(query).map((h) => h.lessonId), query).toEqual(['demo']);
    }
    expect(own.search('**bold**')).toEqual([]);
  });

  it('merges overlapping ranges', () => {
    expect(rangesIn('abcabc', ['abc', 'bca'])).toEqual([[0, 6]]);
  });
});
