// The layer rule of ARCHITECTURE.md, checked by reading every import (eslint enforces it too; this test
// keeps it true even if the lint config drifts): core/ imports nothing of Node, the DOM or Electron, and
// only core/ or pure libraries; the renderer never imports main/, Node modules, Electron or SQLite.
import fs from 'node:fs';
import path from 'node:path';
import { builtinModules } from 'node:module';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers';

const IMPORT = /(?:^|[\s;])(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|^\s*import\s*['"]([^'"]+)['"]/gm;
const NODE = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
const UI_LIBS = ['react', 'react-dom', 'zustand', 'monaco-editor', 'echarts'];

function sourceFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx)$/.test(e.name) && !e.name.endsWith('.d.ts') ? [full] : [];
  });
}

export function importsOf(text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(IMPORT)) found.push((m[1] ?? m[2] ?? m[3])!);
  return found;
}

function violations(layer: string, rule: (spec: string, file: string) => string | undefined): string[] {
  return sourceFiles(path.join(ROOT, layer)).flatMap((file) =>
    importsOf(fs.readFileSync(file, 'utf8')).flatMap((spec) => {
      const why = rule(spec, file);
      return why ? [`${path.relative(ROOT, file)} imports "${spec}": ${why}`] : [];
    }),
  );
}

const resolvesInto = (spec: string, file: string, folder: string) =>
  spec.startsWith('.') && path.resolve(path.dirname(file), spec).startsWith(path.join(ROOT, folder) + path.sep);

describe('layer rule', () => {
  it('finds imports in all their forms', () => {
    expect(importsOf("import a from 'x';\nimport type { B } from \"y\";\nexport { c } from 'z';\nconst d = import('w');\nimport './s.css';")).toEqual(['x', 'y', 'z', 'w', './s.css']);
  });

  it('core/ imports only core/ and pure libraries', () => {
    expect(
      violations('core', (spec, file) => {
        if (NODE.has(spec) || NODE.has(spec.split('/')[0]!)) return 'a Node module';
        if (spec === 'electron' || spec.startsWith('electron/')) return 'Electron';
        if (UI_LIBS.some((l) => spec === l || spec.startsWith(`${l}/`))) return 'a UI library';
        if (spec === 'better-sqlite3') return 'the Node SQLite driver';
        if (spec.startsWith('.') && !resolvesInto(spec, file, 'core')) return 'a module outside core/';
        return undefined;
      }),
    ).toEqual([]);
  });

  it('core/ uses no Node or DOM globals', () => {
    const globals = /\b(?:window|document|process|require|Buffer|__dirname|localStorage)\s*[.([]/;
    const offenders = sourceFiles(path.join(ROOT, 'core')).filter((f) =>
      fs
        .readFileSync(f, 'utf8')
        .split('\n')
        .some((line) => !/^\s*(\/\/|\*|\/\*)/.test(line) && globals.test(line.replace(/(['"`]).*?\1/g, ''))),
    );
    expect(offenders.map((f) => path.relative(ROOT, f))).toEqual([]);
  });

  it('the renderer never imports main/, Node modules, Electron or SQLite', () => {
    expect(
      violations('renderer', (spec, file) => {
        if (NODE.has(spec)) return 'a Node module';
        if (spec === 'electron' || spec === 'better-sqlite3') return 'main-only module';
        if (resolvesInto(spec, file, 'main')) return 'main/ (use the API client)';
        return undefined;
      }),
    ).toEqual([]);
  });

  it('main/ never imports the renderer', () => {
    expect(violations('main', (spec, file) => (resolvesInto(spec, file, 'renderer') ? 'the renderer' : undefined))).toEqual([]);
  });
});
