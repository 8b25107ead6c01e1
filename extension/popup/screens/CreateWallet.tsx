/**
 * Creating a wallet, as a flow with progress dots (issue 11): create → back up → protect → done.
 * The ring generates the phrase and shows it once (declassifier `showNewMnemonic`); the user
 * writes it down, types it back, chooses custody (screens/onboarding/custody.ts) and a password.
 * Nothing is saved until finishCreate checks the phrase typed back. Phrase only ends at Home;
 * guardians and mixed continue on Set up guardians (`onNext`).
 */
import { type FormEvent, useCallback, useEffect, useState } from 'react';
import { beginCreate, finishCreate } from '../../../src/rpc/procedures/lifecycle';
import type { WalletStatus } from '../../../src/rpc/procedures/status';
import { EMPTY_PAIR, firstProblem, type PasswordPair } from '../components/PasswordFields';
import { t } from '../i18n';
import { call, errorCode, errorMessage } from '../ringClient';
import { useAction } from '../useAction';
import { ConfirmPhrase } from './onboarding/ConfirmPhrase';
import { type Custody, DEFAULT_CUSTODY, needsGuardianSetUp } from './onboarding/custody';
import { WritePhrase } from './onboarding/WritePhrase';
import { normalizePhrase } from './phrase';

function messageFor(error: unknown): string {
  if (errorCode(error) === 'PHRASE_MISMATCH') return t('onboardingPhraseMismatch');
  return errorMessage(error);
}

interface Props {
  onCreated(status: WalletStatus): void;
  /** After onCreated, when the custody chosen needs guardians. */
  onNext(screen: 'setupGuardians'): void;
  onBack(): void;
}

export function CreateWallet({ onCreated, onNext, onBack }: Props) {
  const [words, setWords] = useState<string[] | null>(null);
  const [step, setStep] = useState<'write' | 'confirm'>('write');
  const [confirmation, setConfirmation] = useState('');
  const [custody, setCustody] = useState<Custody>(DEFAULT_CUSTODY);
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
    if (!status) return;
    onCreated(status);
    if (needsGuardianSetUp(custody)) onNext('setupGuardians');
  };

  if (step === 'write')
    return (
      <WritePhrase
        words={words}
        busy={busy}
        error={error}
        onBack={onBack}
        onRetry={start}
        onWritten={wroteItDown}
      />
    );

  return (
    <ConfirmPhrase
      confirmation={confirmation}
      onConfirmation={setConfirmation}
      custody={custody}
      onCustody={setCustody}
      pair={pair}
      onPair={setPair}
      tried={tried}
      busy={busy}
      error={error}
      onStartOver={start}
      onSubmit={submit}
    />
  );
}
