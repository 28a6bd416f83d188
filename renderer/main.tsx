// Renderer entry: mounts the shell and forwards main's progress events into the store. DOM only.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { onEvent } from './api';
import { useDrydockStore } from './store';
import { parseHash } from './router';
import { ROUTES } from './routes';
import { prefetchLessonsRoute } from './features/lessons/lessonsSlice';
import './styles.css';

onEvent('progress', (p) => useDrydockStore.getState().setProgress(p));

// Start the first page's requests now, while its lazily loaded code is still downloading.
const first = parseHash(window.location.hash);
if (first.route === 'lessons' || (first.route === '' && ROUTES[0]?.id === 'lessons')) {
  prefetchLessonsRoute(first.path, useDrydockStore.getState());
  // Same module the route's lazy() imports: fetching it now overlaps its download with the data requests.
  void import('./features/lessons/LessonsPage');
}

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
