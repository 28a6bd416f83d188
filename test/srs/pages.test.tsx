// @vitest-environment jsdom
// Review and exam pages against a fake API: keyboard grading with a suggested grade, undo, and the
// exam submitting itself when the time is up.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import type { ExamView, QueueResult } from '../../core/api/quiz';
import { questionSchema } from '../../core/model/question';

const calls: { method: string; input: unknown }[] = [];
const question = questionSchema.parse({
  id: 'fx-dct-env-001',
  type: 'single',
  prompt: 'Which environment variable makes the docker client enforce Docker Content Trust?',
  explanation: 'Setting DOCKER_CONTENT_TRUST=1 makes the client sign on push and verify on pull.',
  lesson: 'content-trust-and-signing',
  domain: 'security',
  objective: '5.2',
  difficulty: 1,
  options: [
    { text: 'DOCKER_CONTENT_TRUST=1', correct: true, why: 'This is the client switch for content trust.' },
    { text: 'DOCKER_TLS_VERIFY=1', correct: false, why: 'It verifies the daemon certificate, not signatures.' },
  ],
});
const queue: QueueResult = {
  cards: [{ id: question.id, question, state: 'new', reason: 'new', flag: 0, reps: 0, lapses: 0, previews: { 1: 60_000, 2: 360_000, 3: 600_000, 4: 8 * 86_400_000 } }],
  counts: { learning: 0, review: 0, new: 1, examFinalDays: 0 },
  doneToday: { answers: 0, reviews: 0, newCards: 0 },
  laterToday: 0,
  nextLearningAt: null,
  leeches: [],
  exam: null,
};
let examView: ExamView;

vi.mock('../../renderer/api', () => ({
  api: new Proxy(
    {},
    {
      get: (_t, method: string) => async (input: unknown) => {
        calls.push({ method, input });
        if (method === 'quiz.queue') return queue;
        if (method === 'quiz.answer') return { id: question.id, state: 'learning', due: Date.now() + 600_000, leech: null, pulledInForExam: false };
        if (method === 'quiz.undo') return { id: question.id };
        if (method === 'exam.submit') return { correct: 0, total: 1, percent: 0, passPercent: 65, passed: false, durationMs: 1, timedOut: true, domains: [], items: [] };
        if (method === 'exam.list') return [];
        if (method === 'exam.get') return examView;
        if (method === 'exam.answerDomc') return { ...examView, items: examView.items.map((i) => ({ ...i, currentOption: null, domcFinished: true, answered: true })) };
        if (method === 'lessons.list') return { lessons: [], read: [] };
        throw new Error(`unexpected ${method}`);
      },
    },
  ),
  onEvent: () => () => {},
}));

const { useDrydockStore, resetDrydockStore } = await import('../../renderer/store');
const { default: ReviewPage } = await import('../../renderer/features/review/ReviewPage');
const { ExamRunner } = await import('../../renderer/features/exam/ExamRunner');

beforeEach(() => {
  calls.length = 0;
  resetDrydockStore();
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const flush = () => act(async () => new Promise((r) => setTimeout(r, 0)));

describe('review page', () => {
  it('reveals with Space, suggests a grade from the answer, grades with 3 and undoes with U', async () => {
    render(<ReviewPage path={[]} />);
    await screen.findByText(/Which environment variable/);
    fireEvent.click(screen.getByLabelText(/DOCKER_CONTENT_TRUST=1/));
    fireEvent.keyDown(window, { key: ' ' });
    await screen.findByRole('group', { name: 'Grade' });
    expect(screen.getByText('Right.').className).toBe('verdict is-right');
    expect(document.querySelector('.grade.is-suggested')?.textContent).toMatch(/Easy|Good|Hard/);
    fireEvent.keyDown(window, { key: '3' });
    await flush();
    expect(calls.find((c) => c.method === 'quiz.answer')?.input).toMatchObject({ id: question.id, grade: 3 });
    fireEvent.keyDown(window, { key: 'u' });
    await flush();
    expect(calls.some((c) => c.method === 'quiz.undo')).toBe(true);
  });

  it('ignores grade keys before the answer is shown', async () => {
    render(<ReviewPage path={[]} />);
    await screen.findByText(/Which environment variable/);
    fireEvent.keyDown(window, { key: '4' });
    await flush();
    expect(calls.some((c) => c.method === 'quiz.answer')).toBe(false);
  });
});

describe('exam runner', () => {
  it('answers the DOMC option on screen with Y and N', async () => {
    examView = {
      id: 8,
      startedAt: Date.now(),
      deadline: Date.now() + 600_000,
      now: Date.now(),
      passPercent: 65,
      submitted: false,
      shortfalls: [],
      items: [{ index: 0, kind: 'domc', domain: 'security', prompt: question.prompt, options: [], choose: 1, selected: [], flagged: false, currentOption: 'DOCKER_TLS_VERIFY=1', domcFinished: false, answered: false }],
    };
    useDrydockStore.setState({ exam: examView, examClockSkew: 0 });
    render(<ExamRunner exam={examView} />);
    await screen.findByText('DOCKER_TLS_VERIFY=1');
    fireEvent.keyDown(window, { key: 'n' });
    await flush();
    expect(calls.find((c) => c.method === 'exam.answerDomc')?.input).toEqual({ id: 8, index: 0, yes: false });
  });

  it('submits by itself when the time is up', async () => {
    examView = {
      id: 7,
      startedAt: Date.now() - 60_000,
      deadline: Date.now() - 1,
      now: Date.now(),
      passPercent: 65,
      submitted: false,
      shortfalls: [],
      items: [{ index: 0, kind: 'mc', domain: 'security', prompt: question.prompt, options: ['a', 'b', 'c', 'd'], choose: 1, selected: [], flagged: false, currentOption: null, domcFinished: false, answered: false }],
    };
    useDrydockStore.setState({ exam: examView, examClockSkew: 0 });
    render(<ExamRunner exam={examView} />);
    await flush();
    expect(screen.getByRole('timer').textContent).toContain('0:00');
    expect(calls.some((c) => c.method === 'exam.submit' && (c.input as { id: number }).id === 7)).toBe(true);
  });
});
