// @vitest-environment jsdom
// The sandbox slice against a fake API: autosave after the debounce (one save for a burst of edits),
// Check records through the API and refreshes the list, and the lessons-page block shows solved marks.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, render, screen } from '@testing-library/react';

const calls: { method: string; input: unknown }[] = [];
const exercises = [
  { id: 'workdir-chain', title: 'WORKDIR, not cd', lesson: 'workdir-user-expose-volume', difficulty: 1, attempts: 1, best: 1, solved: true },
  { id: 'expose-and-volume', title: 'EXPOSE and VOLUME', lesson: 'workdir-user-expose-volume', difficulty: 1, attempts: 0, best: null, solved: false },
  { id: 'healthcheck', title: 'HEALTHCHECK', lesson: 'healthcheck-stopsignal-onbuild', difficulty: 2, attempts: 0, best: null, solved: false },
];
vi.mock('../../renderer/api', () => ({
  api: new Proxy(
    {},
    {
      get: (_t, method: string) => async (input: unknown) => {
        calls.push({ method, input });
        if (method === 'exercises.list') return { exercises, problems: [] };
        if (method === 'sandbox.listDrafts') return [];
        if (method === 'sandbox.saveDraft') return { id: 'd1', name: 'x', exerciseId: null, updatedAt: '' };
        if (method === 'exercises.check') return { report: { passed: true, score: 1, results: [] }, progress: exercises[1] };
        throw new Error(`unexpected ${method}`);
      },
    },
  ),
  onEvent: () => () => {},
}));

const { useDrydockStore, resetDrydockStore } = await import('../../renderer/store');
const { LessonExercises } = await import('../../renderer/features/sandbox/LessonExercises');
const { AUTOSAVE_MS } = await import('../../renderer/features/sandbox/sandboxSlice');

beforeEach(() => {
  calls.length = 0;
  resetDrydockStore();
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const draft = { id: 'd1', name: 'x', exerciseId: null, updatedAt: '', dockerfile: 'FROM busybox\n', context: [] };

describe('sandbox slice', () => {
  it('saves once after a burst of edits, when the debounce expires', async () => {
    vi.useFakeTimers();
    useDrydockStore.setState((s) => ({ sandbox: { ...s.sandbox, draft } }));
    const st = useDrydockStore.getState();
    st.sandboxSetDockerfile('FROM busybox\nR');
    st.sandboxSetDockerfile('FROM busybox\nRU');
    st.sandboxSetDockerfile('FROM busybox\nRUN');
    expect(useDrydockStore.getState().sandbox.save).toBe('dirty');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_MS - 1);
    expect(calls.filter((c) => c.method === 'sandbox.saveDraft')).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(2);
    const saves = calls.filter((c) => c.method === 'sandbox.saveDraft');
    expect(saves).toEqual([{ method: 'sandbox.saveDraft', input: { id: 'd1', dockerfile: 'FROM busybox\nRUN', context: [] } }]);
    expect(useDrydockStore.getState().sandbox.save).toBe('saved');
  });

  it('Check flushes the draft, grades through the API and refreshes the exercise list', async () => {
    const exercise = { id: 'expose-and-volume', checks: [], hints: ['a hint'], buildArgs: {} } as never;
    useDrydockStore.setState((s) => ({ sandbox: { ...s.sandbox, draft: { ...draft, exerciseId: 'expose-and-volume' }, exercise, save: 'dirty' } }));
    await useDrydockStore.getState().sandboxCheck();
    expect(calls.map((c) => c.method)).toEqual(['sandbox.saveDraft', 'exercises.check', 'sandbox.listDrafts', 'exercises.list']);
    expect(useDrydockStore.getState().sandbox.lastCheck?.report.passed).toBe(true);
    expect(useDrydockStore.getState().sandbox.exercises).toHaveLength(3);
  });
});

describe('LessonExercises', () => {
  it("lists the lesson's exercises with their solved marks", async () => {
    await act(async () => {
      render(<LessonExercises lessonId="workdir-user-expose-volume" />);
    });
    const links = screen.getByTestId('lesson-exercises').querySelectorAll('a');
    expect([...links].map((a) => [a.textContent, a.getAttribute('data-solved'), a.getAttribute('href')])).toEqual([
      ['WORKDIR, not cd', 'true', '#/sandbox/exercise/workdir-chain'],
      ['EXPOSE and VOLUME', 'false', '#/sandbox/exercise/expose-and-volume'],
    ]);
  });

  it('renders nothing for a lesson without exercises', async () => {
    let container!: HTMLElement;
    await act(async () => {
      container = render(<LessonExercises lessonId="swarm-setup" />).container;
    });
    expect(container.innerHTML).toBe('');
  });
});
