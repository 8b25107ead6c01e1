/**
 * One envelope of a new split: its text (read-only "Guardian share N", CONTRACT.md), its QR code
 * and a printable guardian kit. The QR comes from src/recovery/qr.ts, imported directly (not
 * src/recovery/index.ts) so no split, combine or key code reaches the popup bundle
 * (scripts/popup-bundle.test.ts). A sealed envelope may not be envelope text; it then has no QR.
 */
import { useMemo, useRef } from 'react';
import { encodeEnvelopeText, parseEnvelope } from '../../../../src/recovery/envelopeText';
import { envelopeQrSvg } from '../../../../src/recovery/qr';
import { ReadOnlyText } from '../../components/ReadOnlyText';
import { t } from '../../i18n';
import { tParts } from './tParts';

export interface Envelope {
  index: number;
  sealed: boolean;
  text: string;
}

interface Props {
  envelope: Envelope;
  threshold: number;
  count: number;
  /** The owner's name for the kit ("Label" on the setup form); may be empty. */
  label: string;
  /** Fingerprint words of the guardian code a sealed envelope was sealed to. */
  words?: string[] | undefined;
}

/** The QR code as a data: URL (the popup's CSP sets no img-src, so an <img> may load it). */
function qrDataUrl(text: string): string | null {
  try {
    return `data:image/svg+xml;utf8,${encodeURIComponent(envelopeQrSvg(text))}`;
  } catch {
    return null;
  }
}

/** Groups of five for paper, as docs/envelopes.md suggests; parseEnvelope reads it back as is. */
function paperText(text: string): string {
  try {
    return encodeEnvelopeText(parseEnvelope(text), { group: 5 });
  } catch {
    return text;
  }
}

export function EnvelopeKit({ envelope, threshold, count, label, words }: Props) {
  const kit = useRef<HTMLDivElement>(null);
  const qr = useMemo(() => qrDataUrl(envelope.text), [envelope.text]);
  const shareLabel = t('guardiansShareN', envelope.index);

  const print = () => {
    const element = kit.current;
    if (!element) return;
    // Print only this kit: popup.css hides everything else while body has .printing-kit.
    const done = () => {
      element.classList.remove('printing');
      document.body.classList.remove('printing-kit');
    };
    window.addEventListener('afterprint', done, { once: true });
    element.classList.add('printing');
    document.body.classList.add('printing-kit');
    window.print();
  };

  return (
    <div ref={kit} className="kit stack">
      <h3>
        {envelope.sealed
          ? t('guardiansKitTitleSealed', envelope.index, count)
          : t('guardiansKitTitlePaper', envelope.index, count)}
      </h3>
      <div className="print-only stack">
        <p>
          <strong>{label ? t('guardiansKitHeadingFor', label) : t('guardiansKitHeading')}</strong>
        </p>
        <p>{t('guardiansKitShareOf', envelope.index, count, threshold)}</p>
        <p>{envelope.sealed ? t('guardiansKitSealedText') : t('guardiansKitPaperText')}</p>
      </div>
      <div className="no-print">
        <ReadOnlyText
          label={shareLabel}
          value={envelope.text}
          rows={5}
          {...(envelope.sealed ? { copy: 'envelope' as const } : {})}
        />
      </div>
      {qr && <img className="qr" src={qr} alt={t('guardiansKitQrAlt', envelope.index)} />}
      <p className="print-only mono wrap">{envelope.sealed ? envelope.text : paperText(envelope.text)}</p>
      {envelope.sealed && words && words.length > 0 && (
        <p className="no-print">
          {tParts('guardiansKitCheckWords', <strong className="mono">{words.join(' ')}</strong>)}
        </p>
      )}
      <div className="row no-print">
        <button type="button" className="secondary small" onClick={print}>
          {t('guardiansKitPrint')}
        </button>
      </div>
    </div>
  );
}
