// Lesson reader state: the outline, the open lesson, read marks and search. SQLite (through the API)
// stays the source of truth; this slice caches what the page shows. DOM only.
import type { Lesson, LessonSummary } from '../../../core/model/lesson';
import type { LessonSearchHit } from '../../../core/api/lessons';
import { api } from '../../api';
import type { SliceCreator } from '../../store';

export interface LessonsSlice {
  lessonSummaries: readonly LessonSummary[] | undefined;
  readLessonIds: readonly string[];
  openLesson: Lesson | undefined;
  lessonQuery: string;
  lessonHits: readonly LessonSearchHit[];
  loadLessonOutline(): Promise<void>;
  loadLesson(id: string): Promise<void>;
  setLessonRead(id: string, read: boolean): Promise<void>;
  searchLessons(query: string): Promise<void>;
}

// Only the answer to the latest keystroke may land, however the replies are ordered.
let searchSeq = 0;
// In-flight requests, so a prefetch at start-up and the page's own effect share one round trip.
let outlineRequest: Promise<void> | undefined;
const lessonRequests = new Map<string, Promise<void>>();

export const createLessonsSlice: SliceCreator<LessonsSlice> = (set, get) => ({
  lessonSummaries: undefined,
  readLessonIds: [],
  openLesson: undefined,
  lessonQuery: '',
  lessonHits: [],
  loadLessonOutline() {
    outlineRequest ??= (async () => {
      try {
        const { lessons, read } = await api['lessons.list']({});
        set({ lessonSummaries: lessons, readLessonIds: read });
      } catch (err) {
        set({ lessonSummaries: [] });
        get().reportError(err);
      } finally {
        outlineRequest = undefined;
      }
    })();
    return outlineRequest;
  },
  loadLesson(id) {
    if (get().openLesson?.id === id) return Promise.resolve();
    let request = lessonRequests.get(id);
    if (!request) {
      request = (async () => {
        try {
          const { lesson } = await api['lessons.get']({ id });
          set({ openLesson: lesson });
        } catch (err) {
          set({ openLesson: undefined });
          get().reportError(err);
        } finally {
          lessonRequests.delete(id);
        }
      })();
      lessonRequests.set(id, request);
    }
    return request;
  },
  async setLessonRead(id, read) {
    try {
      const result = await api['lessons.setRead']({ id, read });
      set({ readLessonIds: result.read });
    } catch (err) {
      get().reportError(err);
    }
  },
  async searchLessons(query) {
    const seq = ++searchSeq;
    set({ lessonQuery: query });
    if (query.trim() === '') {
      set({ lessonHits: [] });
      return;
    }
    try {
      const hits = await api['lessons.search']({ query: query.slice(0, 200) });
      if (seq === searchSeq) set({ lessonHits: hits });
    } catch (err) {
      get().reportError(err);
    }
  },
});

/** Called by main.tsx before the lessons page's code has loaded, so data and code download together. */
export function prefetchLessonsRoute(path: readonly string[], store: Pick<LessonsSlice, 'loadLessonOutline' | 'loadLesson'>): void {
  void store.loadLessonOutline();
  if (path[0]) void store.loadLesson(path[0]);
}
