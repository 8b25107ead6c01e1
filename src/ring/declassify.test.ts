import { secp256k1 } from '@noble/curves/secp256k1.js';
import { keccak_256 } from '@noble/hashes/sha3.js';
import { bytesToHex, hexToBytes, utf8ToBytes } from '@noble/hashes/utils.js';
import { HDKey } from '@scure/bip32';
import { mnemonicToSeedSync } from '@scure/bip39';
import { describe, expect, it } from 'vitest';
import { bip84 } from '../fixtures/bip44-49-84-86-vectors.json';
import mail from '../fixtures/eip712-mail-example.json';
import 'fake-indexeddb/auto';
import { createVault, newKdfParams } from '../vault/index.js';
import { FAST_PBKDF2, freshStore } from '../vault/testing.js';
import { createAuditLog } from './audit.js';
import { dataKeys, provePassword } from './clearances.js';
import { createDeclassify } from './declassify.js';
import { openSealed } from './guardianSeal.js';
import { unwrap } from './internal.js';
import { labeled, levelOf } from './labeled.js';

const MARKER = 'SECRET-MARKER-c0ffee';
const hex = (h: string) => hexToBytes(h.replace(/^0x/, ''));
const cowKey = keccak_256(utf8ToBytes('cow'));
const signingHash = hex(mail.expected.signingHash);

function setup() {
  const audit = createAuditLog();
  return { audit, d: createDeclassify(audit) };
}

function ethAddress(publicKey: Uint8Array): string {
  const uncompressed = secp256k1.Point.fromBytes(publicKey).toBytes(false);
  return `0x${bytesToHex(keccak_256(uncompressed.subarray(1)).subarray(-20))}`;
}

describe('declassify.sign', () => {
  it('reproduces the EIP-712 Mail example signature and audits secret → public', () => {
    const { audit, d } = setup();
    const sig = d.sign(
      labeled('secret', cowKey),
      labeled('public', signingHash),
      'eth_signTypedData_v4 test',
    );
    expect(levelOf(sig)).toBe('public');
    const { r, s, recovery, bytes } = unwrap(sig);
    expect(`0x${r.toString(16).padStart(64, '0')}`).toBe(mail.expected.r);
    expect(`0x${s.toString(16).padStart(64, '0')}`).toBe(mail.expected.s);
    expect(recovery + 27).toBe(mail.expected.v);
    expect(bytes).toHaveLength(65);
    expect(`0x${bytesToHex(bytes.subarray(0, 64))}${(bytes[64]! + 27).toString(16)}`).toBe(
      mail.expected.signature,
    );
    expect(audit.entries()).toMatchObject([
      { kind: 'sign', from: 'secret', to: 'public', reason: 'eth_signTypedData_v4 test' },
    ]);
    expect(JSON.stringify(audit.entries())).not.toContain(bytesToHex(cowKey));
  });

  it('produces a low-s signature that verifies and recovers the signer', () => {
    const { d } = setup();
    const one = new Uint8Array(32);
    one[31] = 1;
    for (const key of [one, cowKey]) {
      const { bytes, s } = unwrap(d.sign(labeled('secret', key), labeled('public', signingHash), 'test'));
      const compact = bytes.subarray(0, 64);
      const pub = secp256k1.getPublicKey(key);
      expect(secp256k1.verify(compact, signingHash, pub, { prehash: false })).toBe(true);
      expect(s <= secp256k1.Point.CURVE().n / 2n).toBe(true);
      const nobleRecovered = Uint8Array.of(bytes[64]!, ...compact);
      const recovered = secp256k1.recoverPublicKey(nobleRecovered, signingHash, { prehash: false });
      expect(bytesToHex(recovered)).toBe(bytesToHex(pub));
    }
    expect(ethAddress(secp256k1.getPublicKey(cowKey))).toBe(mail.expected.address);
  });

  it('rejects bad inputs naming them, without auditing', () => {
    const { audit, d } = setup();
    const key = labeled('secret', cowKey);
    expect(() => d.sign(key, labeled('public', new Uint8Array(31)), 'r')).toThrow(
      /sign: digest: expected 32 bytes/,
    );
    expect(() => d.sign(labeled('secret', new Uint8Array(32)), labeled('public', signingHash), 'r')).toThrow(
      /sign: key:/,
    );
    expect(() => d.sign(key, labeled('public', 'abc' as unknown as Uint8Array), 'r')).toThrow(
      /sign: digest:/,
    );
    expect(() => d.sign(key, labeled('public', signingHash), '')).toThrow(/sign: reason:/);
    expect(audit.entries()).toEqual([]);
  });

  it('refuses a no-op declassification (key already public)', () => {
    const { audit, d } = setup();
    expect(() => d.sign(labeled('public', cowKey), labeled('public', signingHash), 'r')).toThrow(
      /sign: key: is already public/,
    );
    expect(audit.entries()).toEqual([]);
  });
});

describe('declassify.encrypt', () => {
  const pt = utf8ToBytes(MARKER);
  const aad = utf8ToBytes('{"kind":"test"}');

  it('seals secret plaintext under a ring key to public AES-GCM ciphertext and audits', async () => {
    const { audit, d } = setup();
    const { key: raw } = await dataKeys.create('pw for encrypt', newKdfParams(FAST_PBKDF2));
    const ct = await d.encrypt(labeled('secret', pt), labeled('secret', raw), aad, 'persist vault');
    expect(levelOf(ct)).toBe('public');
    const sealed = unwrap(ct);
    expect(sealed).toHaveLength(12 + pt.length + 16);
    const back = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: new Uint8Array(sealed.subarray(0, 12)), additionalData: aad },
      raw,
      new Uint8Array(sealed.subarray(12)),
    );
    expect(new Uint8Array(back)).toEqual(pt);
    expect(audit.entries()).toMatchObject([
      { kind: 'encrypt', from: 'secret', to: 'public', reason: 'persist vault' },
    ]);
    expect(JSON.stringify(audit.entries())).not.toContain(MARKER);
    await expect(d.encrypt(labeled('public', pt), labeled('secret', raw), aad, 'x')).rejects.toThrow(
      /encrypt: plaintext: is already public/,
    );
  });
});

