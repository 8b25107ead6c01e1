/**
 * Creating a wallet, in two steps: the ring generates the phrase and shows it once (declassifier
 * `showNewMnemonic`); the user writes it down, types it back, and picks a password. Nothing is
 * saved until finishCreate checks the phrase typed back.
 */
import { type FormEvent, useCallback, useEffect, useState } from 'react';
import { beginCreate, finishCreate } from '../../../src/rpc/procedures/lifecycle';
import type { WalletStatus } from '../../../src/rpc/procedures/status';
import { ErrorAlert, Working } from '../components/ErrorAlert';
import { EMPTY_PAIR, firstProblem, PasswordFields, type PasswordPair } from '../components/PasswordFields';
import { PhraseWords } from '../components/PhraseWords';
import { SecretInput } from '../components/SecretInput';
import { call, errorCode, errorMessage } from '../ringClient';
import { useAction } from '../useAction';
import { normalizePhrase } from './phrase';

function messageFor(error: unknown): string {
  if (errorCode(error) === 'PHRASE_MISMATCH')
    return 'The phrase you typed does not match the one shown. Check each word, or start over.';
  return errorMessage(error);
}

interface Props {
  onCreated(status: WalletStatus): void;
  onBack(): void;
}

export function CreateWallet({ onCreated, onBack }: Props) {
  const [words, setWords] = useState<string[] | null>(null);
  const [step, setStep] = useState<'write' | 'confirm'>('write');
  const [confirmation, setConfirmation] = useState('');
  const [pair, setPair] = useState<PasswordPair>(EMPTY_PAIR);
  const [tried, setTried] = useState(false);
  const { busy, error, setError, run } = useAction(messageFor);

  const start = useCallback(async () => {
    setWords(null);
    setStep('write');
    setConfirmation('');
    const out = await run(() => call(beginCreate, { words: 12 }));
    if (out) setWords(out.words);
  }, [run]);

  useEffect(() => {
    void start();
    // The phrase must not outlive this screen.
    return () => {
      setWords(null);
      setConfirmation('');
    };
  }, [start]);

  const wroteItDown = () => {
    setWords(null); // shown once: the list goes away once the user has written it down
    setStep('confirm');
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    const problem = firstProblem(pair);
    if (problem) {
      setError(problem);
      return;
    }
    const status = await run(() =>
      call(finishCreate, { confirmation: normalizePhrase(confirmation), password: pair.password }),
    );
    if (status) onCreated(status);
  };

  if (step === 'write') {
    return (
      <section className="stack" aria-labelledby="create-title">
        <h2 id="create-title">Your secret recovery phrase</h2>
        {words && (
          <>
            <p className="warning">
              Write these words down on paper, in order, and keep them offline. Anyone who has them can take
              your funds; they are the only way back into this wallet. They are shown only once.
            </p>
            <PhraseWords words={words} />
          </>
        )}
        <ErrorAlert message={error} />
        <div className="row">
          <button type="button" className="secondary" onClick={onBack} disabled={busy}>
            Back
          </button>
          {error && (
            <button type="button" className="secondary" onClick={start} disabled={busy}>
              Try again
            </button>
          )}
          <button type="button" onClick={wroteItDown} disabled={busy || !words}>
            I wrote it down
          </button>
          <Working busy={busy} label="Generating…" />
        </div>
      </section>
    );
  }

  return (
    <form className="stack" aria-labelledby="create-confirm-title" onSubmit={submit}>
      <h2 id="create-confirm-title">Confirm and protect</h2>
      <p>Type the whole phrase back, words separated by spaces.</p>
      <SecretInput
        label="Confirm your secret recovery phrase"
        value={confirmation}
        onChange={setConfirmation}
        collapseWhitespaceOnPaste
        disabled={busy}
      />
      <PasswordFields value={pair} onChange={setPair} showAll={tried} disabled={busy} />
      <ErrorAlert message={error} />
      <div className="row">
        <button type="button" className="secondary" onClick={start} disabled={busy}>
          Start over with a new phrase
        </button>
        <button type="submit" disabled={busy || confirmation.trim() === ''}>
          Create
        </button>
        <Working busy={busy} label="Creating…" />
      </div>
    </form>
  );
}
