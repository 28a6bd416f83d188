// Prompts, options and explanations are short Markdown (code spans, emphasis, the odd block). The bank
// is our own reviewed content, but raw HTML in it is still escaped rather than trusted. DOM only.
import { Marked } from 'marked';

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const md = new Marked({ gfm: true, breaks: false, renderer: { html: ({ text }) => escapeHtml(text) } });

export function markdownBlock(text: string): string {
  return md.parse(text, { async: false });
}

export function markdownInline(text: string): string {
  return md.parseInline(text, { async: false });
}
