// Heading anchors: the one slug function lessons, questions and the renderer agree on. Pure.

/** "CMD versus ENTRYPOINT (exec form)" -> "cmd-versus-entrypoint-exec-form" */
export function headingSlug(text: string): string {
  return text
    .toLowerCase()
    .replace(/`/g, '')
    .replace(/[^a-z0-9\s-]/g, ' ')
    .trim()
    .replace(/[\s-]+/g, '-');
}
