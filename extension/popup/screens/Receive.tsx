/**
 * Receive (CONTRACT.md "receive"): every account's address per currency — ETH (all EVM networks),
 * BTC and LTC (BIP-84 native segwit) — as full text, each with a QR code and a copy button.
 */
import encodeQR from 'qr';
import { useCallback, useEffect, useState } from 'react';
import { getReceiveAddresses, type ReceiveView } from '../../../src/rpc/procedures/receive';
import { CopyButton } from '../components/CopyButton';
import { ErrorAlert, Working } from '../components/ErrorAlert';
import { t } from '../i18n';
import { call } from '../ringClient';
import { useAction } from '../useAction';

/** QR of an address as a data: URL; bech32 addresses in upper case (QR alphanumeric mode). */
function qrUrl(address: string): string {
  const text = /^[a-z]+1[02-9ac-hj-np-z]+$/.test(address) ? address.toUpperCase() : address;
  return `data:image/svg+xml;utf8,${encodeURIComponent(encodeQR(text, 'svg', { ecc: 'medium', border: 4 }))}`;
}

export function Receive({ onBack }: { onBack(): void }) {
  const [view, setView] = useState<ReceiveView | null>(null);
  const [shown, setShown] = useState<string | null>(null);
  const { busy, error, run } = useAction();

  const load = useCallback(async () => {
    const next = await run(() => call(getReceiveAddresses, {}));
    if (next) setView(next);
  }, [run]);
  useEffect(() => void load(), [load]);

  return (
    <section className="stack" aria-labelledby="receive-title">
      <h2 id="receive-title">{t('receiveTitle')}</h2>
      <p>{t('receiveIntro')}</p>
      <ErrorAlert message={error} />
      <Working busy={busy && !view} />
      {view?.currencies.map((c) => (
        <section key={c.symbol} aria-label={t('receiveCurrencyAddresses', c.symbol)} className="stack">
          <h3>
            {c.symbol} <span className="muted">({c.network})</span>
          </h3>
          <ul className="accounts">
            {c.addresses.map((a) => (
              <li key={`${c.symbol}-${a.address}`}>
                <span>{a.name}</span> <code className="address">{a.address}</code>
                {a.path && <span className="muted"> {a.path}</span>}
                <span className="row">
                  <CopyButton
                    text={a.address}
                    label={t('receiveCopyAddress', c.symbol, a.name)}
                    what="address"
                  />
                  <button
                    type="button"
                    className="secondary small"
                    aria-label={t('receiveQrButtonLabel', c.symbol, a.name)}
                    onClick={() => setShown(shown === a.address ? null : a.address)}
                  >
                    {t('receiveQrButton')}
                  </button>
                </span>
                {shown === a.address && (
                  <img className="qr" src={qrUrl(a.address)} alt={t('receiveQrAlt', a.address)} />
                )}
              </li>
            ))}
          </ul>
        </section>
      ))}
      <button type="button" className="secondary" onClick={onBack}>
        {t('back')}
      </button>
    </section>
  );
}
