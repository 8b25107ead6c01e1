/**
 * The header's account (issue 11): picture, name, the address short (0x1234…abcd) with a copy
 * button that copies it whole. Home shows the full address; here it is short so the network and
 * Lock fit beside it at 360 px. A skeleton until Home has read the selected account.
 */
import type { AccountView } from '../../../src/rpc/procedures/schemas';
import { t } from '../i18n';
import { CopyButton } from './CopyButton';
import { Identicon } from './Identicon';
import { SkeletonBar } from './Skeleton';

/** 0x + 4 hex … 4 hex: enough to recognise, never enough to trust (Home has the whole address). */
export const shortAddress = (address: string) =>
  address.length > 12 ? `${address.slice(0, 6)}…${address.slice(-4)}` : address;

export function AccountHeader({ account }: { account: AccountView | null }) {
  if (!account)
    return (
      <div className="account-header" aria-busy="true">
        <span className="skeleton round" aria-hidden="true" />
        <span className="skeleton-lines">
          <SkeletonBar width="80px" />
          <SkeletonBar width="96px" height={10} />
        </span>
      </div>
    );
  return (
    <div className="account-header">
      <Identicon address={account.address} size={36} />
      <div className="account-header-text">
        <span className="account-header-name">{account.name}</span>
        <span className="account-header-address">
          <span className="short-address" translate="no" title={account.address}>
            {shortAddress(account.address)}
          </span>
          <CopyButton icon text={account.address} label={t('headerCopyAddress')} />
        </span>
      </div>
    </div>
  );
}
