/** First run: the three ways in (CONTRACT.md). */
export type WelcomeChoice = 'create' | 'import' | 'recover';

export function Welcome({ onChoose }: { onChoose(choice: WelcomeChoice): void }) {
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
      <button type="button" className="secondary" onClick={() => onChoose('recover')}>
        Recover with guardians
      </button>
    </section>
  );
}
