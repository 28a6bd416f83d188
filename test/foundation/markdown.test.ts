// Lesson Markdown rendering: highlighted code from the info string's first word, the "broken on purpose"
// badge, heading anchors that use the section ids main computed, GFM tables and in-app lesson links.
import { describe, expect, it } from 'vitest';
import { parseInfoString, renderInlineMarkdown, renderLessonMarkdown, resolveLink } from '../../renderer/features/lessons/markdown';
import { parseHash, hrefFor } from '../../renderer/router';

describe('renderLessonMarkdown', () => {
  const body = [
    '## Exec form',
    '',
    '```dockerfile',
    'FROM busybox:latest',
    'CMD ["echo", "hi"]',
    '```',
    '',
    '```dockerfile broken',
    'CMD echo <b>',
    '```',
    '',
    '## Exec form',
    '',
    '| Form | PID 1 |',
    '|------|-------|',
    '| exec | the program |',
    '',
    'See [shell form](lesson:run-and-shell#shell-form) and [the docs](https://docs.docker.com/).',
  ].join('\n');
  const html = renderLessonMarkdown('cmd-vs-entrypoint', body, [
    { id: 'exec-form', title: 'Exec form' },
    { id: 'exec-form-2', title: 'Exec form' },
  ]);

  it('highlights Dockerfile code and escapes what it does not understand', () => {
    expect(html).toContain('<code class="hljs language-dockerfile">');
    expect(html).toMatch(/<span class="hljs-keyword">FROM<\/span>/);
    expect(html).toContain('&lt;b&gt;');
    expect(html).not.toContain('<b>');
  });

  it('badges the deliberately broken example, and only that one', () => {
    expect(html.match(/Broken on purpose/g)).toHaveLength(1);
    expect(html.match(/class="code-block code-broken"/g)).toHaveLength(1);
  });

  it('gives headings the section ids from main, with in-app anchor links', () => {
    expect(html).toContain('<h2 id="exec-form" class="lesson-heading">');
    expect(html).toContain('<h2 id="exec-form-2" class="lesson-heading">');
    expect(html).toContain('href="#/lessons/cmd-vs-entrypoint/exec-form-2"');
  });

  it('renders GFM tables and routes lesson links inside the app, web links outside', () => {
    expect(html).toContain('<div class="table-wrap"><table>');
    expect(html).toContain('<th>Form</th>');
    expect(html).toContain('href="#/lessons/run-and-shell/shell-form"');
    expect(html).toContain('href="https://docs.docker.com/" target="_blank" rel="noopener noreferrer"');
  });
});

describe('code info strings and links', () => {
  it('takes the first word as the language and notices "broken"', () => {
    expect(parseInfoString('dockerfile broken')).toEqual({ language: 'dockerfile', broken: true });
    expect(parseInfoString('Bash')).toEqual({ language: 'bash', broken: false });
    expect(parseInfoString(undefined)).toEqual({ language: 'plaintext', broken: false });
  });

  it('maps relative .md links to lessons', () => {
    expect(resolveLink('../images/multi-stage-builds.md#naming-stages')).toEqual({ href: '#/lessons/multi-stage-builds/naming-stages', external: false });
    expect(resolveLink('#local')).toEqual({ href: '#local', external: false });
  });
});

describe('hash routes', () => {
  it('round-trips route and path through hrefFor and parseHash', () => {
    expect(parseHash(hrefFor('lessons', 'cmd-vs-entrypoint', 'exec-form'))).toEqual({ route: 'lessons', path: ['cmd-vs-entrypoint', 'exec-form'] });
    expect(parseHash('')).toEqual({ route: '', path: [] });
    expect(parseHash('#/a%20b/')).toEqual({ route: 'a b', path: [] });
  });
});

describe('"Check yourself" answers', () => {
  // Lessons write each answer on the question's next line as <details><summary>Answer</summary>…</details>;
  // an HTML block is passed through raw, so the answer's Markdown has to be rendered on purpose.
  const body = [
    '## Check yourself',
    '',
    '1. Which instruction must come first?',
    '   <details><summary>Answer</summary>`FROM`; only **parser directives** and global `ARG`s, see',
    '   [ARG](lesson:from-and-arg#arg-before-from).</details>',
    '2. Empty?',
    '   <details><summary>Answer</summary></details>',
  ].join('\n');
  const html = renderLessonMarkdown('dockerfile-basics', body, [{ id: 'check-yourself', title: 'Check yourself' }]);

  it('renders code, bold and lesson links inside the answer', () => {
    expect(html).toContain('<summary>Answer</summary><code>FROM</code>; only <strong>parser directives</strong> and global <code>ARG</code>s');
    expect(html).toContain('<a href="#/lessons/from-and-arg/arg-before-from">ARG</a>.</details>');
    expect(html).not.toContain('`');
  });

  it('leaves an empty answer empty', () => {
    expect(html).toContain('<summary>Answer</summary></details>');
  });
});

describe('languages the lessons use', () => {
  it('highlights the systemd drop-in (ini) blocks instead of leaving them plain', () => {
    const html = renderLessonMarkdown('daemon-configuration', '```ini\n[Service]\nExecStart=\n```', []);
    expect(html).toContain('<span class="code-lang">INI</span>');
    expect(html).toContain('<span class="hljs-section">[Service]</span>');
  });

  it('captions ```text blocks "Text", like the other captions (not the raw info word)', () => {
    expect(renderLessonMarkdown('x', '```text\nunable to configure\n```', [])).toContain('<span class="code-lang">Text</span>');
  });
});

describe('renderInlineMarkdown (lesson objectives)', () => {
  it('renders code and lesson links, and leaves a lone glob ** alone', () => {
    expect(renderInlineMarkdown('Use `syntax` to pin the frontend')).toBe('Use <code>syntax</code> to pin the frontend');
    expect(renderInlineMarkdown('see [ARG](lesson:from-and-arg)')).toBe('see <a href="#/lessons/from-and-arg">ARG</a>');
    expect(renderInlineMarkdown('wildcards, ** and ! exceptions')).toBe('wildcards, ** and ! exceptions');
  });
});
