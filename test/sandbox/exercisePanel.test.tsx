// @vitest-environment jsdom
// The exercise panel names its lesson by title (from lessons.list), linking to the lesson; while the
// outline is unknown it falls back to the lesson id. It shows "solved" for an exercise solved earlier.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { exerciseSchema } from '../../core/exercises/schema';

let lessonsList: () => Promise<unknown> = async () => ({ lessons: [], read: [] });
vi.mock('../../renderer/api', () => ({
  api: new Proxy(
    {},
    {
      get: (_t, method: string) => async () => {
        if (method === 'lessons.list') return lessonsList();
        throw new Error(`unexpected ${method}`);
      },
    },
  ),
  onEvent: () => () => {},
}));

const { resetDrydockStore, useDrydockStore } = await import('../../renderer/store');
const { ExercisePanel } = await import('../../renderer/features/sandbox/panes/ExercisePanel');

const exercise = exerciseSchema.parse({
  id: 'workdir-chain',
  title: 'WORKDIR, not cd',
  lesson: 'workdir-user-expose-volume',
  difficulty: 1,
  prompt: 'Replace the cd in RUN with WORKDIR lines.',
  starter: { dockerfile: 'FROM busybox\n' },
  solution: { dockerfile: 'FROM busybox\nWORKDIR /srv\n' },
  hints: ['WORKDIR creates the directory.'],
  checks: [{ kind: 'layers', max: 3, pass: 'Few layers', fail: 'Too many layers' }],
});

function renderPanel() {
  render(<ExercisePanel exercise={exercise} preview={null} lastCheck={null} checking={false} hintsShown={0} onCheck={() => {}} onHint={() => {}} />);
}

beforeEach(() => resetDrydockStore());
afterEach(() => cleanup());

describe('ExercisePanel lesson link', () => {
  it('shows the lesson title once the outline is loaded, linking to the lesson', async () => {
    lessonsList = async () => ({
      lessons: [{ id: 'workdir-user-expose-volume', title: 'WORKDIR, USER, EXPOSE and VOLUME', domain: 'images', sections: [], studyGuide: [], prerequisites: [], estimatedMinutes: 10 }],
      read: [],
    });
    renderPanel();
    const link = await screen.findByText('Lesson: WORKDIR, USER, EXPOSE and VOLUME');
    expect(link.getAttribute('href')).toBe('#/lessons/workdir-user-expose-volume');
  });

  it('falls back to the lesson id when the outline has no such lesson', async () => {
    lessonsList = async () => ({ lessons: [], read: [] });
    renderPanel();
    expect(screen.getByTestId('exercise-lesson').textContent).toBe('Lesson: workdir-user-expose-volume');
  });
});

describe('ExercisePanel solved badge', () => {
  it('shows an exercise solved in an earlier session as solved before any Check', () => {
    useDrydockStore.setState((s) => ({
      sandbox: { ...s.sandbox, exercises: [{ id: 'workdir-chain', title: 'WORKDIR, not cd', lesson: 'workdir-user-expose-volume', difficulty: 1, attempts: 2, best: 1, solved: true }] },
    }));
    renderPanel();
    expect(screen.getByTestId('solved-badge').textContent).toContain('solved');
  });

  it('shows no badge for an exercise not solved yet', () => {
    renderPanel();
    expect(screen.queryByTestId('solved-badge')).toBeNull();
  });
});
