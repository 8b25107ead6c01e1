/**
 * Transaction preview with eth_simulateV1 (https://github.com/ethereum/execution-apis/pull/484) on the
 * network's own node: status, revert reason, token and native transfers, approvals. With
 * traceTransfers the node reports ETH movements as ERC-20-shaped Transfer logs from 0xEeee…EEeE.
 *
 *   const sim = await simulateTransaction(rpc, url, { from, to, value: 10n ** 18n });
 *   sim.status;                       // 'ok' | 'reverted' | 'unsupported' | 'failed'
 *   balanceChanges(sim, from);        // [{ asset: 'native', delta: -1000000000000000000n }]
 */
import { decodeAbiString, decodeWords, wordToAddress } from './abi';
import { type Address, parseAddress } from './address';
import { type CallRequest, toRpcCall } from './callRequest';
import { bytesToBigInt, bytesToHex, parseData, parseQuantity } from './hex';
import type { JsonRpcCall } from './jsonRpc';

export type SimulationStatus = 'ok' | 'reverted' | 'unsupported' | 'failed';

export interface SimulatedTransfer {
  /** 'native' for the chain's coin, else the contract that emitted the Transfer log. */
  asset: 'native' | Address;
  from: Address;
  to: Address;
  /** ERC-20 / native: the amount; ERC-721: 1 (one token, see tokenId). */
  amount: bigint;
  tokenId?: bigint;
}

export interface SimulatedApproval {
  /** The contract that emitted the approval. */
  token: Address;
  owner: Address;
  spender: Address;
  kind: 'erc20' | 'erc721' | 'all';
  /** erc20: the allowance. */
  amount?: bigint;
  /** erc721: the one token approved. */
  tokenId?: bigint;
  /** all (ApprovalForAll): granted or revoked. */
  approved?: boolean;
}

export interface SimulationResult {
  status: SimulationStatus;
  transfers: SimulatedTransfer[];
  approvals: SimulatedApproval[];
  gasUsed?: bigint;
  /** The revert reason, or the node's message when it could not simulate. */
  detail?: string;
}

export type SimulateCall = CallRequest & { from: string };

const NATIVE = '0xeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee';
// keccak256 of the event signatures (ERC-20 / ERC-721 share Transfer and Approval).
const TRANSFER = '0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef';
const APPROVAL = '0x8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925';
const APPROVAL_FOR_ALL = '0x17307eab39ab6107e8899845ad3d59bd9653f200f220920489ca2b5937696c31';
const ERROR_STRING = '08c379a0'; // Error(string)
const PANIC = '4e487b71'; // Panic(uint256)

interface Log {
  address: string;
  topics: string[];
  data: string;
}

/** Reads one log into transfers / approvals; throws on a malformed one (any contract can emit any log). */
function readLog(log: Log, out: Pick<SimulationResult, 'transfers' | 'approvals'>): void {
  const [topic0, ...rest] = log.topics.map((t) => t.toLowerCase());
  const indexed = rest.map((t) => parseQuantity(t, 'topic'));
  const data = parseData(log.data, 'log.data');
  const asset = log.address.toLowerCase() === NATIVE ? 'native' : parseAddress(log.address, 'log.address');
  const [a, b, c] = indexed;
  if (a === undefined || b === undefined) return;
  if (topic0 === TRANSFER) {
    const from = wordToAddress(a);
    const to = wordToAddress(b);
    if (indexed.length === 2 && data.length === 32)
      out.transfers.push({ asset, from, to, amount: bytesToBigInt(data) });
    else if (indexed.length === 3 && c !== undefined && data.length === 0 && asset !== 'native') {
      out.transfers.push({ asset, from, to, amount: 1n, tokenId: c });
    }
  } else if (asset === 'native') {
    return;
  } else if (topic0 === APPROVAL) {
    const owner = wordToAddress(a);
    const spender = wordToAddress(b);
    if (indexed.length === 2 && data.length === 32) {
      out.approvals.push({ token: asset, owner, spender, kind: 'erc20', amount: bytesToBigInt(data) });
    } else if (indexed.length === 3 && c !== undefined && data.length === 0) {
      out.approvals.push({ token: asset, owner, spender, kind: 'erc721', tokenId: c });
    }
  } else if (topic0 === APPROVAL_FOR_ALL && indexed.length === 2 && data.length === 32) {
    const approved = decodeWords(data)[0] !== 0n;
    out.approvals.push({
      token: asset,
      owner: wordToAddress(a),
      spender: wordToAddress(b),
      kind: 'all',
      approved,
    });
  }
}

