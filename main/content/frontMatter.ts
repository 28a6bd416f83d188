// Splits a Markdown file into its YAML front matter and body, reporting problems as values. Node only
// (it is pure, but it exists for the content loader in main).
import { parseDocument } from 'yaml';

export type FrontMatterResult =
  | { readonly ok: true; readonly data: unknown; readonly body: string }
  | { readonly ok: false; readonly message: string };

const OPEN = /^---[ \t]*\r?\n/;
const CLOSE = /\r?\n---[ \t]*(?:\r?\n|$)/;

export function splitFrontMatter(text: string): FrontMatterResult {
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const open = OPEN.exec(source);
  if (!open) return { ok: false, message: 'front matter: the file must start with a "---" line' };
  const rest = source.slice(open[0].length);
  const close = CLOSE.exec(rest);
  if (!close) return { ok: false, message: 'front matter: no closing "---" line' };
  const yamlText = rest.slice(0, close.index);
  const doc = parseDocument(yamlText);
  const first = doc.errors[0];
  if (first) {
    // The yaml package counts lines from 1 inside the block; the block starts on the file's line 2.
    const line = (first.linePos?.[0]?.line ?? 0) + 1;
    return { ok: false, message: `front matter (line ${line}): ${first.message.split('\n')[0]}` };
  }
  return { ok: true, data: doc.toJS(), body: rest.slice(close.index + close[0].length) };
}
