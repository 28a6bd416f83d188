// Drydock DD003: a service image with no USER runs as root.
import type { Instruction } from '../../dockerfile/ast';
import type { Stage } from '../../dockerfile/stages';
import type { LintRule } from '../types';

/**
 * Programs that only run a moment or open a shell: an image whose last CMD/ENTRYPOINT starts one of them
 * is a tool or a base image, not a service, so "runs as root" advice would be noise there.
 */
const NOT_SERVICES = new Set(['sh', 'bash', 'ash', 'dash', 'zsh', 'echo', 'cat', 'ls', 'true', 'false', 'env', 'printf', 'date', 'id', 'whoami', 'uname', 'pwd', 'sleep', 'ping']);

function programOf(instruction: Instruction): string | null {
  const first = instruction.command?.items[0]?.value;
  if (!first) return null;
  const word = instruction.command?.form === 'shell' ? first.split(/\s+/)[0] ?? first : first;
  return word.split('/').pop() ?? word;
}

/** EXPOSE or HEALTHCHECK says "this listens"; otherwise the program that starts decides. */
function looksLikeService(stage: Stage): boolean {
  if (stage.instructions.some((i) => i.keyword === 'EXPOSE' || (i.keyword === 'HEALTHCHECK' && i.healthcheckType?.value.toUpperCase() === 'CMD'))) return true;
  // The last ENTRYPOINT decides what runs; without one, the last CMD.
  const starts = stage.instructions.filter((i) => i.keyword === 'CMD' || i.keyword === 'ENTRYPOINT').reverse();
  const decides = starts.find((i) => i.keyword === 'ENTRYPOINT') ?? starts[0];
  const program = decides ? programOf(decides) : null;
  return program !== null && !NOT_SERVICES.has(program);
}

export const missingUser: LintRule = {
  id: 'DD003', origin: 'drydock', severity: 'info', lessonId: 'workdir-user-expose-volume',
  description: 'A service image should switch to a non-root USER',
  check(ctx, report) {
    const stages = ctx.view.stages;
    const last = stages[stages.length - 1];
    if (!last) return;
    // Follow FROM <stage> links: a USER in a parent stage is inherited.
    const chain: Stage[] = [];
    let cur: Stage | undefined = last;
    while (cur && !chain.includes(cur)) {
      chain.push(cur);
      const baseName: string | undefined = cur.base?.value.toLowerCase();
      cur = stages.find((s) => s.name !== null && s.name === baseName && s.index < chain[chain.length - 1]!.index);
    }
    if (chain.some((s) => s.instructions.some((i) => i.keyword === 'USER'))) return;
    if (!looksLikeService(last)) return;
    report({
      range: last.from.range,
      message: 'This image looks like a service (it listens on a port or starts a server) but never sets USER, so the process runs as root unless the base image changed it; create a user and add USER <name or uid> near the end.',
    });
  },
};
