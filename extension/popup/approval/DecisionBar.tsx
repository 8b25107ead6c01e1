/**
 * Reject and Approve, kept in view at the bottom of the window. Approve names why it is disabled
 * (no account chosen, bad fee, password missing) instead of silently refusing.
 */
import { useId } from 'react';
import { Working } from '../components/ErrorAlert';
import { t } from '../i18n';

export type Decision = 'approve' | 'reject';

interface Props {
  deciding: Decision | null;
  canApprove: boolean;
  /** Why Approve is disabled, shown next to it; null when nothing blocks it. */
  blocker: string | null;
  approvingLabel: string;
  onDecide(decision: Decision): void;
}

export function DecisionBar({ deciding, canApprove, blocker, approvingLabel, onDecide }: Props) {
  const id = useId();
  const busy = deciding !== null;
  return (
    <div className="decision">
      {blocker && (
        <p id={id} className="hint">
          {blocker}
        </p>
      )}
      <div className="decision-buttons">
        <button type="button" className="secondary" disabled={busy} onClick={() => onDecide('reject')}>
          {t('approvalReject')}
        </button>
        <button
          type="button"
          disabled={busy || !canApprove}
          aria-busy={deciding === 'approve' ? true : undefined}
          aria-describedby={blocker ? id : undefined}
          onClick={() => onDecide('approve')}
        >
          {t('approvalApprove')}
        </button>
      </div>
      <Working busy={busy} label={deciding === 'reject' ? t('approvalRejecting') : approvingLabel} />
    </div>
  );
}
