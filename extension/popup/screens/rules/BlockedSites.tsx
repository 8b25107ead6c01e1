/**
 * The user's site lists on the Rules screen (docs/rules.md "Your site lists"): sites to block (an
 * exact origin or a host; the default `phishing-origin` rule refuses them before any window opens),
 * names to protect (sites that look like them need the password) and sites to allow (a false
 * positive of the bundled list or the look-alike check). The ring validates every entry and audits
 * every change; this section only shows its answers.
 */
import { type FormEvent, useCallback, useId, useState } from 'react';
import {
  type BlockedSitesView,
  changeBlockedSites,
  getBlockedSites,
} from '../../../../src/rpc/procedures/blockedSites';
import { ErrorAlert, Working } from '../../components/ErrorAlert';
import { TextField } from '../../components/TextField';
import { type MessageKey, t } from '../../i18n';
import { call } from '../../ringClient';
import { useAction } from '../../useAction';
import { useRingView } from '../../useRingView';

type List = keyof BlockedSitesView;

/** The words of one list: its field, add button, list name, remove button, empty line, hint. */
const WORDS: Record<List, Record<'field' | 'add' | 'list' | 'remove' | 'empty' | 'hint', MessageKey>> = {
  blocked: {
    field: 'blockedSitesField',
    add: 'blockedSitesAdd',
    list: 'blockedSitesList',
    remove: 'blockedSitesRemove',
    empty: 'blockedSitesEmpty',
    hint: 'blockedSitesHint',
  },
  protected: {
    field: 'blockedSitesProtectedField',
    add: 'blockedSitesProtectedAdd',
    list: 'blockedSitesProtectedList',
    remove: 'blockedSitesProtectedRemove',
    empty: 'blockedSitesProtectedEmpty',
    hint: 'blockedSitesProtectedHint',
  },
  allowed: {
    field: 'blockedSitesAllowedField',
    add: 'blockedSitesAllowedAdd',
    list: 'blockedSitesAllowedList',
    remove: 'blockedSitesAllowedRemove',
    empty: 'blockedSitesAllowedEmpty',
    hint: 'blockedSitesAllowedHint',
  },
};

const LISTS: readonly List[] = ['blocked', 'protected', 'allowed'];

export function BlockedSites() {
  const { busy, error, run } = useAction();
  const { view, setView } = useRingView(run, getBlockedSites);

  const change = useCallback(
    async (action: 'add' | 'remove', list: List, entry: string) => {
      const next = await run(() => call(changeBlockedSites, { action, list, entry }));
      if (next) setView(next);
      return next !== undefined;
    },
    [run, setView],
  );

  return (
    <section className="stack" aria-labelledby="blocked-sites-title">
      <h3 id="blocked-sites-title">{t('blockedSitesTitle')}</h3>
      <p className="hint">{t('blockedSitesIntro')}</p>
      <ErrorAlert message={error} />
      <Working busy={busy} />
      {view &&
        LISTS.map((list) => (
          <SiteList key={list} list={list} entries={view[list]} busy={busy} onChange={change} />
        ))}
    </section>
  );
}

function SiteList({
  list,
  entries,
  busy,
  onChange,
}: {
  list: List;
  entries: readonly string[];
  busy: boolean;
  onChange(action: 'add' | 'remove', list: List, entry: string): Promise<boolean>;
}) {
  const [entry, setEntry] = useState('');
  const words = WORDS[list];
  const onAdd = async (event: FormEvent) => {
    event.preventDefault();
    if (await onChange('add', list, entry)) setEntry('');
  };
  return (
    <div className="stack">
      <form className="stack" onSubmit={onAdd} noValidate>
        <TextField
          id={`site-list-${list}`}
          label={t(words.field)}
          hint={t(words.hint)}
          mono
          value={entry}
          onChange={setEntry}
        />
        <div className="row">
          <button type="submit" disabled={busy}>
            {t(words.add)}
          </button>
        </div>
      </form>
      {entries.length === 0 ? (
        <p className="empty">{t(words.empty)}</p>
      ) : (
        <ul className="list" aria-label={t(words.list)}>
          {entries.map((e) => (
            <SiteItem
              key={e}
              entry={e}
              label={t(words.remove)}
              busy={busy}
              onRemove={() => void onChange('remove', list, e)}
            />
          ))}
        </ul>
      )}
    </div>
  );
}

function SiteItem({
  entry,
  label,
  busy,
  onRemove,
}: {
  entry: string;
  label: string;
  busy: boolean;
  onRemove(): void;
}) {
  const id = useId();
  return (
    <li className="list-item">
      <div className="row spread">
        <span id={id} className="mono" translate="no">
          {entry}
        </span>
        <button
          type="button"
          className="secondary small"
          aria-describedby={id}
          disabled={busy}
          onClick={onRemove}
        >
          {label}
        </button>
      </div>
    </li>
  );
}
