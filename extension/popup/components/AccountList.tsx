/**
 * Every account, virtualised (@tanstack/react-virtual): only the rows in the scroll box (plus a
 * few either side) are in the DOM, whatever the total, and `onShow` asks for the pages they need.
 * The selected account's row is a short one (its address is already on screen, above the list).
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import type { AccountView } from '../../../src/rpc/procedures/schemas';
import type { AccountsCopy } from '../accountsPatch';
import { t } from '../i18n';
import { AccountItem } from './AccountItem';
import { Identicon } from './Identicon';
import { observeBoxSize, rowHeight, scrollBox } from './layoutFreeMeasuring';
import { SkeletonBar } from './Skeleton';

/**
 * Rows' heights in px with popup.css (name row + address row + Use button, and the selected
 * account's short row), and the scroll box's max-height (.account-scroller). Rows are measured
 * anyway (measureElement); estimates that are right, and the box's height known before it is
 * mounted, let the first render place the first screenful and its measuring change nothing, so
 * opening the popup costs one render of the list instead of three; and the measuring reads sizes
 * from ResizeObservers, not from the DOM mid-commit (layoutFreeMeasuring.ts).
 */
const ROW_HEIGHT = 110;
const SELECTED_ROW_HEIGHT = 50;
const SCROLLER_HEIGHT = 360;

interface Props {
  copy: AccountsCopy;
  busy: boolean;
  onSelect(account: AccountView): void;
  onRename(account: AccountView, name: string): Promise<boolean>;
  /** Rows `first` … `last` are rendered: their pages should be fetched. */
  onShow(first: number, last: number): void;
}

export function AccountList({ copy, busy, onSelect, onRename, onShow }: Props) {
  const scroller = useRef<HTMLElement>(null);
  const virtualizer = useVirtualizer({
    count: copy.total,
    getScrollElement: () => scroller.current,
    initialRect: { width: 0, height: SCROLLER_HEIGHT },
    estimateSize: (at) => (copy.rows.get(at)?.id === copy.selectedId ? SELECTED_ROW_HEIGHT : ROW_HEIGHT),
    // One row either side: enough for keyboard and wheel scrolling, and less to build on open.
    overscan: 1,
    getItemKey: (at) => copy.rows.get(at)?.id ?? `position-${at}`,
    observeElementRect: observeBoxSize,
    measureElement: rowHeight,
    scrollToFn: scrollBox,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items.at(-1)?.index ?? -1;

  // Also after the copy changes: a re-read (another window changed the list) starts from page 0.
  useEffect(() => {
    if (last >= first && copy) onShow(first, last);
  }, [first, last, copy, onShow]);

  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scroll box must be reachable by keyboard to scroll it
    <section ref={scroller} className="account-scroller" tabIndex={0} aria-label={t('accountsAllLabel')}>
      <ul className="accounts virtual" style={{ height: virtualizer.getTotalSize() }}>
        {items.map((item) => {
          const account = copy.rows.get(item.index);
          return (
            <li
              key={item.key}
              data-index={item.index}
              ref={virtualizer.measureElement}
              aria-posinset={item.index + 1}
              aria-setsize={copy.total}
              style={{ transform: `translateY(${item.start}px)` }}
            >
              {!account ? (
                <div className="account placeholder" aria-busy="true">
                  <span className="visually-hidden">{t('accountsLoadingRow', item.index + 1)}</span>
                  <SkeletonBar width="40%" />
                  <SkeletonBar width="90%" height={10} />
                </div>
              ) : account.id === copy.selectedId ? (
                <div className="account">
                  <div className="row">
                    <Identicon address={account.address} size={24} />
                    <strong className="account-name">{account.name}</strong>
                    <span className="tag">{t('accountsSelectedAbove')}</span>
                  </div>
                </div>
              ) : (
                <AccountItem
                  account={account}
                  selected={false}
                  busy={busy}
                  onSelect={() => onSelect(account)}
                  onRename={(name) => onRename(account, name)}
                />
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
