// The ordered list of schema migrations; PRAGMA user_version records how many have run. Node only.
// Append only: never edit or reorder a migration that has shipped. Numbers are assigned per feature:
// 001 lessons/progress (foundation), 002 spaced repetition and exams, 003 sandbox drafts and exercises.
import type Database from 'better-sqlite3';
import { m001Lessons } from './001-lessons';
import { m002Srs } from './002-srs';
import { m003Sandbox } from './003-sandbox';

export interface Migration {
  readonly version: number;
  readonly name: string;
  up(db: Database.Database): void;
}

export const MIGRATIONS: readonly Migration[] = [m001Lessons, m002Srs, m003Sandbox];
