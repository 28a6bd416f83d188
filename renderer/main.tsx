// Renderer entry: mounts the shell and forwards main's progress events into the store. DOM only.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { onEvent } from './api';
import { useDrydockStore } from './store';
import './styles.css';

onEvent('progress', (p) => useDrydockStore.getState().setProgress(p));

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
