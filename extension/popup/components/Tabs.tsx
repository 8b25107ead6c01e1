/**
 * Tabs as the WAI-ARIA Authoring Practices describe them
 * (https://www.w3.org/WAI/ARIA/apg/patterns/tabs/): a tablist whose selected tab is the one tab
 * stop, ← → Home End move between tabs and select (automatic activation), and each tab controls
 * its tabpanel. Only the selected panel's content is rendered; the others stay as empty, hidden
 * panels so every aria-controls points at an element.
 *
 *   <Tabs label={t('homeTabsLabel')} tabs={[{ id: 'assets', label: t('homeTabAssets'), panel: <Assets /> }]} />
 */
import { type KeyboardEvent, type ReactNode, useId, useRef, useState } from 'react';

export interface Tab {
  id: string;
  label: string;
  panel: ReactNode;
}

/** The tab a key moves to from tab `from` of `count` (wrapping), or undefined for other keys. */
export function tabAfterKey(key: string, from: number, count: number): number | undefined {
  const last = count - 1;
  if (key === 'ArrowRight') return from === last ? 0 : from + 1;
  if (key === 'ArrowLeft') return from === 0 ? last : from - 1;
  if (key === 'Home') return 0;
  if (key === 'End') return last;
  return undefined;
}

export function Tabs({ label, tabs }: { label: string; tabs: Tab[] }) {
  const base = useId();
  const [selected, setSelected] = useState(tabs[0]?.id);
  const buttons = useRef(new Map<string, HTMLButtonElement>());

  const move = (event: KeyboardEvent, from: number) => {
    const to = tabAfterKey(event.key, from, tabs.length);
    if (to === undefined) return;
    event.preventDefault();
    const tab = tabs[to]!;
    setSelected(tab.id);
    buttons.current.get(tab.id)?.focus();
  };

  return (
    <div className="tabs">
      <div role="tablist" aria-label={label} className="tablist">
        {tabs.map((tab, at) => (
          <button
            key={tab.id}
            ref={(element) => {
              if (element) buttons.current.set(tab.id, element);
              else buttons.current.delete(tab.id);
            }}
            type="button"
            role="tab"
            id={`${base}-tab-${tab.id}`}
            aria-selected={tab.id === selected}
            aria-controls={`${base}-panel-${tab.id}`}
            tabIndex={tab.id === selected ? 0 : -1}
            className="tab"
            onClick={() => setSelected(tab.id)}
            onKeyDown={(event) => move(event, at)}
          >
            {tab.label}
          </button>
        ))}
      </div>
      {tabs.map((tab) => (
        <div
          key={tab.id}
          role="tabpanel"
          id={`${base}-panel-${tab.id}`}
          aria-labelledby={`${base}-tab-${tab.id}`}
          hidden={tab.id !== selected}
          className="tabpanel"
        >
          {tab.id === selected && tab.panel}
        </div>
      ))}
    </div>
  );
}
