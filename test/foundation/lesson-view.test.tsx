// @vitest-environment jsdom
// The lesson header: objectives from the front matter get the same inline Markdown as the body, so
// `code` in an objective is code, not backticks.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import type { Lesson } from '../../core/model/lesson';

vi.mock('../../renderer/api', () => ({
  api: new Proxy({}, { get: (_t, method: string) => async () => (method === 'exercises.list' ? { exercises: [], problems: [] } : []) }),
  onEvent: () => () => {},
}));

const { LessonView } = await import('../../renderer/features/lessons/LessonView');

afterEach(cleanup);

const lesson: Lesson = {
  id: 'parser-directives',
  title: 'Parser directives',
  domain: 'images',
  order: 2,
  objectives: ['Use `syntax` to pin the Dockerfile frontend', 'Explain why order matters'],
  prerequisites: [],
  estimatedMinutes: 10,
  studyGuide: ['2.3'],
  sources: [],
  conceptOnly: false,
  body: '## Intro\n\nText.\n',
  sections: [{ id: 'intro', title: 'Intro' }],
  file: 'lessons/images/02-parser-directives.md',
};

describe('LessonView objectives', () => {
  it('renders inline code in an objective', () => {
    render(<LessonView lesson={lesson} section={undefined} read={false} previous={undefined} next={undefined} prerequisites={[]} onToggleRead={() => {}} />);
    const list = screen.getByText('You will be able to').parentElement!;
    const items = [...list.querySelectorAll('li')];
    expect(items.map((li) => li.textContent)).toEqual(['Use syntax to pin the Dockerfile frontend', 'Explain why order matters']);
    expect(items[0]!.querySelector('code')?.textContent).toBe('syntax');
  });
});

describe('course overview', () => {
  it("links each domain card to the domain's first unread lesson", async () => {
    const { useDrydockStore } = await import('../../renderer/store');
    const { default: LessonsPage } = await import('../../renderer/features/lessons/LessonsPage');
    const summary = (id: string, title: string, domain: Lesson['domain'], order: number) => {
      const { body: _body, ...rest } = { ...lesson, id, title, domain, order };
      return rest;
    };
    useDrydockStore.setState({
      lessonSummaries: [summary('first-net', 'First networking lesson', 'networking', 1), summary('second-net', 'Second networking lesson', 'networking', 2)],
      readLessonIds: ['first-net'],
    });
    render(<LessonsPage path={[]} />);
    const link = screen.getByRole('link', { name: 'Networking' });
    expect(link.getAttribute('href')).toBe('#/lessons/second-net');
  });
});
