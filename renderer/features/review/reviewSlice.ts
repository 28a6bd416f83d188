// Review session state: today's queue head, the card on screen and what the learner did with it. The
// queue is re-read from main after every action (learning cards come back, limits move), which is cheap
// by design (see bench/srs.bench.ts). DOM only.
import type { AnswerResult, LeechInfo, QueueResult } from '../../../core/api/quiz';
import type { QueueFilter } from '../../../core/srs/queue';
import type { Grade } from '../../../core/srs/card';
import { api } from '../../api';
import type { SliceCreator } from '../../store';

export interface ReviewSlice {
  reviewQueue: QueueResult | undefined;
  reviewFilter: QueueFilter;
  /** The answer just recorded (for the "next due" line and leech notice). */
  lastAnswer: AnswerResult | undefined;
  newLeech: LeechInfo | undefined;
  loadReviewQueue(): Promise<void>;
  setReviewFilter(filter: QueueFilter): Promise<void>;
  gradeCard(id: string, grade: Grade, durationMs: number): Promise<void>;
  undoReview(): Promise<void>;
  buryCard(id: string): Promise<void>;
  suspendCard(id: string): Promise<void>;
  toggleFlag(id: string, current: number): Promise<void>;
  releaseLeech(id: string): Promise<void>;
}

export const createReviewSlice: SliceCreator<ReviewSlice> = (set, get) => {
  const act = async (work: () => Promise<unknown>, done?: string) => {
    try {
      await work();
      if (done) get().notify(done);
    } catch (err) {
      get().reportError(err);
    }
    await get().loadReviewQueue();
  };
  return {
    reviewQueue: undefined,
    reviewFilter: {},
    lastAnswer: undefined,
    newLeech: undefined,
    async loadReviewQueue() {
      try {
        set({ reviewQueue: await api['quiz.queue']({ filter: get().reviewFilter }) });
      } catch (err) {
        get().reportError(err);
      }
    },
    async setReviewFilter(filter) {
      set({ reviewFilter: filter });
      await get().loadReviewQueue();
    },
    gradeCard: (id, grade, durationMs) =>
      act(async () => {
        const result = await api['quiz.answer']({ id, grade, durationMs });
        set({ lastAnswer: result, newLeech: result.leech ?? undefined });
      }),
    undoReview: () =>
      act(async () => {
        const undone = await api['quiz.undo']({});
        set({ lastAnswer: undefined, newLeech: undefined });
        get().notify(undone ? 'Last answer undone.' : 'Nothing to undo.');
      }),
    buryCard: (id) => act(() => api['quiz.bury']({ id }), 'Card buried until tomorrow.'),
    suspendCard: (id) => act(() => api['quiz.suspend']({ id, suspended: true }), 'Card suspended.'),
    toggleFlag: (id, current) => act(() => api['quiz.flag']({ id, flag: current === 0 ? 1 : 0 })),
    releaseLeech: (id) =>
      act(async () => {
        await api['quiz.releaseLeech']({ id });
        set({ newLeech: undefined });
      }, 'The card is back in your reviews.'),
  };
};
