// Lesson Markdown to HTML: GFM (tables), highlight.js with only the languages lessons use (bundled, no CDN),
// "broken on purpose" badges for ```dockerfile broken blocks, and heading anchors that use the section ids
// main computed (the nth ##/### heading gets the nth section id, so links from questions always agree).
// DOM only (pure, in fact).
import { Marked, Renderer, type Tokens } from 'marked';
import hljs from 'highlight.js/lib/core';
import dockerfile from 'highlight.js/lib/languages/dockerfile';
import bash from 'highlight.js/lib/languages/bash';
import shell from 'highlight.js/lib/languages/shell';
import yaml from 'highlight.js/lib/languages/yaml';
import json from 'highlight.js/lib/languages/json';
import ini from 'highlight.js/lib/languages/ini';
import plaintext from 'highlight.js/lib/languages/plaintext';
import { headingSlug } from '../../../core/model/slug';
import type { LessonSection } from '../../../core/model/lesson';
import { hrefFor } from '../../router';

hljs.registerLanguage('dockerfile', dockerfile);
hljs.registerLanguage('bash', bash);
hljs.registerLanguage('shell', shell);
hljs.registerLanguage('yaml', yaml);
hljs.registerLanguage('json', json);
// systemd drop-in files (daemon-configuration) are INI.
hljs.registerLanguage('ini', ini);
hljs.registerLanguage('plaintext', plaintext);
hljs.registerAliases(['sh', 'zsh'], { languageName: 'bash' });
hljs.registerAliases(['console', 'shell-session'], { languageName: 'shell' });
hljs.registerAliases(['yml', 'compose'], { languageName: 'yaml' });
hljs.registerAliases(['text', 'txt', 'plain'], { languageName: 'plaintext' });

export interface CodeInfo {
  readonly language: string;
  readonly broken: boolean;
}

/** The info string's first word is the language; a later word "broken" marks a deliberately wrong example. */
export function parseInfoString(info: string | undefined): CodeInfo {
  const words = (info ?? '').trim().split(/\s+/).filter(Boolean);
  return { language: (words[0] ?? 'plaintext').toLowerCase(), broken: words.slice(1).includes('broken') };
}

const LABELS: Record<string, string> = { dockerfile: 'Dockerfile', bash: 'Shell', sh: 'Shell', shell: 'Terminal', console: 'Terminal', yaml: 'YAML', yml: 'YAML', json: 'JSON', ini: 'INI', text: 'Text', txt: 'Text' };

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export function highlightCode(code: string, language: string): string {
  return hljs.getLanguage(language) ? hljs.highlight(code, { language, ignoreIllegals: true }).value : escapeHtml(code);
}

/** Where a Markdown link should go: other lessons stay inside the app, the web opens outside it. */
export function resolveLink(href: string): { href: string; external: boolean } {
  const lesson = /^lesson:([a-z0-9-]+)(?:#([a-z0-9-]+))?$/.exec(href) ?? /^(?:\.{1,2}\/)*(?:[a-z0-9-]+\/)?([a-z0-9-]+)\.md(?:#([a-z0-9-]+))?$/.exec(href);
  if (lesson) return { href: hrefFor('lessons', lesson[1]!, ...(lesson[2] ? [lesson[2]] : [])), external: false };
  return { href, external: /^https?:\/\//.test(href) };
}

export function renderLessonMarkdown(lessonId: string, body: string, sections: readonly LessonSection[]): string {
  let sectionIndex = 0;
  const marked: Marked = new Marked({
    gfm: true,
    renderer: {
      heading(this: Renderer, token: Tokens.Heading) {
        const inner = this.parser.parseInline(token.tokens);
        const isSection = token.depth === 2 || token.depth === 3;
        const id = (isSection ? sections[sectionIndex++]?.id : undefined) ?? headingSlug(token.text);
        if (token.depth === 1) return `<h1>${inner}</h1>\n`;
        const href = hrefFor('lessons', lessonId, id);
        return `<h${token.depth} id="${escapeHtml(id)}" class="lesson-heading">${inner}<a class="heading-anchor" href="${escapeHtml(href)}" aria-label="Link to this section">#</a></h${token.depth}>\n`;
      },
      code(token: Tokens.Code) {
        const { language, broken } = parseInfoString(token.lang);
        const label = LABELS[language] ?? (language === 'plaintext' ? '' : language);
        const badge = broken ? '<span class="badge badge-broken" title="This example is wrong on purpose: spot the mistake">Broken on purpose</span>' : '';
        const caption = label || badge ? `<figcaption class="code-caption"><span class="code-lang">${escapeHtml(label)}</span>${badge}</figcaption>` : '';
        const code = highlightCode(token.text, language);
        return `<figure class="code-block${broken ? ' code-broken' : ''}">${caption}<pre><code class="hljs language-${escapeHtml(language)}">${code}</code></pre></figure>\n`;
      },
      link(this: Renderer, token: Tokens.Link) {
        const inner = this.parser.parseInline(token.tokens);
        const target = resolveLink(token.href);
        const title = token.title ? ` title="${escapeHtml(token.title)}"` : '';
        const rel = target.external ? ' target="_blank" rel="noopener noreferrer"' : '';
        return `<a href="${escapeHtml(target.href)}"${title}${rel}>${inner}</a>`;
      },
      html(token: Tokens.HTML | Tokens.Tag): string {
        // "Check yourself" answers are written on one line as <details><summary>…</summary>answer</details>.
        // CommonMark passes such an HTML block through untouched, so the answer's `code`, **bold** and links
        // would show as raw Markdown: render the answer text between </summary> and </details> inline.
        if (!token.block) return token.text;
        return token.text.replace(/(<\/summary>)([\s\S]*?)(<\/details>)/g, (_all, open: string, answer: string, close: string): string =>
          answer.trim() ? `${open}${marked.parseInline(answer.trim(), { async: false })}${close}` : `${open}${answer}${close}`,
        );
      },
      table(this: Renderer, token: Tokens.Table) {
        // Wrap wide tables so they scroll instead of breaking the layout; the inside is marked's default.
        return `<div class="table-wrap">${Renderer.prototype.table.call(this, token)}</div>`;
      },
    },
  });
  return marked.parse(body, { async: false });
}

const inlineMarked = new Marked({
  gfm: true,
  renderer: {
    link(this: Renderer, token: Tokens.Link) {
      const inner = this.parser.parseInline(token.tokens);
      const target = resolveLink(token.href);
      const rel = target.external ? ' target="_blank" rel="noopener noreferrer"' : '';
      return `<a href="${escapeHtml(target.href)}"${rel}>${inner}</a>`;
    },
  },
});

/** One line of front matter (a lesson objective) written with inline Markdown such as `code`. */
export function renderInlineMarkdown(text: string): string {
  return inlineMarked.parseInline(text, { async: false });
}
