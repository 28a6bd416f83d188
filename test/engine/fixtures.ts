// Reading the conformance fixtures (shared by the conformance, property and engine-diff tests).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Diagnostic } from '../../core/engine/index';

export const FIXTURE_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'dockerfile');

export interface Fixture {
  readonly kind: 'valid' | 'invalid';
  readonly name: string;
  readonly dir: string;
  readonly text: string;
  readonly expected: { note: string; requiresFrontend?: string; noEngine?: string; ast?: unknown; errors?: string[] };
}

export function loadFixtures(): Fixture[] {
  const out: Fixture[] = [];
  for (const kind of ['valid', 'invalid'] as const) {
    const root = join(FIXTURE_ROOT, kind);
    if (!existsSync(root)) continue;
    for (const name of readdirSync(root).sort()) {
      const dir = join(root, name);
      out.push({
        kind, name, dir,
        text: readFileSync(join(dir, 'Dockerfile'), 'utf8'),
        expected: JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Fixture['expected'],
      });
    }
  }
  return out;
}

/** Error diagnostics as sorted `code@line` strings (what invalid fixtures record). */
export function errorsOf(list: readonly Diagnostic[]): string[] {
  return list.filter((d) => d.severity === 'error').map((d) => `${d.code}@${d.range.start.line}`).sort();
}
