// Drydock DD004: EXPOSE documents a port; it neither opens nor publishes it.
import type { LintRule } from '../types';

export const exposeIsDocumentation: LintRule = {
  id: 'DD004', origin: 'drydock', severity: 'info', lessonId: 'publishing-ports',
  description: 'EXPOSE of a port the application does not seem to use',
  check(ctx, report) {
    const last = ctx.view.stages[ctx.view.stages.length - 1];
    if (!last) return;
    // Ports the app is configured with: numbers written as a port (PORT=3000, --port 3000, :3000) in
    // CMD/ENTRYPOINT/HEALTHCHECK/ENV/ARG. Other numbers (versions, sizes) are not ports.
    const used = new Set<string>();
    for (const ins of last.instructions) {
      if (['CMD', 'ENTRYPOINT', 'HEALTHCHECK', 'ENV', 'ARG'].includes(ins.keyword)) {
        for (const m of ins.argsText.matchAll(/(?:port["']?[ \t=:]+["']?|localhost:|0\.0\.0\.0:|\]:|\s:)(\d{2,5})(?![\d.])/gi)) used.add(m[1]!);
      }
    }
    if (used.size === 0) return;
    for (const ins of last.instructions) {
      if (ins.keyword !== 'EXPOSE') continue;
      for (const w of ins.args) {
        const port = w.value.split('/')[0]!;
        if (!/^\d+$/.test(port) || used.has(port)) continue;
        report({
          range: w.range,
          message: `The app seems to be configured for port ${[...used].join('/')} but the image exposes ${port}. That is harmless (EXPOSE is only documentation; docker run -p decides what is published), but it misleads readers and docker run -P.`,
        });
      }
    }
  },
};
