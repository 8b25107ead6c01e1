/**
 * Rule sets as files (issue 10): Export rules downloads exactly the JSON on screen; Open a rule
 * file loads a file into the field without saving it; Save rules then refuses a bad file naming
 * the field (nothing changes) and takes a good one as a new version.
 */
import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures';
import { importTestWallet } from './wallet';

test('Export rules downloads the rule set; an opened file is checked by the ring on Save rules', async ({
  popup,
}) => {
  await importTestWallet(popup);
  await popup.getByRole('button', { name: 'Rules', exact: true }).click();
  const field = popup.getByLabel('Rule set (JSON)', { exact: true });
  await expect(field).not.toHaveValue('');
  const shown = await field.inputValue();

  const [download] = await Promise.all([
    popup.waitForEvent('download'),
    popup.getByRole('button', { name: 'Export rules', exact: true }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('ringfence-rules.json');
  expect(await readFile((await download.path())!, 'utf8')).toBe(shown);

  // Written as text: a `then` key in an object literal reads as a thenable to the linter.
  const bad = '{"v":1,"name":"Bad","rules":[{"id":"x","when":{"amout":{"gt":"1"}},"then":"deny"}]}';
  await popup.getByLabel('Open a rule file').setInputFiles({
    name: 'bad.json',
    mimeType: 'application/json',
    buffer: Buffer.from(bad),
  });
  await expect(field).toHaveValue(bad);
  await expect(popup.getByRole('heading', { name: /Active rules — version 1/ })).toBeVisible();
  await popup.getByRole('button', { name: 'Save rules', exact: true }).click();
  await expect(popup.getByRole('alert')).toContainText('rules[0].when.amout');
  await expect(popup.getByRole('heading', { name: /Active rules — version 1/ })).toBeVisible();

  const good =
    '{"v":1,"name":"From a file","rules":[{"id":"no-eth-sign","when":{"kind":"eth_sign"},"then":"deny"}]}';
  await popup.getByLabel('Open a rule file').setInputFiles({
    name: 'good.json',
    mimeType: 'application/json',
    buffer: Buffer.from(good),
  });
  await popup.getByRole('button', { name: 'Save rules', exact: true }).click();
  await expect(
    popup.getByRole('heading', { name: /Active rules — version 2 \(From a file\)/ }),
  ).toBeVisible();
});
