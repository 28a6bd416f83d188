// Drydock DD002: copy dependency manifests and install dependencies before copying the source.
import type { Instruction } from '../../dockerfile/ast';
import type { LintRule } from '../types';

/** Dependency installers and the manifests they read. */
const INSTALLERS: Array<{ re: RegExp; manifests: RegExp; example: string }> = [
  { re: /\b(npm (ci|install|i)|yarn( install)?|pnpm (install|i))\b/, manifests: /(package(-lock)?\.json|yarn\.lock|pnpm-lock\.yaml)/, example: 'COPY package.json package-lock.json ./' },
  { re: /\bpip3? install\b.*(-r|--requirement)\b|\bpoetry install\b|\bpipenv install\b/, manifests: /(requirements.*\.txt|pyproject\.toml|poetry\.lock|Pipfile)/, example: 'COPY requirements.txt ./' },
  { re: /\bgo mod download\b|\bgo build\b/, manifests: /go\.(mod|sum)/, example: 'COPY go.mod go.sum ./' },
  { re: /\bbundle install\b/, manifests: /Gemfile/, example: 'COPY Gemfile Gemfile.lock ./' },
  { re: /\bcomposer install\b/, manifests: /composer\.(json|lock)/, example: 'COPY composer.json composer.lock ./' },
  { re: /\bmvn\b.*(dependency:|package|install)|\bgradle\b/, manifests: /(pom\.xml|build\.gradle)/, example: 'COPY pom.xml ./' },
  { re: /\bcargo (build|fetch)\b/, manifests: /Cargo\.(toml|lock)/, example: 'COPY Cargo.toml Cargo.lock ./' },
];

function copiesEverything(ins: Instruction): boolean {
  if ((ins.keyword !== 'COPY' && ins.keyword !== 'ADD') || !ins.command || ins.flags.some((f) => f.name === 'from')) return false;
  return ins.command.items.slice(0, -1).some((s) => s.value === '.' || s.value === './' || s.value === '*');
}

export const cacheUnfriendlyOrder: LintRule = {
  id: 'DD002', origin: 'drydock', severity: 'info', lessonId: 'build-cache-and-efficient-images',
  description: 'Copy dependency manifests and install dependencies before copying the whole source',
  check(ctx, report) {
    for (const st of ctx.view.stages) {
      const list = st.instructions;
      for (let i = 0; i < list.length; i++) {
        const copy = list[i]!;
        if (!copiesEverything(copy)) continue;
        const earlierText = list.slice(0, i).map((x) => x.text).join('\n');
        for (const run of list.slice(i + 1)) {
          if (run.keyword !== 'RUN') continue;
          const inst = INSTALLERS.find((x) => x.re.test(run.argsText));
          if (!inst || inst.manifests.test(earlierText)) continue;
          report({
            range: copy.range,
            message: `Copying the whole source before "${run.argsText.slice(0, 40)}" means any source edit invalidates the cache and reinstalls every dependency; first ${inst.example}, install, then copy the rest.`,
          });
          break;
        }
      }
    }
  },
};
