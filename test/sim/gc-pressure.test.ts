// The sandbox simulates on every keystroke, so a simulation must leave nothing behind for the old
// generation. Building history rows by spreading a row and adding fields once made V8 (Node 20) promote
// about half a megabyte per scavenge, which tripled scavenge pauses and pushed the full-analysis p99 past
// 1 ms. This guards the fix: many simulations in a row must not grow the old space.
import { getHeapSpaceStatistics } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../core/engine/index';
import { parse } from '../../core/engine/dockerfile/parse';
import { simulate } from '../../core/engine/sim/index';

const SERVICE = [
  'FROM node:20-alpine AS build',
  'WORKDIR /src',
  'COPY package.json package-lock.json ./',
  'RUN npm ci && apk add --no-cache git curl && rm -rf /var/cache/apk/*',
  'COPY . .',
  'RUN npm run build',
  'FROM alpine:3.20',
  'RUN addgroup -S app && adduser -S app -G app && mkdir -p /srv/app',
  'COPY --from=build /src/dist /srv/app',
  'ENV NODE_ENV=production PORT=8080',
  'EXPOSE 8080',
  'HEALTHCHECK --interval=30s CMD wget -qO- http://localhost:8080/health || exit 1',
  'USER app',
  'CMD ["node", "/srv/app/server.js"]',
].join('\n');

function oldSpaceGrowth(run: () => void, times: number): number {
  for (let i = 0; i < 2000; i++) run();
  const before = oldSpaceUsed();
  let growth = 0;
  for (let i = 0; i < times; i++) {
    run();
    if (i % 1000 === 0) growth = Math.max(growth, oldSpaceUsed() - before);
  }
  return growth;
}

function oldSpaceUsed(): number {
  const old = getHeapSpaceStatistics().find((s) => s.space_name === 'old_space');
  if (!old) throw new Error('V8 reports no old_space');
  return old.space_used_size;
}

describe('simulation garbage', () => {
  it('stays in the young generation: 30,000 simulations grow the old space by less than 8 MiB', () => {
    const ast = parse('FROM alpine:3.20\nLABEL a=1\nRUN mkdir -p /x\nENV X=1\nWORKDIR /app\nCOPY . .\nCMD ["sh"]\n');
    expect(oldSpaceGrowth(() => simulate(ast), 30_000)).toBeLessThan(8 * 1024 * 1024);
  });

  it('holds for the whole keystroke pipeline (parse, validate, lint, simulate) of a multi-stage file', () => {
    expect(oldSpaceGrowth(() => simulate(analyze(SERVICE).dockerfile), 10_000)).toBeLessThan(8 * 1024 * 1024);
  });
});
