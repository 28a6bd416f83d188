// Writes test/fixtures/dockerfile/{valid,invalid}/<case>/ from fixture-cases.ts, after checking our engine
// against each case's hand-written expectations. Run: npx tsx test/engine/make-fixtures.ts
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../core/engine/index';
import { INVALID, VALID, type CaseMeta } from './fixture-cases';
import { dump } from './dump';
import { FIXTURE_ROOT, errorsOf } from './fixtures';

function meta(c: CaseMeta): Record<string, string> {
  return {
    note: c.note,
    ...(c.requiresFrontend ? { requiresFrontend: c.requiresFrontend } : {}),
    ...(c.noEngine ? { noEngine: c.noEngine } : {}),
  };
}

function matches(actual: unknown, want: unknown): boolean {
  return JSON.stringify(actual) === JSON.stringify(want);
}

const problems: string[] = [];
rmSync(join(FIXTURE_ROOT, 'valid'), { recursive: true, force: true });
rmSync(join(FIXTURE_ROOT, 'invalid'), { recursive: true, force: true });
for (const c of VALID) {
  const a = analyze(c.text, { noLint: true });
  const d = dump(a.dockerfile);
  const errs = a.diagnostics.filter((x) => x.severity === 'error');
  if (errs.length) problems.push(`valid/${c.name}: unexpected errors ${errs.map((e) => `${e.code}@${e.range.start.line}`).join(', ')}`);
  for (const [idx, want] of Object.entries(c.expect ?? {})) {
    const got = d.instructions[Number(idx)] as unknown as Record<string, unknown> | undefined;
    for (const [k, v] of Object.entries(want)) {
      if (!got || !matches(got[k], v)) problems.push(`valid/${c.name}: instruction ${idx}.${k} = ${JSON.stringify(got?.[k])}, expected ${JSON.stringify(v)}`);
    }
  }
  if (c.escape !== undefined && d.escape !== c.escape) problems.push(`valid/${c.name}: escape ${d.escape}`);
  if (c.directives && !matches(d.directives, c.directives)) problems.push(`valid/${c.name}: directives ${JSON.stringify(d.directives)}`);
  const dir = join(FIXTURE_ROOT, 'valid', c.name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'Dockerfile'), c.text);
  writeFileSync(join(dir, 'expected.json'), JSON.stringify({ ...meta(c), ast: d }, null, 2) + '\n');
}
for (const c of INVALID) {
  const a = analyze(c.text, { noLint: true });
  const got = errorsOf(a.diagnostics);
  const want = c.errors.map(([code, line]) => `${code}@${line}`).sort();
  if (!matches(got, want)) problems.push(`invalid/${c.name}: got ${got.join(', ')}; expected ${want.join(', ')}`);
  const dir = join(FIXTURE_ROOT, 'invalid', c.name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'Dockerfile'), c.text);
  writeFileSync(join(dir, 'expected.json'), JSON.stringify({ ...meta(c), errors: want }, null, 2) + '\n');
}
if (problems.length) {
  console.error(problems.join('\n'));
  process.exitCode = 1;
} else console.log(`wrote ${VALID.length} valid and ${INVALID.length} invalid cases`);
