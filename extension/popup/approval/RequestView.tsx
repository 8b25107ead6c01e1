/**
 * One pending request: who asks, the ring's card, the user's choices (accounts, fees, password)
 * and the decision. The window keys it by request id, so each request starts with fresh choices
 * and with Approve disarmed for a moment: a click aimed at the previous request (or a site that
 * times a new request under the pointer) must not approve this one.
 */
import { useEffect, useId, useState } from 'react';
import type { PendingApproval } from '../../../src/rpc/procedures/approvals';
import { CardView } from '../components/CardView';
import { CurrentPassword } from '../components/CurrentPassword';
import { ErrorAlert } from '../components/ErrorAlert';
import { t, uiLocale } from '../i18n';
import { errorCode, errorMessage } from '../ringClient';
import { useAction } from '../useAction';
import { AccountPicker } from './AccountPicker';
import { type Decision, DecisionBar } from './DecisionBar';
import { FeeEditor } from './FeeEditor';
import { feeDraft, feeState } from './fees';
import { waitingBehind } from './queue';
import type { ResolveInput } from './useApprovalQueue';

const ARM_MS = 600;
const count = new Intl.NumberFormat(uiLocale());

/** Kinds whose approval signs nothing; the rest show "Signing…" while the ring works. */
const NOT_SIGNING = new Set(['connect', 'add-chain', 'switch-chain', 'watch-asset']);

/** Names the rules that want the password ("The rule eth-daily asks …"). */
function passwordHint(policy: PendingApproval['card']['policy']): string {
  const ids = policy?.matched
    .filter((m) => m.decisive && m.verdict === 'confirm-with-password')
    .map((m) => m.ruleId);
  if (!ids?.length) return t('approvalPasswordHint');
  return t('approvalRulePasswordHint', ids.join(', '), policy!.reasons.join(' '));
}

function messageFor(error: unknown): string {
  // The contract: a wrong password shows an alert with the word "password".
  if (errorCode(error) === 'BAD_PASSWORD') return t('wrongPassword');
  return errorMessage(error);
}

interface Props {
  request: PendingApproval;
  queueLength: number;
  /** Resolves when the ring answered (the window then shows the next request); throws on failure. */
  onResolve(input: ResolveInput): Promise<void>;
}

export function RequestView({ request, queueLength, onResolve }: Props) {
  const { card } = request;
  const titleId = useId();
  const offered = card.accounts ?? [];
  const [chosen, setChosen] = useState(() => offered.filter((a) => a.selected).map((a) => a.address));
  const [draft, setDraft] = useState(() => (card.fees ? feeDraft(card.fees) : undefined));
  const [password, setPassword] = useState('');
  const [deciding, setDeciding] = useState<Decision | null>(null);
  const [armed, setArmed] = useState(false);
  const { error, run } = useAction(messageFor);

  useEffect(() => {
    const timer = setTimeout(() => setArmed(true), ARM_MS);
    return () => clearTimeout(timer);
  }, []);

  const fee = card.fees && draft ? feeState(card.fees, draft) : undefined;
  const blocker =
    offered.length > 0 && chosen.length === 0
      ? t('approvalChooseAccount')
      : fee?.edited && fee.problem
        ? t('approvalFixFees')
        : request.needsPassword && password === ''
          ? t('approvalTypePassword')
          : null;

  const decide = async (decision: Decision) => {
    const typed = password;
    setPassword(''); // never leave a tried password on screen
    setDeciding(decision);
    const input: ResolveInput =
      decision === 'reject'
        ? { id: request.id, decision }
        : {
            id: request.id,
            decision,
            ...(offered.length > 0 ? { accounts: chosen } : {}),
            // A suggestion the ring sent in a shape it would refuse back is left to the ring.
            ...(fee?.input ? { fees: fee.input } : {}),
            ...(request.needsPassword ? { password: typed } : {}),
          };
    await run(() => onResolve(input));
    setDeciding(null);
  };

  const busy = deciding !== null;
  const behind = waitingBehind(queueLength);
  return (
    <article className="request" aria-labelledby={titleId}>
      <div className="asker">
        <p className="asker-origin">
          <strong className="origin" translate="no">
            {request.origin}
          </strong>{' '}
          {t('approvalAsks')}
        </p>
        {behind !== null && <span className="tag">{t('approvalMoreWaiting', count.format(behind))}</span>}
      </div>
      <CardView card={card} titleId={titleId}>
        {offered.length > 0 && (
          <AccountPicker accounts={offered} chosen={chosen} onChange={setChosen} disabled={busy} />
        )}
        {card.fees && draft && fee && (
          <FeeEditor fees={card.fees} draft={draft} state={fee} onChange={setDraft} disabled={busy} />
        )}
        {request.needsPassword && (
          <div className="password-gate">
            <p className="hint">{passwordHint(card.policy)}</p>
            <CurrentPassword value={password} onChange={setPassword} disabled={busy} />
          </div>
        )}
      </CardView>
      <ErrorAlert message={error} />
      <DecisionBar
        deciding={deciding}
        canApprove={armed && blocker === null}
        blocker={blocker}
        approvingLabel={NOT_SIGNING.has(card.kind) ? t('approvalApproving') : t('approvalSigning')}
        onDecide={(decision) => void decide(decision)}
      />
    </article>
  );
}
