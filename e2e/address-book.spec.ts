/**
 * The address book (docs/rules.md "Address book") through the popup: a bad address is refused with
 * an alert and nothing is added; a contact is added with its tags, is still there after the popup
 * reopens and after lock → unlock (it lives in the sealed state), and Remove takes it out again.
 */
import { expect, test } from './fixtures';
import { ACCOUNTS, importTestWallet, lockWallet, TEST_PASSWORD, unlockWith } from './wallet';

const BOB = ACCOUNTS[1].address;

test('Add contact, keep it across reopen and lock, Remove it', async ({ popup }) => {
  test.setTimeout(120_000);
  await importTestWallet(popup);
  const openBook = async () => {
    await popup.getByRole('button', { name: 'Address book', exact: true }).click();
    await expect(popup.getByRole('heading', { name: 'Address book', exact: true })).toBeVisible();
  };
  await openBook();
  await expect(popup.getByText('No contacts yet.')).toBeVisible();

  // A bad address: an alert, the list stays empty, what was typed stays for correcting.
  await popup.getByLabel('Name', { exact: true }).fill('Bob');
  await popup.getByLabel('Address', { exact: true }).fill('0x1234');
  await popup.getByRole('button', { name: 'Add contact', exact: true }).click();
  await expect(popup.getByRole('alert')).toContainText(/address/i);
  await expect(popup.getByText('No contacts yet.')).toBeVisible();
  await expect(popup.getByLabel('Name', { exact: true })).toHaveValue('Bob');

  await popup.getByLabel('Address', { exact: true }).fill(BOB);
  await popup.getByLabel('Tags', { exact: true }).fill('friend, exchange');
  await popup.getByRole('button', { name: 'Add contact', exact: true }).click();
  const contacts = popup.getByRole('list', { name: 'Contacts' });
  await expect(contacts.getByRole('listitem')).toHaveCount(1);
  await expect(contacts.getByRole('listitem')).toContainText('Bob');
  await expect(contacts.getByRole('listitem')).toContainText(BOB);
  await expect(contacts.getByRole('listitem')).toContainText('friend, exchange');
  await expect(popup.getByLabel('Name', { exact: true })).toHaveValue('');

  // Reopened, then locked and unlocked: the contact is read back from the ring.
  await popup.reload();
  await openBook();
  await expect(contacts.getByRole('listitem')).toContainText('Bob');
  await popup.getByRole('button', { name: 'Back', exact: true }).click();
  await lockWallet(popup);
  await unlockWith(popup, TEST_PASSWORD);
  await openBook();
  await expect(contacts.getByRole('listitem')).toContainText(BOB);

  await contacts.getByRole('button', { name: 'Remove', exact: true }).click();
  await expect(popup.getByText('No contacts yet.')).toBeVisible();
  await popup.reload();
  await openBook();
  await expect(popup.getByText('No contacts yet.')).toBeVisible();
});
