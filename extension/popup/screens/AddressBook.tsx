/**
 * The address book (docs/rules.md "Address book"): contacts with a name and tags. Rules match the
 * tags ("sends to exchange above 0.5 ETH need the password"), cards show the name beside the
 * address, and a contact vouches for an address the poisoning check would refuse.
 */
import { type FormEvent, useId, useState } from 'react';
import {
  type AddressBookView,
  addContact,
  getAddressBook,
  removeContact,
} from '../../../src/rpc/procedures/addressBook';
import { ErrorAlert, Working } from '../components/ErrorAlert';
import { ScreenHeader } from '../components/ScreenHeader';
import { TextField } from '../components/TextField';
import { t } from '../i18n';
import { call } from '../ringClient';
import { useAction } from '../useAction';
import { useRingView } from '../useRingView';

export function AddressBook({ onBack }: { onBack(): void }) {
  const [name, setName] = useState('');
  const [address, setAddress] = useState('');
  const [tags, setTags] = useState('');
  const { busy, error, run } = useAction();
  const { view, setView } = useRingView(run, getAddressBook);

  const onAdd = async (event: FormEvent) => {
    event.preventDefault();
    const list = tags
      .split(/[,\s]+/)
      .map((t) => t.trim())
      .filter(Boolean);
    const next = await run(() =>
      call(addContact, { name: name.trim(), address: address.trim(), tags: list }),
    );
    if (!next) return;
    setView(next);
    setName('');
    setAddress('');
    setTags('');
  };

  const onRemove = async (of: string) => {
    const next = await run(() => call(removeContact, { address: of }));
    if (next) setView(next);
  };

  return (
    <section className="stack" aria-labelledby="book-title">
      <ScreenHeader id="book-title" title={t('addressBookTitle')} onBack={onBack} />
      <form className="stack" onSubmit={onAdd} noValidate>
        <TextField id="contact-name" label={t('contactName')} value={name} onChange={setName} />
        <TextField
          id="contact-address"
          label={t('contactAddress')}
          mono
          value={address}
          onChange={setAddress}
        />
        <TextField
          id="contact-tags"
          label={t('contactTags')}
          placeholder={t('contactTagsExample')}
          value={tags}
          onChange={setTags}
        />
        <ErrorAlert message={error} />
        <div className="row">
          <button type="submit" disabled={busy}>
            {t('addContact')}
          </button>
          <Working busy={busy} />
        </div>
      </form>
      {view && view.contacts.length === 0 && <p className="empty">{t('noContacts')}</p>}
      {view && view.contacts.length > 0 && (
        <ul className="list" aria-label={t('contactsList')}>
          {view.contacts.map((c) => (
            <ContactItem key={c.address} contact={c} busy={busy} onRemove={() => void onRemove(c.address)} />
          ))}
        </ul>
      )}
    </section>
  );
}

function ContactItem({
  contact,
  busy,
  onRemove,
}: {
  contact: AddressBookView['contacts'][number];
  busy: boolean;
  onRemove(): void;
}) {
  const id = useId();
  return (
    <li className="list-item">
      <div className="row spread">
        <span id={id}>
          <strong>{contact.name}</strong>{' '}
          <span className="mono" translate="no">
            {contact.address}
          </span>
          {contact.tags.length > 0 && ` · ${contact.tags.join(', ')}`}
        </span>
        <button
          type="button"
          className="secondary small"
          aria-describedby={id}
          disabled={busy}
          onClick={onRemove}
        >
          {t('removeContact')}
        </button>
      </div>
    </li>
  );
}
