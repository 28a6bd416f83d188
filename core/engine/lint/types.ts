// Types of the teaching linter: a rule checks a parsed Dockerfile and reports findings.
import type { Range } from '../dockerfile/ast';
import type { QuickFix, Severity } from '../diagnostics';
import type { LintContext } from './context';

export interface Finding {
  readonly range: Range;
  /** One or two sentences: what is wrong here and why it matters. */
  readonly message: string;
  readonly fix?: QuickFix;
}

export interface LintRule {
  /** BuildKit check name (e.g. `JSONArgsRecommended`), hadolint id (`DL3008`) or Drydock id (`DD...`). */
  readonly id: string;
  /** Other tools' ids for the same advice (so `--disable DL3025` also turns off JSONArgsRecommended). */
  readonly aliases?: readonly string[];
  readonly origin: 'buildkit' | 'hadolint' | 'drydock';
  readonly severity: Severity;
  /** Curriculum lesson id (content/curriculum.yaml). */
  readonly lessonId: string;
  /** One-line description for listings. */
  readonly description: string;
  /** Off unless enabled by id (BuildKit experimental rules, opt-in hadolint rules). */
  readonly optIn?: boolean;
  check(ctx: LintContext, report: (f: Finding) => void): void;
}
