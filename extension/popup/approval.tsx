import '../shared/lockdown';
import { createRoot } from 'react-dom/client';

/** The approval window. Requests that need the user arrive with later issues (connect, sign, send). */
function Approval() {
  return (
    <main className="screen">
      <h1>Ringfence</h1>
      <p role="status">No request is waiting for your approval.</p>
    </main>
  );
}

const root = document.getElementById('root');
if (!root) throw new Error('approval.html: #root is missing');
createRoot(root).render(<Approval />);
