// The base-image catalog: references, lookups, and busybox agreeing with the image the differential
// tests build FROM (scripts/docker-engine.sh).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOG, lookupImage, parseImageRef } from '../../core/engine/catalog/index';

describe('parseImageRef', () => {
  it('defaults the tag to latest and strips docker.io/library/', () => {
    expect(parseImageRef('busybox')).toEqual({ registry: '', repository: 'busybox', tag: 'latest', digest: '' });
    expect(parseImageRef('docker.io/library/nginx:1.26')).toMatchObject({ repository: 'nginx', tag: '1.26' });
  });
  it('keeps a registry with a port apart from the tag', () => {
    expect(parseImageRef('localhost:5000/app:v1')).toEqual({ registry: 'localhost:5000', repository: 'app', tag: 'v1', digest: '' });
  });
  it('reads a digest', () => {
    expect(parseImageRef('alpine@sha256:abc')).toMatchObject({ repository: 'alpine', tag: '', digest: 'sha256:abc' });
  });
});

describe('lookupImage', () => {
  it('knows the required official images', () => {
    for (const name of ['busybox', 'alpine', 'debian', 'ubuntu', 'nginx', 'httpd', 'node', 'python', 'golang', 'redis', 'postgres', 'mysql', 'scratch']) {
      expect(lookupImage(name), name).toBeDefined();
    }
  });
  it('returns nothing for an unknown image or a private registry', () => {
    expect(lookupImage('mycompany/app')).toBeUndefined();
    expect(lookupImage('ghcr.io/x/busybox')).toBeUndefined();
    expect(lookupImage('busybox:no-such-tag')).toBeUndefined();
  });
  it('records ONBUILD triggers of the old onbuild variants', () => {
    expect(lookupImage('node:8-onbuild')?.config.OnBuild).toEqual(['COPY package.json /usr/src/app/', 'RUN npm install && npm cache clean --force', 'COPY . /usr/src/app']);
    expect(lookupImage('python:3.6-onbuild')?.config.OnBuild?.[1]).toBe('RUN pip install --no-cache-dir -r requirements.txt');
  });
  it('gives nginx its real ports, stop signal and entrypoint', () => {
    const c = lookupImage('nginx:1.26')?.config;
    expect(c?.ExposedPorts).toEqual({ '80/tcp': {} });
    expect(c?.StopSignal).toBe('SIGQUIT');
    expect(c?.Entrypoint).toEqual(['/docker-entrypoint.sh']);
    expect(c?.Cmd).toEqual(['nginx', '-g', 'daemon off;']);
  });
  it('busybox matches what scripts/docker-engine.sh imports (CMD and PATH)', () => {
    const script = readFileSync(join(__dirname, '..', '..', 'scripts', 'docker-engine.sh'), 'utf8');
    const c = lookupImage('busybox')?.config;
    expect(script).toContain(`--change 'CMD ${JSON.stringify(c?.Cmd)}'`);
    expect(script).toContain(`--change 'ENV ${c?.Env?.[0]}'`);
  });
  it('every entry names its source and has unique repository:tag pairs', () => {
    const seen = new Set<string>();
    for (const img of CATALOG) {
      expect(img.source.length).toBeGreaterThan(0);
      for (const t of img.tags) {
        expect(seen.has(`${img.repository}:${t}`), `${img.repository}:${t}`).toBe(false);
        seen.add(`${img.repository}:${t}`);
      }
    }
  });
});
