/** One element and configure(), no `source`: the demo data (type-checks.tsx proves the JSX types are real). */
import { useState } from 'react';
import 'datamed-widgets/key-figure';
import { configure } from 'datamed-widgets/config';
import type {} from 'datamed-widgets/react';

configure({ timeoutMs: 20_000 });

export function App() {
  const [status, setStatus] = useState('');
  return (
    <main>
      <datamed-key-figure
        substance="paracetamol"
        headingLevel={2}
        ondatamed-load={(event) => setStatus(`loaded ${event.detail.substance ?? ''}`)}
        ondatamed-error={(event) => setStatus(`error ${event.detail.kind}`)}
      />
      <p id="status">{status}</p>
    </main>
  );
}
