/**
 * **Add token** under the portfolio: an ERC-20 by its contract address on the selected network.
 * The ring reads its symbol and decimals from the contract; the user types only the address.
 */
import { type FormEvent, useState } from 'react';
import { watchToken } from '../../../src/rpc/procedures/portfolio';
import { t } from '../i18n';
import { call } from '../ringClient';
import { useAction } from '../useAction';
import { ErrorAlert, Working } from './ErrorAlert';
import { TextField } from './TextField';

export function AddToken({ onAdded }: { onAdded(): void }) {
  const [open, setOpen] = useState(false);
  const [address, setAddress] = useState('');
  const [added, setAdded] = useState<string | null>(null);
  const { busy, error, run } = useAction();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const token = await run(() => call(watchToken, { address: address.trim() }));
    if (!token) return;
    setAdded(t('addTokenAdded', token.symbol, token.network));
    setAddress('');
    onAdded();
  };

  if (!open)
    return (
      <button type="button" className="secondary small" onClick={() => setOpen(true)}>
        {t('addToken')}
      </button>
    );
  return (
    <form className="stack" aria-label={t('addToken')} onSubmit={submit} noValidate>
      <TextField
        id="add-token-address"
        label={t('addTokenAddress')}
        mono
        value={address}
        onChange={setAddress}
      />
      <ErrorAlert message={error} />
      {added && <p role="status">{added}</p>}
      <div className="row">
        <button type="submit" disabled={busy || address.trim() === ''}>
          {t('addToken')}
        </button>
        <button type="button" className="secondary" onClick={() => setOpen(false)}>
          {t('addTokenClose')}
        </button>
        <Working busy={busy} label={t('addTokenReading')} />
      </div>
    </form>
  );
}
