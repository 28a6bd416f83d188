// Build cache prediction: given the simulation of a previous build and of the new one, which steps
// BuildKit would take from the cache and which it rebuilds, each with its reason. A step is reused when
// its inputs (instruction after expansion, the files it copies, the environment and build args a RUN
// sees, the user and working directory) are the same AND every earlier filesystem step of its stage was
// reused too: once one step misses, everything after it in that stage rebuilds.
import type { Range } from '../dockerfile/ast';
import type { HistoryRow, SimulationResult, StageResult } from './types';

export type CacheStatus = 'hit' | 'miss' | 'metadata';

export interface CacheStep {
  readonly stage: number;
  readonly stageName: string | null;
  readonly instruction: string;
  readonly range: Range;
  readonly status: CacheStatus;
  readonly reason: string;
}

export interface CacheDiff {
  readonly steps: readonly CacheStep[];
  readonly hits: number;
  readonly misses: number;
  /** How this differs with the legacy builder, when it does. */
  readonly notes: readonly string[];
}

function matchStage(prev: SimulationResult, stage: StageResult): StageResult | undefined {
  if (stage.name !== null) {
    const named = prev.stages.find((s) => s.name === stage.name);
    if (named) return named;
  }
  return prev.stages[stage.index];
}

function ownRows(stage: StageResult, all: readonly StageResult[]): HistoryRow[] {
  return stage.history.filter((r) => r.stage === stage.index || !all.some((s) => s.index === r.stage));
}

/** Describes why two cache keys differ, in words. */
function whyDifferent(before: HistoryRow, after: HistoryRow): string {
  const [a0 = '', ...aRest] = before.cacheKey.split('\n');
  const [b0 = '', ...bRest] = after.cacheKey.split('\n');
  if (a0 !== b0) return `the instruction changed: \`${before.createdBy.replace(/ # buildkit$/, '')}\` → \`${after.createdBy.replace(/ # buildkit$/, '')}\``;
  const aSet = new Set(aRest);
  const changed = bRest.filter((l) => !aSet.has(l)).map((l) => l.split(':')[0] ?? l);
  const removed = aRest.filter((l) => !new Set(bRest).has(l)).map((l) => l.split(':')[0] ?? l);
  const files = [...new Set([...changed, ...removed].filter((p) => p.startsWith('/')))];
  if (files.length > 0) return `copied files changed: ${files.slice(0, 5).join(', ')}${files.length > 5 ? ', …' : ''}`;
  const env = [...new Set([...changed, ...removed].filter((l) => !l.startsWith('/')))];
  return `its inputs changed: ${env.slice(0, 3).join(', ') || 'environment, user or working directory'}`;
}

export function cacheDiff(prev: SimulationResult, next: SimulationResult): CacheDiff {
  const steps: CacheStep[] = [];
  const missedStages = new Set<number>();
  for (const stage of next.stages) {
    if (!stage.used) continue;
    const before = matchStage(prev, stage);
    let broken: string | null = null;
    if (!before) broken = 'this stage is new';
    else if (before.base !== stage.base) broken = `the base changed from ${before.base} to ${stage.base}`;
    else if (stage.baseStage !== null && missedStages.has(stage.baseStage)) broken = `its base stage ${stage.base} rebuilt`;
    const rowsBefore = before ? ownRows(before, prev.stages) : [];
    const rowsAfter = ownRows(stage, next.stages);
    let layerIdx = 0;
    const layersBefore = rowsBefore.filter((r) => r.kind === 'layer');
    let stageMissed = broken !== null;
    for (const row of rowsAfter) {
      const base = { stage: stage.index, stageName: stage.name, instruction: row.instruction, range: row.range };
      if (row.kind === 'metadata') {
        steps.push({ ...base, status: 'metadata', reason: 'changes only the image config: no cache step in BuildKit' });
        continue;
      }
      const old = layersBefore[layerIdx++];
      const fromStage = /^from=stage (.+)$/m.exec(row.cacheKey)?.[1];
      const source = fromStage === undefined ? undefined : next.stages.find((s) => (s.name ?? String(s.index)) === fromStage);
      if (broken === null && source && missedStages.has(source.index)) {
        steps.push({ ...base, status: 'miss', reason: `stage ${fromStage} rebuilt, so the files it copies may differ` });
        broken = `an earlier step rebuilt (line ${row.range.start.line})`;
        stageMissed = true;
        continue;
      }
      if (broken !== null) {
        steps.push({ ...base, status: 'miss', reason: broken });
      } else if (!old) {
        broken = `an earlier step rebuilt (line ${row.range.start.line} is new)`;
        stageMissed = true;
        steps.push({ ...base, status: 'miss', reason: 'new step: nothing cached for it' });
      } else if (old.cacheKey !== row.cacheKey) {
        const reason = whyDifferent(old, row);
        steps.push({ ...base, status: 'miss', reason });
        broken = `an earlier step rebuilt (line ${row.range.start.line})`;
        stageMissed = true;
      } else steps.push({ ...base, status: 'hit', reason: 'same instruction and inputs as the previous build' });
    }
    const copyDeps = stage.dependsOn.filter((d) => d !== stage.baseStage && missedStages.has(d));
    if (copyDeps.length > 0) stageMissed = true;
    if (stageMissed) missedStages.add(stage.index);
  }
  return {
    steps,
    hits: steps.filter((s) => s.status === 'hit').length,
    misses: steps.filter((s) => s.status === 'miss').length,
    notes: ['The legacy builder caches every instruction, metadata ones included: there, changing a LABEL or ENV line also rebuilds every step after it.'],
  };
}
