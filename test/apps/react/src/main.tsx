/**
 * A React 19 app as a partner site writes it from the README: one element, `configure()` from the
 * side-effect-free entry, the JSX types from `datamed-widgets/react`, no `source` (the demo data).
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
