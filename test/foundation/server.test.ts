// The web-mode server over real HTTP: token, Host and Origin checks, input validation, static files, SSE.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openRuntime, type Runtime } from '../../main/app/runtime';
import { memoryLogger } from '../../main/log';
import { startWebServer, type WebServer } from '../../main/web/server';
import { FIXTURE_CONTENT, rawRequest, tempDir } from './helpers';

describe('web server', () => {
  let runtime: Runtime;
  let server: WebServer;
  let staticDir: string;
  const call = (method: string, body: unknown, headers: Record<string, string> = {}) =>
    rawRequest(server.port, {
      method: 'POST',
      path: `/api/${method}`,
      headers: { 'Content-Type': 'application/json', 'X-Drydock-Token': server.token, ...headers },
      body: JSON.stringify(body),
    });

  beforeAll(async () => {
    const dataDir = tempDir();
    staticDir = tempDir('drydock-static-');
    fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>t</title>');
    fs.mkdirSync(path.join(staticDir, 'assets'));
    fs.writeFileSync(path.join(staticDir, 'assets', 'app-123.js'), 'console.log(1)');
    fs.writeFileSync(path.join(dataDir, '..', 'drydock-outside.txt'), 'outside');
    runtime = openRuntime({ dataDir, contentDir: FIXTURE_CONTENT, quizzesDir: dataDir, version: '9.9.9', log: memoryLogger() });
    server = await startWebServer({ dispatch: runtime.dispatch, staticDir, log: memoryLogger() });
  });
  afterAll(async () => {
    await server.close();
    runtime.close();
  });

  it('prints a loopback URL with the token', () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/?token=${server.token}`);
    expect(server.token.length).toBeGreaterThanOrEqual(32);
  });

  it('answers a valid call with 200 and the value', async () => {
    const res = await call('lessons.get', { id: 'cmd-vs-entrypoint' });
    expect(res.status).toBe(200);
    const envelope = JSON.parse(res.body);
    expect(envelope.ok).toBe(true);
    expect(envelope.value.lesson.title).toBe('CMD versus ENTRYPOINT');
  });

  it('refuses a call without the token, or with a wrong one, with 403', async () => {
    const none = await rawRequest(server.port, { method: 'POST', path: '/api/lessons.list', body: '{}' });
    expect(none.status).toBe(403);
    expect(JSON.parse(none.body).error.code).toBe('FORBIDDEN');
    const wrong = await call('lessons.list', {}, { 'X-Drydock-Token': 'x'.repeat(server.token.length) });
    expect(wrong.status).toBe(403);
    const events = await rawRequest(server.port, { path: '/api/events?token=nope' });
    expect(events.status).toBe(403);
  });

  it('refuses a foreign Origin with 403, and accepts its own', async () => {
    const foreign = await call('lessons.list', {}, { Origin: 'https://evil.example' });
    expect(foreign.status).toBe(403);
    expect(JSON.parse(foreign.body).error.message).toContain('evil.example');
    const otherPort = await call('lessons.list', {}, { Origin: `http://127.0.0.1:${server.port + 1}` });
    expect(otherPort.status).toBe(403);
    const own = await call('lessons.list', {}, { Origin: `http://localhost:${server.port}` });
    expect(own.status).toBe(200);
  });

  it('refuses a Host that is not localhost or 127.0.0.1 (DNS rebinding) with 403, pages included', async () => {
    const rebound = await call('lessons.list', {}, { Host: `attacker.example:${server.port}` });
    expect(rebound.status).toBe(403);
    const page = await rawRequest(server.port, { path: '/', headers: { Host: 'attacker.example' } });
    expect(page.status).toBe(403);
    const wrongPort = await call('lessons.list', {}, { Host: `127.0.0.1:${server.port + 1}` });
    expect(wrongPort.status).toBe(403);
    const localhost = await call('lessons.list', {}, { Host: `localhost:${server.port}` });
    expect(localhost.status).toBe(200);
  });

  it('answers invalid input with 400 naming the field', async () => {
    const res = await call('lessons.get', { id: 7 });
    expect(res.status).toBe(400);
    const { error } = JSON.parse(res.body);
    expect(error.code).toBe('BAD_INPUT');
    expect(error.message).toMatch(/^lessons\.get: id: .*expected string/);
    const badJson = await rawRequest(server.port, { method: 'POST', path: '/api/lessons.list', headers: { 'X-Drydock-Token': server.token }, body: '{oops' });
    expect(badJson.status).toBe(400);
    expect(JSON.parse(badJson.body).error.message).toBe('request body is not valid JSON');
  });

  it('answers an unknown method with 404 and GET on the API with 405', async () => {
    expect((await call('nope.nothing', {})).status).toBe(404);
    const get = await rawRequest(server.port, { path: '/api/lessons.list', headers: { 'X-Drydock-Token': server.token } });
    expect(get.status).toBe(405);
  });

  it('serves the page with a strict CSP and keeps static paths inside the build folder', async () => {
    const page = await rawRequest(server.port, { path: '/' });
    expect(page.status).toBe(200);
    const csp = String(page.headers['content-security-policy']);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("worker-src 'self' blob:");
    expect(csp).toContain("style-src 'self' 'unsafe-inline'");
    expect(csp).not.toMatch(/https?:/);
    const asset = await rawRequest(server.port, { path: '/assets/app-123.js' });
    expect(asset.headers['content-type']).toContain('text/javascript');
    expect(asset.headers['cache-control']).toContain('immutable');
    const escape = await rawRequest(server.port, { path: '/%2e%2e/drydock-outside.txt' });
    expect([400, 404]).toContain(escape.status);
    expect(escape.body).not.toContain('outside');
  });

  it('streams events to an authorised EventSource client', async () => {
    const received = await new Promise<string>((resolve, reject) => {
      const req = http.get({ host: '127.0.0.1', port: server.port, path: `/api/events?token=${server.token}` }, (res) => {
        expect(res.statusCode).toBe(200);
        expect(res.headers['content-type']).toContain('text/event-stream');
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          text += chunk;
          if (text.includes('connected')) server.emit('progress', { task: 'import', done: 1, total: 3, label: 'Importing' });
          if (text.includes('event: progress')) {
            req.destroy();
            resolve(text);
          }
        });
      });
      req.on('error', reject);
    });
    expect(received).toContain('event: progress\ndata: {"task":"import","done":1,"total":3,"label":"Importing"}');
  });
});
