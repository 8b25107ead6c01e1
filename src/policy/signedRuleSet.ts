/**
 * Rule set files (docs/rules.md "File format"). A file is JSON, either a bare rule set
 * `{ "v": 1, "name": …, "rules": […] }` or an envelope:
 *
 *   { "format": "ringfence-rules/v1",
 *     "ruleSet": { "v": 1, "name": "Family rules", "rules": [ … ] },
 *     "signature": { "signer": "0xAbC…", "value": "0x…65 bytes r‖s‖v…" } }   // signature optional
 *
 * The signature is EIP-191 personal_sign (https://eips.ethereum.org/EIPS/eip-191) by `signer` over
 * the UTF-8 text {@link ruleSetMessage}: the line "Ringfence rule set v1" and the rule set as
 * canonical JSON (keys sorted, no whitespace) — any wallet's personal_sign can produce it, and the
 * signer sees the rules they sign. Import recovers the address from the signature and refuses the
 * file unless it is the claimed signer, so a rule changed after signing (or a signature made for
 * other rules) is refused, never imported as unsigned.
 *
 *   const { ruleSet, signer } = importRuleSetFile(text, { trustedSigners: [familyAddress] });
 */
import * as v from 'valibot';
import { type Address, parseData, recoverPersonalSigner, toHex } from '../chains/evm';
import { canonicalJSON } from '../ring/canonical.js';
import { addressKey, parsePolicyAddress } from './address';
import { issueError, RuleSetError } from './errors';
import { parseRuleSet, type RuleSet } from './schema';

export const FILE_FORMAT = 'ringfence-rules/v1';
export const MAX_FILE_CHARS = 2_000_000;

/** The exact text a signer signs with personal_sign for `ruleSet`. */
export function ruleSetMessage(ruleSet: RuleSet): string {
  return `Ringfence rule set v1\n${canonicalJSON(ruleSet)}`;
}

export interface RuleSetSignature {
  signer: Address;
  /** 65 bytes r ‖ s ‖ v as 0x-hex, as personal_sign returns it. */
  value: `0x${string}`;
}

const Envelope = v.strictObject(
  {
    format: v.literal(FILE_FORMAT, `expected "${FILE_FORMAT}"`),
    ruleSet: v.unknown(),
    signature: v.optional(
      v.strictObject(
        {
          signer: v.string('expected the signer address'),
          value: v.string('expected the signature as 0x-hex'),
        },
        'expected { signer, value }',
      ),
    ),
  },
  'expected a rule set file',
);

export interface ImportedRuleSet {
  ruleSet: RuleSet;
  /** Who signed it (checksummed), when the file is signed. */
  signer?: Address;
}

export interface ImportOptions {
  /** Refuse unsigned files. */
  requireSignature?: boolean;
  /** If given, a signed file must be signed by one of these addresses. */
  trustedSigners?: readonly string[];
}

const utf8 = new TextEncoder();

function verify(ruleSet: RuleSet, signature: { signer: string; value: string }): Address {
  let claimed: string;
  let bytes: Uint8Array;
  try {
    claimed = parsePolicyAddress(signature.signer, 'signature.signer');
    if (!claimed.startsWith('0x')) throw new TypeError('signature.signer: expected an EVM address');
  } catch (e) {
    throw new RuleSetError('signature.signer', (e as Error).message.replace(/^[^:]*: /, ''));
  }
  try {
    bytes = parseData(signature.value, 'signature.value');
    const recovered = recoverPersonalSigner(utf8.encode(ruleSetMessage(ruleSet)), bytes, 'signature.value');
    if (addressKey(recovered) !== addressKey(claimed))
      throw new RuleSetError(
        'signature',
        `does not match: the rules were changed after signing, or the signature is not ${claimed}'s for these rules`,
      );
    return recovered;
  } catch (e) {
    if (e instanceof RuleSetError) throw e;
    throw new RuleSetError('signature.value', (e as Error).message.replace(/^[^:]*: /, ''));
  }
}

/**
 * Reads a rule set file (bare or envelope, signed or not). Throws a RuleSetError naming the bad
 * field ("ruleSet.rules[2].when.amount.gt: …", "signature: does not match …"). Pure: it returns a
 * new frozen rule set and changes nothing.
 */
export function importRuleSetFile(text: string, options: ImportOptions = {}): ImportedRuleSet {
  if (typeof text !== 'string' || text.length > MAX_FILE_CHARS)
    throw new RuleSetError('file', `expected JSON text of at most ${MAX_FILE_CHARS} characters`);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new RuleSetError('file', 'not valid JSON');
  }
  const isEnvelope = typeof json === 'object' && json !== null && 'format' in json;
  if (!isEnvelope) {
    if (options.requireSignature) throw new RuleSetError('signature', 'this file must be signed');
    return { ruleSet: parseRuleSet(json) };
  }
  const envelope = v.safeParse(Envelope, json);
  if (!envelope.success) throw issueError(envelope.issues, '', 'file');
  const ruleSet = parseRuleSet(envelope.output.ruleSet, 'ruleSet');
  const signature = envelope.output.signature;
  if (!signature) {
    if (options.requireSignature) throw new RuleSetError('signature', 'this file must be signed');
    return { ruleSet };
  }
  const signer = verify(ruleSet, signature);
  const trusted = options.trustedSigners;
  if (trusted && !trusted.some((t) => addressKey(t) === addressKey(signer)))
    throw new RuleSetError('signature.signer', `${signer} is not one of the trusted signers`);
  return { ruleSet, signer };
}

/** The file text for `ruleSet`, signed when `signature` (personal_sign over ruleSetMessage) is given. */
export function exportRuleSetFile(
  ruleSet: RuleSet,
  signature?: { signer: string; value: Uint8Array },
): string {
  const file = {
    format: FILE_FORMAT,
    ruleSet,
    ...(signature
      ? {
          signature: {
            signer: parsePolicyAddress(signature.signer, 'signer'),
            value: toHex(signature.value),
          },
        }
      : {}),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}
