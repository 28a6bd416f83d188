// Differential test: the real Docker engine's BuildKit (Engine API POST /build?version=2, which is
// what `DOCKER_BUILDKIT=1 docker build` uses; this machine's docker CLI has no buildx plugin, so we
// talk to the API directly) must accept exactly the valid fixtures and reject exactly the invalid ones,
// and so must we. Cases using syntax newer than the engine's built-in Dockerfile frontend are listed and
// left out. Skipped (loudly) only when no engine can start and DRYDOCK_REQUIRE_DOCKER is unset.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { analyze } from '../../core/engine/index';
import { loadFixtures, type Fixture } from '../engine/fixtures';

const ROOT = join(__dirname, '..', '..');

function startEngine(): { ok: true; version: string } | { ok: false; reason: string } {
  const r = spawnSync('bash', [join(ROOT, 'scripts', 'docker-engine.sh')], { encoding: 'utf8', timeout: 240_000 });
  if (r.status === 0) return { ok: true, version: r.stdout.trim() };
  return { ok: false, reason: (r.stderr || r.error?.message || `exit ${r.status}`).trim() };
}

const engine = startEngine();
if (!engine.ok) {
  if (process.env.DRYDOCK_REQUIRE_DOCKER) throw new Error(`DRYDOCK_REQUIRE_DOCKER is set but the Docker engine cannot start: ${engine.reason}`);
  console.warn(`\n!!! SKIPPING the parser-vs-Docker differential test: no Docker engine could start here (${engine.reason}). Set DRYDOCK_REQUIRE_DOCKER=1 to make this a failure.\n`);
}

const SOCKET = (process.env.DOCKER_HOST ?? '').startsWith('unix://') ? process.env.DOCKER_HOST!.slice(7) : '/var/run/docker.sock';

/** The tiny build context every fixture may COPY from. */
function contextTar(dockerfile: string): Buffer {
  const dir = mkdtempSync(join(tmpdir(), 'drydock-enginediff-'));
  try {
    writeFileSync(join(dir, 'Dockerfile'), dockerfile);
    writeFileSync(join(dir, 'a.txt'), 'a\n');
    writeFileSync(join(dir, 'b.txt'), 'b\n');
    mkdirSync(join(dir, 'dir'));
    writeFileSync(join(dir, 'dir', 'c.txt'), 'c\n');
    return execFileSync('tar', ['-c', '-C', dir, '.'], { maxBuffer: 16 * 1024 * 1024 });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Builds with BuildKit through the Engine API; resolves to the error message, or null on success. */
function buildWithBuildKit(dockerfile: string, tag: string): Promise<string | null> {
  const body = contextTar(dockerfile);
  return new Promise((resolve, reject) => {
    const req = http.request(
      { socketPath: SOCKET, method: 'POST', path: `/v1.41/build?version=2&rm=1&forcerm=1&t=${encodeURIComponent(tag)}`, headers: { 'Content-Type': 'application/x-tar', 'Content-Length': body.length } },
      (res) => {
        let data = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (data += c));
        res.on('end', () => {
          if (res.statusCode !== 200) return resolve(`HTTP ${res.statusCode}: ${data.trim().slice(0, 300)}`);
          const errLine = data.split('\n').reverse().find((l) => l.includes('"error"'));
          if (!errLine) return resolve(null);
          try {
            resolve((JSON.parse(errLine) as { error: string }).error);
          } catch {
            resolve(errLine);
          }
        });
      },
    );
    req.on('error', reject);
    req.setTimeout(60_000, () => req.destroy(new Error('build timed out')));
    req.end(body);
  });
}

const fixtures = loadFixtures();
const excluded = fixtures.filter((f) => f.expected.requiresFrontend || f.expected.noEngine);
const compared = fixtures.filter((f) => !excluded.includes(f));
const outcomes: Array<{ f: Fixture; engineAccepts: boolean; weAccept: boolean; error: string | null }> = [];

describe.skipIf(!engine.ok)('parser and validator agree with the real engine (BuildKit)', () => {
  it('lists the fixtures left out of the comparison', () => {
    console.log(`\nengine: ${engine.ok ? engine.version : ''}`);
    console.log(`left out (${excluded.length}): ${excluded.map((f) => `${f.kind}/${f.name} [${f.expected.requiresFrontend ? `frontend ${f.expected.requiresFrontend}` : f.expected.noEngine}]`).join(', ')}`);
    expect(compared.length).toBeGreaterThan(100);
  });

  for (const f of compared) {
    it(`${f.kind}/${f.name}`, async () => {
      const error = await buildWithBuildKit(f.text, `drydock-enginediff:${f.name}`);
      const engineAccepts = error === null;
      const weAccept = !analyze(f.text, { noLint: true }).hasErrors;
      outcomes.push({ f, engineAccepts, weAccept, error });
      // The fixture's label must match the engine (else the fixture is wrong), and we must match both.
      expect(engineAccepts, `engine: ${error ?? 'accepted'}`).toBe(f.kind === 'valid');
      expect(weAccept, `engine: ${error ?? 'accepted'}`).toBe(engineAccepts);
    }, 90_000);
  }

  afterAll(() => {
    const agree = outcomes.filter((o) => o.engineAccepts === o.weAccept).length;
    console.log(`\nparser+validator vs BuildKit: ${agree} of ${outcomes.length} cases agree`);
    for (const o of outcomes.filter((x) => x.engineAccepts !== x.weAccept || x.engineAccepts !== (x.f.kind === 'valid'))) {
      console.log(`  DIFF ${o.f.kind}/${o.f.name}: engine ${o.engineAccepts ? 'accepts' : `rejects (${o.error})`}, we ${o.weAccept ? 'accept' : 'reject'}`);
    }
    const tags = outcomes.filter((o) => o.engineAccepts).map((o) => `drydock-enginediff:${o.f.name}`);
    if (tags.length > 0) spawnSync('docker', ['rmi', '-f', ...tags], { encoding: 'utf8' });
  });
});