/** A human reason from revert data: Error(string), Panic(uint256), or a custom error's selector. */
export function revertReason(data: unknown): string | undefined {
  if (typeof data !== 'string' || !/^0x([0-9a-fA-F]{2})+$/.test(data)) return undefined;
  const bytes = parseData(data, 'revert data');
  const selector = bytesToHex(bytes.subarray(0, 4));
  try {
    if (selector === ERROR_STRING) return decodeAbiString(bytes.subarray(4));
    if (selector === PANIC) return `panic 0x${decodeWords(bytes.subarray(4, 36))[0]!.toString(16)}`;
  } catch {
    // malformed: fall through to the selector
  }
  return bytes.length >= 4 ? `custom error 0x${selector}` : undefined;
}

function isUnsupported(error: { code?: unknown; message?: unknown }): boolean {
  if (error.code === -32601) return true;
  const message = typeof error.message === 'string' ? error.message : '';
  return /not supported|does not exist|not found|unknown method|not available|unsupported/i.test(message);
}

export async function simulateTransaction(
  rpc: JsonRpcCall,
  url: string,
  call: SimulateCall,
): Promise<SimulationResult> {
  const request = toRpcCall({ ...call, from: parseAddress(call.from, 'call.from') }, 'call');
  const out: SimulationResult = { status: 'ok', transfers: [], approvals: [] };
  let blocks: unknown;
  try {
    blocks = await rpc(url, 'eth_simulateV1', [
      // validation: false skips nonce and fee checks: the preview is about effects, not inclusion.
      { blockStateCalls: [{ calls: [request] }], traceTransfers: true, validation: false },
      'latest',
    ]);
  } catch (error) {
    const e = (error ?? {}) as { code?: unknown; message?: unknown };
    const detail = typeof e.message === 'string' ? e.message : String(error);
    return { ...out, status: isUnsupported(e) ? 'unsupported' : 'failed', detail };
  }
  const result = (blocks as { calls?: unknown[] }[] | undefined)?.[0]?.calls?.[0] as
    | {
        status?: string;
        returnData?: string;
        gasUsed?: string;
        logs?: Log[];
        error?: { message?: string; data?: string };
      }
    | undefined;
  if (!result) return { ...out, status: 'failed', detail: 'eth_simulateV1 answered without a call result' };
  if (typeof result.gasUsed === 'string' && /^0x[0-9a-f]+$/i.test(result.gasUsed))
    out.gasUsed = BigInt(result.gasUsed);
  if (result.status !== '0x1' && result.status !== '0x0') {
    return { ...out, status: 'failed', detail: `eth_simulateV1 answered status ${String(result.status)}` };
  }
  if (result.status === '0x0') {
    // No logs: a reverted call moves nothing, yet anvil 1.7 still reports its value as a native Transfer.
    const reason = revertReason(result.returnData) ?? revertReason(result.error?.data);
    const detail = reason ?? result.error?.message;
    return { ...out, status: 'reverted', ...(detail ? { detail } : {}) };
  }
  for (const log of Array.isArray(result.logs) ? result.logs : []) {
    try {
      readLog(log, out);
    } catch {
      // e.g. a Transfer whose address topic has non-zero upper bytes: no token emits that, skip it
    }
  }
  return out;
}

/** Net change per asset for one account (received − sent); assets that net to zero are left out. */
export function balanceChanges(
  result: SimulationResult,
  account: string,
): { asset: 'native' | Address; delta: bigint }[] {
  const me = parseAddress(account, 'account');
  const net = new Map<'native' | Address, bigint>();
  for (const t of result.transfers) {
    const delta = (t.to === me ? t.amount : 0n) - (t.from === me ? t.amount : 0n);
    net.set(t.asset, (net.get(t.asset) ?? 0n) + delta);
  }
  return [...net].filter(([, delta]) => delta !== 0n).map(([asset, delta]) => ({ asset, delta }));
}
