// The SQLite store: fresh database, upgrade from an older version, a newer database refused and untouched,
// a corrupt file moved aside (never deleted), and the migration list's own checks.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { checkMigrationList, NewerDatabaseError, openDatabase } from '../../main/store/db';
import { MIGRATIONS, type Migration } from '../../main/store/migrations/index';
import { resolveDataDir } from '../../main/store/dataDir';
import { tempDir } from './helpers';

const fixedNow = () => new Date('2026-03-01T10:20:30.456Z');

const v1: Migration = { version: 1, name: 'notes', up: (db) => db.exec('CREATE TABLE note (id INTEGER PRIMARY KEY, text TEXT NOT NULL) STRICT') };
const v2: Migration = {
  version: 2,
  name: 'tags',
  up: (db) => db.exec('CREATE TABLE tag (note_id INTEGER NOT NULL REFERENCES note(id), tag TEXT NOT NULL) STRICT'),
};

describe('openDatabase', () => {
  it('creates a fresh database with WAL, foreign keys and every shipped migration', () => {
    const dataDir = path.join(tempDir(), 'nested', 'data');
    const { db, file, version, notices } = openDatabase({ dataDir });
    try {
      expect(file).toBe(path.join(dataDir, 'drydock.sqlite'));
      expect(version).toBe(MIGRATIONS.length);
      expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
      expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'lesson_read'").get()).toBeDefined();
      expect(notices).toEqual([{ kind: 'migrated', from: 0, to: MIGRATIONS.length }]);
    } finally {
      db.close();
    }
  });

  it('upgrades an older database, keeping its data, and enforces foreign keys afterwards', () => {
    const dataDir = tempDir();
    const first = openDatabase({ dataDir, migrations: [v1] });
    first.db.prepare('INSERT INTO note (text) VALUES (?)').run('kept');
    first.db.close();

    const second = openDatabase({ dataDir, migrations: [v1, v2] });
    try {
      expect(second.version).toBe(2);
      expect(second.notices).toEqual([{ kind: 'migrated', from: 1, to: 2 }]);
      expect(second.db.prepare('SELECT text FROM note').pluck().all()).toEqual(['kept']);
      expect(() => second.db.prepare('INSERT INTO tag VALUES (99, ?)').run('orphan')).toThrow(/FOREIGN KEY/);
    } finally {
      second.db.close();
    }
  });

  it('rolls back a failing migration as a whole and leaves the version where it was', () => {
    const dataDir = tempDir();
    openDatabase({ dataDir, migrations: [v1] }).db.close();
    const broken: Migration = {
      version: 2,
      name: 'broken',
      up: (db) => {
        db.exec('CREATE TABLE half (id INTEGER)');
        db.exec('THIS IS NOT SQL');
      },
    };
    expect(() => openDatabase({ dataDir, migrations: [v1, broken] })).toThrow(/syntax error/);
    const check = new Database(path.join(dataDir, 'drydock.sqlite'));
    try {
      expect(check.pragma('user_version', { simple: true })).toBe(1);
      expect(check.prepare("SELECT name FROM sqlite_master WHERE name = 'half'").get()).toBeUndefined();
    } finally {
      check.close();
    }
  });

  it('refuses a database from a newer Drydock with a clear message and leaves the file byte-for-byte untouched', () => {
    const dataDir = tempDir();
    const file = path.join(dataDir, 'drydock.sqlite');
    const future = new Database(file);
    future.exec('CREATE TABLE from_the_future (x TEXT)');
    future.pragma('user_version = 99');
    future.close();
    const before = fs.readFileSync(file);

    let caught: unknown;
    try {
      openDatabase({ dataDir, migrations: [v1, v2] });
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(NewerDatabaseError);
    expect((caught as Error).message).toContain('schema version 99');
    expect((caught as Error).message).toContain('up to 2');
    expect((caught as Error).message).toContain('left untouched');
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    expect(fs.readdirSync(dataDir).filter((n) => n.includes('corrupt'))).toEqual([]);
  });

  it('moves a file that is not a database aside with a timestamp, tells the user, and starts fresh', () => {
    const dataDir = tempDir();
    const file = path.join(dataDir, 'drydock.sqlite');
    const garbage = Buffer.from('this is not an SQLite database at all, just some text '.repeat(200));
    fs.writeFileSync(file, garbage);

    const { db, notices, version } = openDatabase({ dataDir, migrations: [v1], now: fixedNow });
    try {
      const moved = path.join(dataDir, 'drydock.sqlite.corrupt-2026-03-01T10-20-30-456Z');
      expect(notices[0]).toEqual({ kind: 'corrupt-moved-aside', movedTo: moved, reason: expect.stringMatching(/not a database/) });
      expect(fs.readFileSync(moved).equals(garbage)).toBe(true);
      expect(version).toBe(1);
      expect(db.prepare('SELECT count(*) FROM note').pluck().get()).toBe(0);
    } finally {
      db.close();
    }
  });

  it('moves a database whose pages are damaged aside too', () => {
    const dataDir = tempDir();
    const file = path.join(dataDir, 'drydock.sqlite');
    const seed = new Database(file);
    seed.exec('CREATE TABLE t (x TEXT); CREATE INDEX t_x ON t(x);');
    const insert = seed.prepare('INSERT INTO t VALUES (?)');
    seed.transaction(() => {
      for (let i = 0; i < 2000; i++) insert.run(`row ${i} ${'x'.repeat(50)}`);
    })();
    seed.close();
    // Scribble over the middle of the file, leaving the header intact so it still looks like SQLite.
    const bytes = fs.readFileSync(file);
    bytes.fill(0xab, 4096 * 3, 4096 * 6);
    fs.writeFileSync(file, bytes);

    const { db, notices } = openDatabase({ dataDir, migrations: [v1], now: fixedNow });
    db.close();
    expect(notices[0]?.kind).toBe('corrupt-moved-aside');
    expect(fs.readdirSync(dataDir).some((n) => n.startsWith('drydock.sqlite.corrupt-'))).toBe(true);
  });

  it('checks that migrations are numbered 1, 2, 3… in order', () => {
    expect(() => checkMigrationList([v1, v2])).not.toThrow();
    expect(() => checkMigrationList([v2])).toThrow(/"tags" has version 2 but is at position 1/);
    expect(() => checkMigrationList([v1, { ...v2, version: 3 }])).toThrow(/version 3 but is at position 2/);
    expect(() => checkMigrationList(MIGRATIONS)).not.toThrow();
  });
});

describe('resolveDataDir', () => {
  it('prefers $DRYDOCK_DATA_DIR, then $XDG_DATA_HOME/drydock, then ~/.local/share/drydock', () => {
    expect(resolveDataDir({ DRYDOCK_DATA_DIR: '/x/d', XDG_DATA_HOME: '/x/xdg' }, '/home/u')).toBe('/x/d');
    expect(resolveDataDir({ XDG_DATA_HOME: '/x/xdg' }, '/home/u')).toBe('/x/xdg/drydock');
    expect(resolveDataDir({}, '/home/u')).toBe('/home/u/.local/share/drydock');
  });
});
