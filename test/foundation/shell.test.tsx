// @vitest-environment jsdom
// The renderer shell over a fake Electron bridge: the outline loads through the API client, "/" focuses
// search, Esc leaves the field and clears toasts, Alt+L opens the lessons page, and a failed call shows
// its message as a toast.
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DrydockBridge } from '../../renderer/api/transport';

const calls: string[] = [];
const summary = {
  id: 'cmd-vs-entrypoint',
  title: 'CMD versus ENTRYPOINT',
  domain: 'images',
  order: 1,
  objectives: ['Predict the command'],
  prerequisites: [],
  estimatedMinutes: 5,
  studyGuide: ['2.2'],
  sources: [],
  conceptOnly: false,
  sections: [],
  file: 'lessons/images/cmd-vs-entrypoint.md',
};

const bridge: DrydockBridge = {
  async invoke(method) {
    calls.push(method);
    switch (method) {
      case 'app.status':
        return { ok: true, value: { version: '0', transport: 'ipc', dataDir: '/d', databaseFile: '/d/x', schemaVersion: 1, notices: [] } };
      case 'lessons.list':
        return { ok: true, value: { lessons: [summary], read: [] } };
      case 'lessons.get':
        return { ok: false, error: { code: 'NOT_FOUND', message: 'no lesson with id "ghost"' } };
      default:
        return { ok: false, error: { code: 'NOT_FOUND', message: `unknown API method "${method}"` } };
    }
  },
  on: () => () => undefined,
};

describe('renderer shell', () => {
  beforeAll(async () => {
    window.drydock = bridge;
    window.location.hash = '#/lessons';
    const { App } = await import('../../renderer/App');
    await act(async () => {
      render(<App />);
    });
  });
  afterAll(() => {
    cleanup();
    delete window.drydock;
  });

  it('loads the outline through the API client', async () => {
    await screen.findByText('CMD versus ENTRYPOINT');
    expect(calls).toContain('app.status');
    expect(calls).toContain('lessons.list');
  });

  it('focuses search on "/" and leaves it on Escape', async () => {
    const search = await screen.findByRole('searchbox', { name: 'Search lessons' });
    act(() => {
      window.dispatchEvent(new KeyboardEvent('keydown', { key: '/', bubbles: true }));
    });
    expect(document.activeElement).toBe(search);
    act(() => {
      search.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    expect(document.activeElement).not.toBe(search);
  });

  it('shows a failed call as a toast, and Alt+L goes back to the lessons page', async () => {
    await act(async () => {
      window.location.hash = '#/lessons/ghost';
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    const toast = await screen.findByRole('alert');
    expect(toast.textContent).toContain('no lesson with id "ghost"');
    act(() => {
      window.dispatchEvent(new KeyboardEvent('keydown', { key: 'l', altKey: true, bubbles: true }));
    });
    await waitFor(() => expect(window.location.hash).toBe('#/lessons'));
    act(() => {
      window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    await waitFor(() => expect(screen.queryByText(/no lesson with id/)).toBeNull());
  });

  it('opens a page with Option+<key> on macOS, where the key arrives as a symbol ("¬" for L)', async () => {
    await act(async () => {
      window.location.hash = '#/lessons/ghost';
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    act(() => {
      window.dispatchEvent(new KeyboardEvent('keydown', { key: '¬', code: 'KeyL', altKey: true, bubbles: true }));
    });
    await waitFor(() => expect(window.location.hash).toBe('#/lessons'));
  });
});
