// electron-builder.yml ships what the desktop app needs: identity, targets for every OS, the native SQLite
// module outside the asar archive, and content/ and quizzes/ as resources.
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers';

interface BuilderConfig {
  appId?: string;
  productName?: string;
  asar?: boolean;
  asarUnpack?: string[];
  files?: string[];
  extraResources?: Array<{ from: string; to: string }>;
  linux?: { target?: string[] };
  mac?: { target?: string[] };
  win?: { target?: string[] };
}

describe('electron-builder.yml', () => {
  const config = parse(fs.readFileSync(path.join(ROOT, 'electron-builder.yml'), 'utf8')) as BuilderConfig;

  it('names the app', () => {
    expect(config.appId).toBe('dev.drydock.app');
    expect(config.productName).toBe('Drydock');
  });

  it('builds AppImage and deb, dmg, and nsis', () => {
    expect(config.linux?.target).toEqual(['AppImage', 'deb']);
    expect(config.mac?.target).toEqual(['dmg']);
    expect(config.win?.target).toEqual(['nsis']);
  });

  it('packs an asar archive with native modules unpacked', () => {
    expect(config.asar).toBe(true);
    expect(config.asarUnpack).toContain('**/*.node');
  });

  it('ships content/ and quizzes/ as extra resources and includes the built app', () => {
    expect(config.extraResources).toEqual(expect.arrayContaining([{ from: 'content', to: 'content' }, { from: 'quizzes', to: 'quizzes' }]));
    expect(config.files).toContain('dist/**/*');
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { main: string };
    expect(pkg.main).toBe('dist/main/electron.cjs');
  });
});
