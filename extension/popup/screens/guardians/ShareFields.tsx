/**
 * The "Guardian share N" fields of the recovery screen (CONTRACT.md: "recovery"), with Add share.
 * Released shares and paper envelopes alike; the ring tells which is which and refuses a bad mix.
 */
import { PastedTextField } from '../../components/ReadOnlyText';
import { t } from '../../i18n';
import { MAX_SHARE_FIELDS } from './rules';

interface Props {
  shares: string[];
  onChange(shares: string[]): void;
  disabled?: boolean;
}

export function ShareFields({ shares, onChange, disabled }: Props) {
  const set = (index: number, text: string) => onChange(shares.map((s, i) => (i === index ? text : s)));
  return (
    <>
      {shares.map((share, index) => (
        <PastedTextField
          // The fields only grow, so the position is a stable key.
          // biome-ignore lint/suspicious/noArrayIndexKey: see above.
          key={index}
          label={t('guardiansShareN', index + 1)}
          value={share}
          onChange={(text) => set(index, text)}
          disabled={disabled}
        />
      ))}
      <div className="row">
        <button
          type="button"
          className="secondary small"
          disabled={disabled || shares.length >= MAX_SHARE_FIELDS}
          onClick={() => onChange([...shares, ''])}
        >
          {t('guardiansAddShare')}
        </button>
      </div>
    </>
  );
}