describe('declassify.sealToGuardian', () => {
  it('lowers a share to a public envelope the guardian can open', () => {
    const { audit, d } = setup();
    const guardian = secp256k1.keygen();
    const share = utf8ToBytes(MARKER);
    const env = d.sealToGuardian(labeled('secret', share), guardian.publicKey, 'guardian setup');
    expect(levelOf(env)).toBe('public');
    expect(unwrap(env)).toHaveLength(33 + 24 + share.length + 16);
    const opened = openSealed(unwrap(env), guardian.secretKey);
    expect(levelOf(opened)).toBe('secret');
    expect(unwrap(opened)).toEqual(share);
    expect(audit.entries()).toMatchObject([{ kind: 'sealToGuardian', from: 'secret', to: 'public' }]);
    expect(audit.entries()[0]?.detail).toContain(bytesToHex(guardian.publicKey).slice(0, 16));
    expect(() => d.sealToGuardian(labeled('secret', share), new Uint8Array(33), 'x')).toThrow(
      /guardianPublicKey/,
    );
  });
});

describe('declassify.revealToUser and showNewMnemonic', () => {
  it('revealToUser lowers secret → private only with a password proof', async () => {
    const { audit, d } = setup();
    const secret = labeled('secret', MARKER);
    const { store } = await freshStore();
    await createVault(store, 'the password', utf8ToBytes('{}'), { kdf: FAST_PBKDF2 });
    const proof = await provePassword(store, 'the password');
    const shown = d.revealToUser(secret, proof, 'user asked to reveal key');
    expect(levelOf(shown)).toBe('private');
    expect(unwrap(shown)).toBe(MARKER);
    expect(() => d.revealToUser(labeled('private', 1), proof, 'x')).toThrow(/already private/);
    expect(audit.entries()).toMatchObject([{ kind: 'revealToUser', from: 'secret', to: 'private' }]);
  });

  it('showNewMnemonic lowers secret → private and audits the word count only', () => {
    const { audit, d } = setup();
    const words = 'legal winner thank year wave sausage worth useful legal winner thank yellow';
    const shown = d.showNewMnemonic(labeled('secret', words), 'first backup');
    expect(levelOf(shown)).toBe('private');
    expect(unwrap(shown)).toBe(words);
    const [entry] = audit.entries();
    expect(entry).toMatchObject({
      kind: 'showNewMnemonic',
      from: 'secret',
      to: 'private',
      reason: 'first backup',
    });
    expect(entry?.detail).toBe('12-word mnemonic shown for first backup');
    expect(JSON.stringify(audit.entries())).not.toMatch(/legal|winner/);
    expect(() => d.showNewMnemonic(labeled('secret', 42 as unknown as string), 'x')).toThrow(
      /mnemonic: expected a string, got a number/,
    );
  });
});

describe('declassify.publicKeyOf', () => {
  it('lowers a secret key to its private compressed public key and audits it without the key', () => {
    const { audit, d } = setup();
    const key = new Uint8Array(32);
    key[31] = 1;
    const pub = d.publicKeyOf(labeled('secret', key), 'account address');
    expect(levelOf(pub)).toBe('private');
    // The generator point G is the public key of 1 (SEC 2, secp256k1).
    expect(Buffer.from(unwrap<Uint8Array>(pub)).toString('hex')).toBe(
      '0279be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798',
    );
    expect(audit.entries()).toMatchObject([{ kind: 'publicKeyOf', from: 'secret', to: 'private' }]);
    expect(() => d.publicKeyOf(labeled('secret', new Uint8Array(32)), 'zero key')).toThrow(
      /publicKeyOf: key/,
    );
    expect(() => d.publicKeyOf(labeled('private', key), 'already low')).toThrow(/already private/);
  });
});

describe('declassify.extendedPublicKeyOf', () => {
  it('lowers a node to its public half only (BIP-84 vector account xpub), audited without key or chain code', () => {
    const { audit, d } = setup();
    const root = HDKey.fromMasterSeed(mnemonicToSeedSync(bip84.mnemonic));
    const account = root.derive("m/84'/0'/0'");
    const xpub = d.extendedPublicKeyOf(labeled('secret', account), 'watch-only account key');
    expect(levelOf(xpub)).toBe('private');
    const half = unwrap<object>(xpub);
    expect(Object.keys(half).sort()).toEqual([
      'chainCode',
      'depth',
      'index',
      'parentFingerprint',
      'publicKey',
    ]);
    const zpub = { public: 0x04b24746, private: 0x04b2430c };
    const vector = bip84.entries.find((e) => e.path === "m/84'/0'/0'") as { xpub: string };
    expect(new HDKey({ ...half, versions: zpub }).publicExtendedKey).toBe(vector.xpub);
    const [entry] = audit.entries();
    expect(entry).toMatchObject({ kind: 'extendedPublicKeyOf', from: 'secret', to: 'private' });
    expect(JSON.stringify(entry)).not.toContain(bytesToHex(account.chainCode!));
    expect(() =>
      d.extendedPublicKeyOf(labeled('secret', { publicKey: new Uint8Array(33) } as never), 'bad'),
    ).toThrow(/extendedPublicKeyOf: node/);
    expect(() => d.extendedPublicKeyOf(labeled('private', account), 'already low')).toThrow(
      /already private/,
    );
  });
});
