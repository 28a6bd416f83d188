// API methods of the lesson reader. Pure; runs anywhere.
import { z } from 'zod';
import { method } from './define';
import type { Lesson, LessonSummary } from '../model/lesson';

export interface LessonSearchHit {
  readonly lessonId: string;
  readonly title: string;
  /** Matched ranges inside the title, for highlighting. */
  readonly titleRanges: ReadonlyArray<readonly [start: number, end: number]>;
  /** Anchor of the section the first body match falls in, when it falls under a heading. */
  readonly section?: string;
  /** Short excerpt around the match, with the matched ranges for highlighting. */
  readonly snippet: string;
  readonly ranges: ReadonlyArray<readonly [start: number, end: number]>;
  /** Higher is better; title matches weigh more than body matches. */
  readonly score: number;
}

export const lessonsApi = {
  'lessons.list': method<{ lessons: LessonSummary[]; read: string[] }>()(z.object({}).strict()),
  'lessons.get': method<{ lesson: Lesson; read: boolean }>()(z.object({ id: z.string().min(1) }).strict()),
  'lessons.setRead': method<{ read: string[] }>()(z.object({ id: z.string().min(1), read: z.boolean() }).strict()),
  'lessons.search': method<LessonSearchHit[]>()(z.object({ query: z.string().max(200) }).strict()),
} as const;
