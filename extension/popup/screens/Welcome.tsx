/** First run: the three ways in (CONTRACT.md). */
import { useState } from 'react';

export type WelcomeChoice = 'create' | 'import';

export function Welcome({ onChoose }: { onChoose(choice: WelcomeChoice): void }) {
  const [notice, setNotice] = useState<string | null>(null);
  return (
    <section className="stack" aria-labelledby="welcome-title">
      <h2 id="welcome-title">Welcome</h2>
      <p>No wallet yet. Create one, import a recovery phrase, or recover with your guardians.</p>
      <button type="button" onClick={() => onChoose('create')}>
        Create a new wallet
      </button>
      <button type="button" className="secondary" onClick={() => onChoose('import')}>
        Import a wallet
      </button>
      <button
        type="button"
        className="secondary"
        onClick={() => setNotice('Recovery with guardians is not available yet.')}
      >
        Recover with guardians
      </button>
      {notice && (
        <p role="status" className="notice">
          {notice}
        </p>
      )}
    </section>
  );
}
