// Every Dockerfile the course shows goes through our engine: lessons' ```dockerfile blocks and questions'
// must build (no syntax or validation error) and those presented as correct must have no lint error.
// Blocks marked ```dockerfile broken are wrong on purpose and only need to not crash the engine.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../core/engine';
import { codeBlocks, loadLessons, loadQuestions } from './load';

interface Sample {
  readonly where: string;
  readonly code: string;
  readonly broken: boolean;
  /** Shown as the right way to do it (lesson text, a correct option, an explanation). */
  readonly presentedAsCorrect: boolean;
}

function dockerfileBlocks(markdown: string, where: string, presentedAsCorrect: boolean): Sample[] {
  return codeBlocks(markdown)
    .filter((b) => b.info.split(/\s+/)[0]?.toLowerCase() === 'dockerfile')
    .map((b) => {
      const broken = /\bbroken\b/.test(b.info);
      return { where: `${where}:${b.line}`, code: b.code, broken, presentedAsCorrect: presentedAsCorrect && !broken };
    });
}

const samples: Sample[] = [];
for (const l of loadLessons().lessons) samples.push(...dockerfileBlocks(l.body, l.file, true));
for (const { file, question: q } of loadQuestions().questions) {
  samples.push(...dockerfileBlocks(q.prompt, `${file} ${q.id} prompt`, false));
  samples.push(...dockerfileBlocks(q.explanation, `${file} ${q.id} explanation`, true));
  if ('options' in q)
    q.options.forEach((o, i) => samples.push(...dockerfileBlocks(o.text, `${file} ${q.id} option ${i + 1}`, o.correct)));
}

describe('Dockerfiles in the course', () => {
  it('exist in the lessons', () => {
    expect(samples.filter((s) => !s.broken).length).toBeGreaterThan(10);
  });

  it('build without syntax or validation errors unless marked broken', () => {
    const wrong = samples
      .filter((s) => !s.broken)
      .flatMap((s) =>
        analyze(s.code, { noLint: true })
          .diagnostics.filter((d) => d.severity === 'error')
          .map((d) => `${s.where} (+${d.range.start.line} in the block): ${d.code}: ${d.message}`),
      );
    expect(wrong.length ? `\n  ${wrong.join('\n  ')}` : '').toBe('');
  });

  it('have no lint errors where they are presented as correct', () => {
    const wrong = samples
      .filter((s) => s.presentedAsCorrect)
      .flatMap((s) =>
        analyze(s.code)
          .diagnostics.filter((d) => d.source === 'lint' && d.severity === 'error')
          .map((d) => `${s.where} (+${d.range.start.line} in the block): ${d.code}: ${d.message}`),
      );
    expect(wrong.length ? `\n  ${wrong.join('\n  ')}` : '').toBe('');
  });

  it('never crash the engine, broken ones included', () => {
    for (const s of samples) expect(() => analyze(s.code), s.where).not.toThrow();
  });
});
