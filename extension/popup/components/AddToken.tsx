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
        {t('addTokenOpen')}
      </button>
    );
  return (
    <form className="stack" aria-label={t('addTokenForm')} onSubmit={submit} noValidate>
      <div className="field">
        <label htmlFor="add-token-address">{t('addTokenAddress')}</label>
        <input
          id="add-token-address"
          autoComplete="off"
          spellCheck={false}
          value={address}
          onChange={(e) => setAddress(e.target.value)}
        />
      </div>
      <ErrorAlert message={error} />
      {added && <p role="status">{added}</p>}
      <div className="row">
        <button type="submit" disabled={busy || address.trim() === ''}>
          {t('addTokenSubmit')}
        </button>
        <button type="button" className="secondary" onClick={() => setOpen(false)}>
          {t('addTokenClose')}
        </button>
        <Working busy={busy} label={t('addTokenReading')} />
      </div>
    </form>
  );
}
