// Public surface of the Dockerfile engine (pure; runs in Node, the browser and a web worker).
//
//   parse(text)            -> Dockerfile syntax tree with exact ranges (never throws)
//   validate(doc)          -> errors `docker build` would raise before running any step
//   lint(doc, options)     -> teaching advice (BuildKit checks, hadolint rules, Drydock advice)
//   analyze(text, options) -> all of the above, as the editor needs it
import { parse } from './dockerfile/parse';
import type { Dockerfile } from './dockerfile/ast';
import { stagesOf, type StageView } from './dockerfile/stages';
import { validate } from './validate/index';
import { lint, type LintOptions } from './lint/index';
import { sortDiagnostics, type Diagnostic } from './diagnostics';

export * from './dockerfile/ast';
export { parse } from './dockerfile/parse';
export { stagesOf, type Stage, type StageView } from './dockerfile/stages';
export { unquote } from './dockerfile/words';
export { validate } from './validate/index';
export { parseGoDuration } from './validate/duration';
export { lint, RULES, findRule, COVERED_BY_VALIDATOR, type LintOptions, type LintRule, type LabelType } from './lint/index';
export * from './diagnostics';

export interface AnalyzeOptions extends LintOptions {
  /** Skip the linter (syntax and validation only), e.g. for grading. */
  readonly noLint?: boolean;
}

export interface Analysis {
  readonly dockerfile: Dockerfile;
  readonly stages: StageView;
  /** Syntax, validation and lint diagnostics, sorted by position. */
  readonly diagnostics: readonly Diagnostic[];
  /** True when Docker would refuse to build the file (any syntax or validation error). */
  readonly hasErrors: boolean;
}

/**
 * Everything the editor needs for one Dockerfile text: the tree, the stages, and every diagnostic
 * (syntax errors, validation errors, lint findings with quick fixes). Never throws.
 */
export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  const dockerfile = parse(text);
  const syntax: Diagnostic[] = dockerfile.errors.map((e) => ({
    source: 'syntax', code: e.code, severity: 'error', message: e.message, range: e.range, lessonId: e.code.includes('directive') || e.code === 'invalid-escape' ? 'parser-directives' : 'dockerfile-basics',
  }));
  const validation = validate(dockerfile);
  const advice = options.noLint ? [] : lint(dockerfile, options);
  const diagnostics = sortDiagnostics([...syntax, ...validation, ...advice]);
  return {
    dockerfile,
    stages: stagesOf(dockerfile),
    diagnostics,
    hasErrors: syntax.length > 0 || validation.length > 0,
  };
}
export * from './sim/index';
