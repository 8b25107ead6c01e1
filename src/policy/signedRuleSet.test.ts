import { secp256k1 } from '@noble/curves/secp256k1.js';
import { concatBytes, hexToBytes } from '@noble/hashes/utils.js';
import { describe, expect, it } from 'vitest';
import { personalMessageHash } from '../chains/evm';
import { defaultRuleSet } from './defaults';
import { RuleSetError } from './errors';
import type { RuleSet } from './schema';
import { exportRuleSetFile, importRuleSetFile, ruleSetMessage } from './signedRuleSet';
import { ACCOUNTS } from './testkit';

const signerKey = hexToBytes(ACCOUNTS[0]!.privateKey.slice(2));
const signer = ACCOUNTS[0]!.address;
const other = ACCOUNTS[1]!.address;

/** personal_sign with a known test key: r ‖ s ‖ v (v = 27 + recovery), as wallets return it. */
function personalSign(ruleSet: RuleSet, key = signerKey): Uint8Array {
  const digest = personalMessageHash(new TextEncoder().encode(ruleSetMessage(ruleSet)));
  const rec = secp256k1.sign(digest, key, { prehash: false, format: 'recovered' });
  return concatBytes(rec.subarray(1), Uint8Array.of(27 + rec[0]!));
}

const ruleSet = defaultRuleSet({ name: 'Family rules' });
const signedFile = exportRuleSetFile(ruleSet, { signer, value: personalSign(ruleSet) });

function refusal(text: string, options = {}): string {
  try {
    importRuleSetFile(text, options);
  } catch (e) {
    expect(e).toBeInstanceOf(RuleSetError);
    return (e as Error).message;
  }
  throw new Error('expected the file to be refused');
}

describe('rule set files', () => {
  it('imports a signed file and says who signed it', () => {
    const imported = importRuleSetFile(signedFile);
    expect(imported.signer).toBe(signer);
    expect(imported.ruleSet).toEqual(ruleSet);
    expect(importRuleSetFile(signedFile, { trustedSigners: [signer.toLowerCase()] }).signer).toBe(signer);
  });

  it('imports unsigned files, bare or in the envelope, with no signer', () => {
    expect(importRuleSetFile(JSON.stringify(ruleSet))).toEqual({ ruleSet });
    expect(importRuleSetFile(exportRuleSetFile(ruleSet))).toEqual({ ruleSet });
  });

  it('refuses a tampered signed file: a rule changed after signing', () => {
    const file = JSON.parse(signedFile);
    file.ruleSet.rules[0].when = { kind: 'connect' }; // the phishing deny now only covers connects
    expect(refusal(JSON.stringify(file))).toMatch(
      /^signature: does not match: the rules were changed after signing/,
    );
  });

  it("refuses a signature that is someone else's, or claimed for another signer", () => {
    const byOther = JSON.parse(
      exportRuleSetFile(ruleSet, {
        signer,
        value: personalSign(ruleSet, hexToBytes(ACCOUNTS[1]!.privateKey.slice(2))),
      }),
    );
    expect(refusal(JSON.stringify(byOther))).toMatch(/^signature: does not match/);
    const claimed = JSON.parse(signedFile);
    claimed.signature.signer = other;
    expect(refusal(JSON.stringify(claimed))).toMatch(/^signature: does not match/);
    expect(refusal(signedFile, { trustedSigners: [other] })).toBe(
      `signature.signer: ${signer} is not one of the trusted signers`,
    );
  });

  it('refuses malformed signatures and files, naming the field', () => {
    const file = JSON.parse(signedFile);
    file.signature.value = '0x1234';
    expect(refusal(JSON.stringify(file))).toBe('signature.value: expected 65 bytes (r, s, v)');
    file.signature.value = 'zz';
    expect(refusal(JSON.stringify(file))).toMatch(/^signature.value: expected 0x-prefixed hex bytes/);
    expect(refusal('{')).toBe('file: not valid JSON');
    expect(refusal(JSON.stringify({ format: 'other', ruleSet }))).toBe(
      'format: expected "ringfence-rules/v1"',
    );
    const bad = JSON.parse(signedFile);
    bad.ruleSet.rules[2].when = { amount: { gt: 1 } };
    expect(refusal(JSON.stringify(bad))).toBe(
      'ruleSet.rules[2].when.amount.gt: expected a decimal string like "0.5"',
    );
  });

  it('can require a signature', () => {
    expect(refusal(JSON.stringify(ruleSet), { requireSignature: true })).toBe(
      'signature: this file must be signed',
    );
    expect(importRuleSetFile(signedFile, { requireSignature: true }).signer).toBe(signer);
  });
});
