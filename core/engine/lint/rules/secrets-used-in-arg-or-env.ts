// BuildKit SecretsUsedInArgOrEnv (hadolint DL3064): ARG/ENV values end up in the image history.
import type { LintRule } from '../types';

const SECRET_TOKENS = new Set(['apikey', 'auth', 'credential', 'credentials', 'key', 'password', 'pword', 'passwd', 'secret', 'token']);
/** Names that contain a secret-ish word but are conventionally public. */
const ALLOWED = [/^(gpg|gpgkey|public|pub)$/];

export function looksSecret(name: string): boolean {
  const parts = name.toLowerCase().split(/[_\-.]/).filter((p) => p.length > 0);
  if (parts.some((p) => ALLOWED.some((re) => re.test(p)))) return false;
  return parts.some((p) => SECRET_TOKENS.has(p)) || /(password|passwd|secret|apikey|token)$/i.test(name);
}

export const secretsUsedInArgOrEnv: LintRule = {
  id: 'SecretsUsedInArgOrEnv',
  aliases: ['DL3064'],
  origin: 'buildkit',
  severity: 'warning',
  lessonId: 'env-arg-label',
  description: 'Sensitive data should not be used in the ARG or ENV commands',
  check(ctx, report) {
    for (const ins of ctx.allInstructions()) {
      if (ins.keyword !== 'ARG' && ins.keyword !== 'ENV') continue;
      for (const p of ins.pairs) {
        if (!looksSecret(p.key)) continue;
        report({
          range: p.keyRange,
          message: `${ins.keyword} "${p.key}" looks like a secret: ${ins.keyword} values are stored in the image (docker history shows them), so pass secrets with RUN --mount=type=secret instead.`,
        });
      }
    }
  },
};
