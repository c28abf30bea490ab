// The start-up requests first (see sendFirstRequests.ts), so the host answers them while React loads.
import './app/sendFirstRequests.ts';
// Base styles first, so each feature's stylesheet (imported by its view) can refine them.
import './styles/app.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import { ErrorBoundary } from './app/ErrorBoundary.tsx';

const root = document.getElementById('root');
if (!root) throw new Error('Newsdesk: the page has no #root element.');

createRoot(root).render(
  <StrictMode>
    <ErrorBoundary>
      <App />
    </ErrorBoundary>
  </StrictMode>,
);
